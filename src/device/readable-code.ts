/**
 * The code as a person reads it aloud and types it: a code sent as one run of 8 or more letters
 * and digits (better-auth's `XZGS2YRJ`) in groups of four, `XZGS-2YRJ` (RFC 8628 §6.1). Servers
 * ignore the dash, and the activation page takes the code either way; a code the server already
 * punctuated is shown as sent. For screens and terminals alike: links and QR codes keep the code
 * as sent.
 */
export const readableCode = (code: string) => (/^[A-Z\d]{8,}$/i.test(code) && code.length % 4 === 0 ? code.match(/.{4}/g)!.join('-') : code);

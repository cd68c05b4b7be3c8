import type { Plural } from './format';

/**
 * The device display's English catalogue: every string `<DeviceCodeDisplay>` renders on the screen
 * that SHOWS the code (TV, kiosk, desktop, web device). The person reading it holds a phone or a
 * computer; "this device" is the screen itself. Callers override any entry through the display's
 * `messages` prop; device locale packs are objects of the same type. Same rules as the page's
 * catalogue (src/i18n/en.ts): `{name}` placeholders are filled in as text, a {@link Plural} picks
 * its sentence by `{count}`, and the glossary words (device, code, sign in) read the same as there.
 */
const english = {
  /** The pack's BCP 47 tag: the display root's `lang`, and the rules for plurals and numbers. */
  locale: 'en',

  // The heading above everything, while a code is shown and above each outcome.
  title: 'Sign in this device',
  // First step; `{url}` is the verification address, shown as its own text beside the sentence.
  openStep: 'On your phone or computer, open {url}',
  // Second step, right above the code itself.
  enterStep: 'and enter this code:',
  // Read by screen readers just before the code (the code itself is shown without a label).
  codeLabel: 'Code:',
  // Under the QR code.
  scanStep: "Or scan the QR code with your phone's camera.",
  // The QR code's text alternative; `{url}` is the address it opens.
  qrAlt: 'QR code that opens {url}',
  // Under the code while it is valid, rounded up to whole minutes, updated every minute.
  expiresInMinutes: { one: 'The code expires in {count} minute.', other: 'The code expires in {count} minutes.' } as Plural,
  // The same in the last minute, updated every second.
  expiresInSeconds: { one: 'The code expires in {count} second.', other: 'The code expires in {count} seconds.' } as Plural,

  // The status line (announced politely to screen readers when it changes).
  requesting: 'Getting a code…',
  waiting: 'Waiting for you to sign in…',
  // The sign-in service asked this device to check for the answer less often; nothing is wrong.
  slowDown: 'Still waiting for you to sign in. Checking less often, as the sign-in service asked.',
  // While token requests fail (the device is offline, or the sign-in service errors) and the
  // device keeps trying in the background; the code shown is still valid.
  retrying: "Can't reach the sign-in service right now. This device keeps trying, and the code still works.",

  // Outcomes: a title, then a sentence.
  approvedTitle: 'Signed in',
  approvedBody: 'This device is signed in. You can close the sign-in page on your phone or computer.',
  deniedTitle: 'Sign-in denied',
  deniedBody: 'The request was denied on your phone or computer, so this device was not signed in. Get a new code to start again.',
  expiredTitle: 'The code expired',
  expiredBody: 'It was not entered in time. Get a new code to start again.',
  errorTitle: "Couldn't sign in",
  // The sentence under `errorTitle`, one per DeviceErrorCode.
  network: "Couldn't reach the sign-in service. Check this device's internet connection, then try again.",
  rateLimited: 'The sign-in service is busy and asked this device to wait. Try again in a few minutes.',
  clientRefused: "The sign-in service refused this app, so it can't sign in here. If trying again doesn't help, contact the app's support.",
  serverError: 'The sign-in service had a problem. Try again in a few minutes.',
  badResponse: "The sign-in service sent an answer this device doesn't understand. Try again; if it keeps happening, contact the app's support.",

  // Buttons: after `expired` and `denied`, and after an error.
  newCode: 'Get a new code',
  tryAgain: 'Try again',
};

/** The shape every device locale pack and override follows. */
export type DeviceMessages = {
  readonly [key in keyof typeof english]: (typeof english)[key] extends string ? string : (typeof english)[key];
};

/** English, the default for `<DeviceCodeDisplay>`. */
export const deviceEn: DeviceMessages = english;

import type { DeviceMessages } from '../device-en';

/** Swedish (sv): the device display. Glossary: ../glossary/sv.json. */
export const sv: DeviceMessages = {
  locale: 'sv',

  title: 'Logga in på den här enheten',
  openStep: 'Öppna {url} på din telefon eller dator',
  enterStep: 'och ange den här koden:',
  codeLabel: 'Kod:',
  scanStep: 'Eller skanna QR-koden med telefonens kamera.',
  qrAlt: 'QR-kod som öppnar {url}',
  expiresInMinutes: {
    one: 'Koden går ut om {count} minut.',
    other: 'Koden går ut om {count} minuter.',
  },
  expiresInSeconds: {
    one: 'Koden går ut om {count} sekund.',
    other: 'Koden går ut om {count} sekunder.',
  },

  requesting: 'Hämtar en kod…',
  waiting: 'Väntar på att du loggar in…',
  slowDown: 'Väntar fortfarande på att du loggar in. Kontrollerar mer sällan, som inloggningstjänsten bad om.',
  retrying: 'Det går inte att nå inloggningstjänsten just nu. Den här enheten fortsätter att försöka automatiskt, och koden fungerar fortfarande.',

  approvedTitle: 'Inloggad',
  approvedBody: 'Den här enheten är inloggad. Du kan stänga inloggningssidan på din telefon eller dator.',
  deniedTitle: 'Inloggningen nekades',
  deniedBody: 'Begäran nekades på din telefon eller dator, så den här enheten loggades inte in. Hämta en ny kod för att börja om.',
  expiredTitle: 'Koden har gått ut',
  expiredBody: 'Den angavs inte i tid. Hämta en ny kod för att börja om.',
  errorTitle: 'Det gick inte att logga in',
  network: 'Det gick inte att nå inloggningstjänsten. Kontrollera den här enhetens internetanslutning och försök sedan igen.',
  rateLimited: 'Inloggningstjänsten är upptagen och har bett den här enheten att vänta. Försök igen om några minuter.',
  clientRefused: 'Inloggningstjänsten nekade den här appen, så den kan inte logga in här. Om det inte hjälper att försöka igen kontaktar du appens support.',
  serverError: 'Det uppstod ett problem hos inloggningstjänsten. Försök igen om några minuter.',
  badResponse: 'Inloggningstjänsten skickade ett svar som den här enheten inte förstår. Försök igen; om det fortsätter kontaktar du appens support.',

  newCode: 'Hämta en ny kod',
  tryAgain: 'Försök igen',
};

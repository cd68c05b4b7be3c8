import type { DeviceMessages } from '../device-en';

/** Danish (da): the device display. Glossary: ../glossary/da.json. */
export const da: DeviceMessages = {
  locale: 'da',

  title: 'Log ind på denne enhed',
  openStep: 'Åbn {url} på din telefon eller computer',
  enterStep: 'og indtast denne kode:',
  codeLabel: 'Kode:',
  scanStep: 'Eller scan QR-koden med din telefons kamera.',
  qrAlt: 'QR-kode, der åbner {url}',
  expiresInMinutes: {
    one: 'Koden udløber om {count} minut.',
    other: 'Koden udløber om {count} minutter.',
  },
  expiresInSeconds: {
    one: 'Koden udløber om {count} sekund.',
    other: 'Koden udløber om {count} sekunder.',
  },

  requesting: 'Henter en kode…',
  waiting: 'Venter på, at du logger ind…',
  slowDown: 'Venter stadig på, at du logger ind. Tjekker sjældnere, som logintjenesten bad om.',
  retrying: 'Kan ikke få forbindelse til logintjenesten lige nu. Denne enhed bliver automatisk ved med at prøve, og koden virker stadig.',

  approvedTitle: 'Logget ind',
  approvedBody: 'Denne enhed er logget ind. Du kan lukke loginsiden på din telefon eller computer.',
  deniedTitle: 'Login afvist',
  deniedBody: 'Anmodningen blev afvist på din telefon eller computer, så denne enhed blev ikke logget ind. Få en ny kode for at starte forfra.',
  expiredTitle: 'Koden er udløbet',
  expiredBody: 'Den blev ikke indtastet i tide. Få en ny kode for at starte forfra.',
  errorTitle: 'Kunne ikke logge ind',
  network: 'Kunne ikke få forbindelse til logintjenesten. Tjek denne enheds internetforbindelse, og prøv så igen.',
  rateLimited: 'Logintjenesten har travlt og har bedt denne enhed om at vente. Prøv igen om et par minutter.',
  clientRefused: 'Logintjenesten afviste denne app, så den kan ikke logge ind her. Hvis det ikke hjælper at prøve igen, så kontakt appens support.',
  serverError: 'Der opstod et problem hos logintjenesten. Prøv igen om et par minutter.',
  badResponse: 'Logintjenesten sendte et svar, som denne enhed ikke forstår. Prøv igen; hvis det bliver ved, så kontakt appens support.',

  newCode: 'Få en ny kode',
  tryAgain: 'Prøv igen',
};

import type { DeviceMessages } from '../device-en';

/** Norwegian Bokmål (nb): the device display. Glossary: ../glossary/nb.json. */
export const nb: DeviceMessages = {
  locale: 'nb',

  title: 'Logg inn på denne enheten',
  openStep: 'Åpne {url} på telefonen eller datamaskinen din',
  enterStep: 'og skriv inn denne koden:',
  codeLabel: 'Kode:',
  scanStep: 'Eller skann QR-koden med kameraet på telefonen din.',
  qrAlt: 'QR-kode som åpner {url}',
  expiresInMinutes: {
    one: 'Koden utløper om {count} minutt.',
    other: 'Koden utløper om {count} minutter.',
  },
  expiresInSeconds: {
    one: 'Koden utløper om {count} sekund.',
    other: 'Koden utløper om {count} sekunder.',
  },

  requesting: 'Henter en kode…',
  waiting: 'Venter på at du logger inn…',
  slowDown: 'Venter fortsatt på at du logger inn. Sjekker sjeldnere, slik innloggingstjenesten ba om.',
  retrying: 'Får ikke kontakt med innloggingstjenesten akkurat nå. Denne enheten fortsetter å prøve automatisk, og koden er fremdeles gyldig.',

  approvedTitle: 'Logget inn',
  approvedBody: 'Denne enheten er logget inn. Du kan lukke innloggingssiden på telefonen eller datamaskinen din.',
  deniedTitle: 'Innloggingen ble avslått',
  deniedBody: 'Forespørselen ble avslått på telefonen eller datamaskinen din, så denne enheten ble ikke logget inn. Hent en ny kode for å begynne på nytt.',
  expiredTitle: 'Koden er utløpt',
  expiredBody: 'Den ble ikke skrevet inn i tide. Hent en ny kode for å begynne på nytt.',
  errorTitle: 'Kunne ikke logge inn',
  network: 'Fikk ikke kontakt med innloggingstjenesten. Sjekk internettilkoblingen på denne enheten, og prøv igjen.',
  rateLimited: 'Innloggingstjenesten er opptatt og har bedt denne enheten om å vente. Prøv igjen om noen minutter.',
  clientRefused: 'Innloggingstjenesten avviste denne appen, så den kan ikke logge inn her. Hvis det ikke hjelper å prøve igjen, kan du kontakte brukerstøtten for appen.',
  serverError: 'Innloggingstjenesten fikk et problem. Prøv igjen om noen minutter.',
  badResponse: 'Innloggingstjenesten sendte et svar som denne enheten ikke forstår. Prøv igjen; hvis det fortsetter, kan du kontakte brukerstøtten for appen.',

  newCode: 'Hent en ny kode',
  tryAgain: 'Prøv igjen',
};

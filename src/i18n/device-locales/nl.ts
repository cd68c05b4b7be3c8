import type { DeviceMessages } from '../device-en';

/** Dutch (nl): the device display. Glossary: ../glossary/nl.json. */
export const nl: DeviceMessages = {
  locale: 'nl',

  title: 'Inloggen op dit apparaat',
  openStep: 'Ga op je telefoon of computer naar {url}',
  enterStep: 'en voer deze code in:',
  codeLabel: 'Code:',
  scanStep: 'Of scan de QR-code met de camera van je telefoon.',
  qrAlt: 'QR-code die {url} opent',
  expiresInMinutes: {
    one: 'De code verloopt over {count} minuut.',
    other: 'De code verloopt over {count} minuten.',
  },
  expiresInSeconds: {
    one: 'De code verloopt over {count} seconde.',
    other: 'De code verloopt over {count} seconden.',
  },

  requesting: 'Code ophalen…',
  waiting: 'Wachten tot je inlogt…',
  slowDown: 'Nog steeds aan het wachten tot je inlogt. Er wordt minder vaak gecontroleerd, zoals de inlogdienst vroeg.',
  retrying: 'De inlogdienst is op dit moment niet bereikbaar. Dit apparaat blijft het automatisch proberen en de code werkt nog steeds.',

  approvedTitle: 'Ingelogd',
  approvedBody: 'Dit apparaat is ingelogd. Je kunt de inlogpagina op je telefoon of computer sluiten.',
  deniedTitle: 'Inloggen geweigerd',
  deniedBody: 'Het verzoek is op je telefoon of computer geweigerd, dus dit apparaat is niet ingelogd. Vraag een nieuwe code aan om opnieuw te beginnen.',
  expiredTitle: 'De code is verlopen',
  expiredBody: 'Hij is niet op tijd ingevoerd. Vraag een nieuwe code aan om opnieuw te beginnen.',
  errorTitle: 'Inloggen mislukt',
  network: 'De inlogdienst is niet bereikbaar. Controleer de internetverbinding van dit apparaat en probeer het dan opnieuw.',
  rateLimited: 'De inlogdienst heeft het druk en heeft dit apparaat gevraagd te wachten. Probeer het over een paar minuten opnieuw.',
  clientRefused: 'De inlogdienst heeft deze app geweigerd, dus inloggen kan hier niet. Helpt opnieuw proberen niet, neem dan contact op met de helpdesk van de app.',
  serverError: 'De inlogdienst had een probleem. Probeer het over een paar minuten opnieuw.',
  badResponse: 'De inlogdienst stuurde een antwoord dat dit apparaat niet begrijpt. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met de helpdesk van de app.',

  newCode: 'Nieuwe code aanvragen',
  tryAgain: 'Opnieuw proberen',
};

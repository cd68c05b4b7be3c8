import type { DeviceMessages } from '../device-en';

/** Catalan (ca): the device display. Glossary: ../glossary/ca.json. */
export const ca: DeviceMessages = {
  locale: 'ca',

  title: 'Inicia la sessió en aquest dispositiu',
  openStep: 'Al mòbil o a l’ordinador, obre {url}',
  enterStep: 'i introdueix aquest codi:',
  codeLabel: 'Codi:',
  scanStep: 'O escaneja el codi QR amb la càmera del mòbil.',
  qrAlt: 'Codi QR que obre {url}',
  expiresInMinutes: {
    one: 'El codi caduca d’aquí a {count} minut.',
    many: 'El codi caduca d’aquí a {count} de minuts.',
    other: 'El codi caduca d’aquí a {count} minuts.',
  },
  expiresInSeconds: {
    one: 'El codi caduca d’aquí a {count} segon.',
    many: 'El codi caduca d’aquí a {count} de segons.',
    other: 'El codi caduca d’aquí a {count} segons.',
  },

  requesting: 'S’està obtenint un codi…',
  waiting: 'S’està esperant que iniciïs la sessió…',
  slowDown: 'Encara s’està esperant que iniciïs la sessió. Es comprovarà amb menys freqüència, tal com ha demanat el servei d’inici de sessió.',
  retrying: 'Ara mateix no es pot connectar amb el servei d’inici de sessió. Aquest dispositiu ho continua intentant automàticament i el codi encara és vàlid.',

  approvedTitle: 'Sessió iniciada',
  approvedBody: 'S’ha iniciat la sessió en aquest dispositiu. Ja pots tancar la pàgina d’inici de sessió del mòbil o de l’ordinador.',
  deniedTitle: 'Inici de sessió denegat',
  deniedBody: 'S’ha denegat la sol·licitud al mòbil o a l’ordinador, així que no s’ha iniciat la sessió en aquest dispositiu. Obtén un codi nou per tornar a començar.',
  expiredTitle: 'El codi ha caducat',
  expiredBody: 'No s’ha introduït a temps. Obtén un codi nou per tornar a començar.',
  errorTitle: 'No s’ha pogut iniciar la sessió',
  network: 'No s’ha pogut connectar amb el servei d’inici de sessió. Comprova la connexió a internet d’aquest dispositiu i torna-ho a provar.',
  rateLimited: 'El servei d’inici de sessió està ocupat i ha demanat a aquest dispositiu que esperi. Torna-ho a provar d’aquí a uns minuts.',
  clientRefused: 'El servei d’inici de sessió ha rebutjat aquesta aplicació, així que no pot iniciar la sessió aquí. Si tornar-ho a provar no funciona, contacta amb el servei d’assistència de l’aplicació.',
  serverError: 'El servei d’inici de sessió ha tingut un problema. Torna-ho a provar d’aquí a uns minuts.',
  badResponse: 'El servei d’inici de sessió ha enviat una resposta que aquest dispositiu no entén. Torna-ho a provar; si continua passant, contacta amb el servei d’assistència de l’aplicació.',

  newCode: 'Obtén un codi nou',
  tryAgain: 'Torna-ho a provar',
};

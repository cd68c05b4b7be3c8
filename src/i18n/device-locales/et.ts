import type { DeviceMessages } from '../device-en';

/** Estonian (et): the device display. Glossary: ../glossary/et.json. */
export const et: DeviceMessages = {
  locale: 'et',

  title: 'Selle seadme sisselogimine',
  openStep: 'Avage telefonis või arvutis {url}',
  enterStep: 'ja sisestage see kood:',
  codeLabel: 'Kood:',
  scanStep: 'Või skannige QR-kood telefoni kaameraga.',
  qrAlt: 'QR-kood, mis avab aadressi {url}',
  expiresInMinutes: {
    one: 'Kood aegub {count} minuti pärast.',
    other: 'Kood aegub {count} minuti pärast.',
  },
  expiresInSeconds: {
    one: 'Kood aegub {count} sekundi pärast.',
    other: 'Kood aegub {count} sekundi pärast.',
  },

  requesting: 'Koodi hankimine…',
  waiting: 'Ootame, kuni te sisse logite…',
  slowDown: 'Ootame endiselt, kuni te sisse logite. Kontrollime harvemini, nagu sisselogimisteenus palus.',
  retrying: 'Sisselogimisteenusega ei saa praegu ühendust. See seade jätkab automaatselt proovimist ja kood kehtib endiselt.',

  approvedTitle: 'Sisse logitud',
  approvedBody: 'See seade on sisse logitud. Võite telefonis või arvutis sisselogimislehe sulgeda.',
  deniedTitle: 'Sisselogimine keelati',
  deniedBody: 'Taotlus keelati teie telefonis või arvutis, seega seda seadet sisse ei logitud. Uuesti alustamiseks hankige uus kood.',
  expiredTitle: 'Kood on aegunud',
  expiredBody: 'Seda ei sisestatud õigel ajal. Uuesti alustamiseks hankige uus kood.',
  errorTitle: 'Sisselogimine ebaõnnestus',
  network: 'Sisselogimisteenusega ei saadud ühendust. Kontrollige selle seadme internetiühendust ja proovige siis uuesti.',
  rateLimited: 'Sisselogimisteenus on hõivatud ja palus sellel seadmel oodata. Proovige mõne minuti pärast uuesti.',
  clientRefused: 'Sisselogimisteenus keeldus sellest rakendusest, seega siin sisse logida ei saa. Kui uuesti proovimine ei aita, pöörduge rakenduse kasutajatoe poole.',
  serverError: 'Sisselogimisteenuses tekkis probleem. Proovige mõne minuti pärast uuesti.',
  badResponse: 'Sisselogimisteenus saatis vastuse, millest see seade aru ei saa. Proovige uuesti; kui see kordub, pöörduge rakenduse kasutajatoe poole.',

  newCode: 'Hangi uus kood',
  tryAgain: 'Proovi uuesti',
};

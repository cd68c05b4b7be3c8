import type { DeviceMessages } from '../device-en';

/** Slovenian (sl): the device display. Glossary: ../glossary/sl.json. */
export const sl: DeviceMessages = {
  locale: 'sl',

  title: 'Prijavite to napravo',
  openStep: 'V telefonu ali računalniku odprite {url}',
  enterStep: 'in vnesite to kodo:',
  codeLabel: 'Koda:',
  scanStep: 'Ali pa kodo QR skenirajte s kamero telefona.',
  qrAlt: 'Koda QR, ki odpre {url}',
  expiresInMinutes: {
    one: 'Koda poteče čez {count} minuto.',
    two: 'Koda poteče čez {count} minuti.',
    few: 'Koda poteče čez {count} minute.',
    other: 'Koda poteče čez {count} minut.',
  },
  expiresInSeconds: {
    one: 'Koda poteče čez {count} sekundo.',
    two: 'Koda poteče čez {count} sekundi.',
    few: 'Koda poteče čez {count} sekunde.',
    other: 'Koda poteče čez {count} sekund.',
  },

  requesting: 'Pridobivanje kode …',
  waiting: 'Čakamo, da se prijavite …',
  slowDown: 'Še vedno čakamo, da se prijavite. Na zahtevo storitve za prijavo preverjamo redkeje.',
  retrying: 'Storitve za prijavo trenutno ni mogoče doseči. Ta naprava bo samodejno še naprej poskušala, koda pa še vedno velja.',

  approvedTitle: 'Prijava je uspela',
  approvedBody: 'Ta naprava je prijavljena. Stran za prijavo v telefonu ali računalniku lahko zaprete.',
  deniedTitle: 'Prijava je zavrnjena',
  deniedBody: 'Zahteva je bila zavrnjena v telefonu ali računalniku, zato ta naprava ni bila prijavljena. Če želite začeti znova, pridobite novo kodo.',
  expiredTitle: 'Koda je potekla',
  expiredBody: 'Ni bila vnesena pravočasno. Če želite začeti znova, pridobite novo kodo.',
  errorTitle: 'Prijava ni uspela',
  network: 'Storitve za prijavo ni bilo mogoče doseči. Preverite internetno povezavo te naprave in poskusite znova.',
  rateLimited: 'Storitev za prijavo je zasedena in je to napravo prosila, naj počaka. Poskusite znova čez nekaj minut.',
  clientRefused: 'Storitev za prijavo je zavrnila to aplikacijo, zato prijava tukaj ni mogoča. Če ponoven poskus ne pomaga, se obrnite na podporo aplikacije.',
  serverError: 'V storitvi za prijavo je prišlo do težave. Poskusite znova čez nekaj minut.',
  badResponse: 'Storitev za prijavo je poslala odgovor, ki ga ta naprava ne razume. Poskusite znova; če se to ponavlja, se obrnite na podporo aplikacije.',

  newCode: 'Pridobi novo kodo',
  tryAgain: 'Poskusi znova',
};

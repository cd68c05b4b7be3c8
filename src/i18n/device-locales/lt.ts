import type { DeviceMessages } from '../device-en';

/** Lithuanian (lt): the device display. Glossary: ../glossary/lt.json. */
export const lt: DeviceMessages = {
  locale: 'lt',

  title: 'Prisijunkite šiame įrenginyje',
  openStep: 'Telefone arba kompiuteryje atidarykite {url}',
  enterStep: 'ir įveskite šį kodą:',
  codeLabel: 'Kodas:',
  scanStep: 'Arba nuskaitykite QR kodą telefono kamera.',
  qrAlt: 'QR kodas, atidarantis {url}',
  // `many` is Lithuanian's form for fractions (po 1,5 minutės).
  expiresInMinutes: {
    one: 'Kodas nustos galioti po {count} minutės.',
    few: 'Kodas nustos galioti po {count} minučių.',
    many: 'Kodas nustos galioti po {count} minutės.',
    other: 'Kodas nustos galioti po {count} minučių.',
  },
  expiresInSeconds: {
    one: 'Kodas nustos galioti po {count} sekundės.',
    few: 'Kodas nustos galioti po {count} sekundžių.',
    many: 'Kodas nustos galioti po {count} sekundės.',
    other: 'Kodas nustos galioti po {count} sekundžių.',
  },

  requesting: 'Gaunamas kodas…',
  waiting: 'Laukiama, kol prisijungsite…',
  slowDown: 'Vis dar laukiama, kol prisijungsite. Prisijungimo paslaugos prašymu tikrinama rečiau.',
  retrying: 'Šiuo metu nepavyksta pasiekti prisijungimo paslaugos. Šis įrenginys automatiškai toliau bando susisiekti, o kodas vis dar galioja.',

  approvedTitle: 'Prisijungta',
  approvedBody: 'Šiame įrenginyje prisijungta. Telefone arba kompiuteryje galite uždaryti prisijungimo puslapį.',
  deniedTitle: 'Prisijungimas atmestas',
  deniedBody: 'Užklausa atmesta jūsų telefone arba kompiuteryje, todėl šiame įrenginyje neprisijungta. Norėdami pradėti iš naujo, gaukite naują kodą.',
  expiredTitle: 'Kodas nebegalioja',
  expiredBody: 'Jis nebuvo įvestas laiku. Norėdami pradėti iš naujo, gaukite naują kodą.',
  errorTitle: 'Nepavyko prisijungti',
  network: 'Nepavyko pasiekti prisijungimo paslaugos. Patikrinkite šio įrenginio interneto ryšį ir bandykite dar kartą.',
  rateLimited: 'Prisijungimo paslauga perkrauta ir paprašė šio įrenginio palaukti. Bandykite dar kartą po kelių minučių.',
  clientRefused: 'Prisijungimo paslauga atmetė šią programą, todėl čia prisijungti negalima. Jei pakartotinis bandymas nepadės, kreipkitės į programos palaikymo tarnybą.',
  serverError: 'Prisijungimo paslaugoje įvyko klaida. Bandykite dar kartą po kelių minučių.',
  badResponse: 'Prisijungimo paslauga atsiuntė atsakymą, kurio šis įrenginys nesupranta. Bandykite dar kartą; jei tai kartosis, kreipkitės į programos palaikymo tarnybą.',

  newCode: 'Gauti naują kodą',
  tryAgain: 'Bandyti dar kartą',
};

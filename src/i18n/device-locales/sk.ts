import type { DeviceMessages } from '../device-en';

/** Slovak (sk): the device display. Glossary: ../glossary/sk.json. */
export const sk: DeviceMessages = {
  locale: 'sk',

  title: 'Prihlásenie tohto zariadenia',
  openStep: 'V telefóne alebo počítači otvorte {url}',
  enterStep: 'a zadajte tento kód:',
  codeLabel: 'Kód:',
  scanStep: 'Alebo naskenujte QR kód fotoaparátom telefónu.',
  qrAlt: 'QR kód, ktorý otvorí {url}',
  // `many` is Slovak's form for decimals (1,5 minúty).
  expiresInMinutes: {
    one: 'Platnosť kódu vyprší o {count} minútu.',
    few: 'Platnosť kódu vyprší o {count} minúty.',
    many: 'Platnosť kódu vyprší o {count} minúty.',
    other: 'Platnosť kódu vyprší o {count} minút.',
  },
  expiresInSeconds: {
    one: 'Platnosť kódu vyprší o {count} sekundu.',
    few: 'Platnosť kódu vyprší o {count} sekundy.',
    many: 'Platnosť kódu vyprší o {count} sekundy.',
    other: 'Platnosť kódu vyprší o {count} sekúnd.',
  },

  requesting: 'Získavanie kódu…',
  waiting: 'Čakáme na prihlásenie…',
  slowDown: 'Stále čakáme na prihlásenie. Na žiadosť prihlasovacej služby kontrolujeme menej často.',
  retrying: 'S prihlasovacou službou sa momentálne nedarí spojiť. Toto zariadenie to automaticky skúša ďalej a kód stále platí.',

  approvedTitle: 'Prihlásené',
  approvedBody: 'Toto zariadenie je prihlásené. Prihlasovaciu stránku v telefóne alebo počítači môžete zavrieť.',
  deniedTitle: 'Prihlásenie zamietnuté',
  deniedBody: 'Žiadosť bola v telefóne alebo počítači zamietnutá, takže toto zariadenie nebolo prihlásené. Ak chcete začať znova, získajte nový kód.',
  expiredTitle: 'Platnosť kódu vypršala',
  expiredBody: 'Kód nebol zadaný včas. Ak chcete začať znova, získajte nový kód.',
  errorTitle: 'Prihlásenie sa nepodarilo',
  network: 'Nepodarilo sa spojiť s prihlasovacou službou. Skontrolujte pripojenie tohto zariadenia na internet a skúste to znova.',
  rateLimited: 'Prihlasovacia služba je preťažená a požiadala toto zariadenie, aby počkalo. Skúste to znova o niekoľko minút.',
  clientRefused: 'Prihlasovacia služba odmietla túto aplikáciu, takže sa tu nedá prihlásiť. Ak ďalší pokus nepomôže, obráťte sa na podporu aplikácie.',
  serverError: 'V prihlasovacej službe nastal problém. Skúste to znova o niekoľko minút.',
  badResponse: 'Prihlasovacia služba poslala odpoveď, ktorej toto zariadenie nerozumie. Skúste to znova; ak sa to bude opakovať, obráťte sa na podporu aplikácie.',

  newCode: 'Získať nový kód',
  tryAgain: 'Skúsiť znova',
};

import type { DeviceMessages } from '../device-en';

/** Czech (cs): the device display. Glossary: ../glossary/cs.json. */
export const cs: DeviceMessages = {
  locale: 'cs',

  title: 'Přihlášení tohoto zařízení',
  openStep: 'V telefonu nebo počítači otevřete {url}',
  enterStep: 'a zadejte tento kód:',
  codeLabel: 'Kód:',
  scanStep: 'Nebo naskenujte QR kód fotoaparátem telefonu.',
  qrAlt: 'QR kód, který otevře {url}',
  // `many` is Czech's form for decimals (1,5 minuty).
  expiresInMinutes: {
    one: 'Platnost kódu vyprší za {count} minutu.',
    few: 'Platnost kódu vyprší za {count} minuty.',
    many: 'Platnost kódu vyprší za {count} minuty.',
    other: 'Platnost kódu vyprší za {count} minut.',
  },
  expiresInSeconds: {
    one: 'Platnost kódu vyprší za {count} sekundu.',
    few: 'Platnost kódu vyprší za {count} sekundy.',
    many: 'Platnost kódu vyprší za {count} sekundy.',
    other: 'Platnost kódu vyprší za {count} sekund.',
  },

  requesting: 'Získávání kódu…',
  waiting: 'Čekáme na přihlášení…',
  slowDown: 'Stále čekáme na přihlášení. Na žádost přihlašovací služby kontrolujeme méně často.',
  retrying: 'S přihlašovací službou se teď nedaří spojit. Toto zařízení to automaticky zkouší dál a kód stále platí.',

  approvedTitle: 'Přihlášeno',
  approvedBody: 'Toto zařízení je přihlášeno. Přihlašovací stránku v telefonu nebo počítači můžete zavřít.',
  deniedTitle: 'Přihlášení zamítnuto',
  deniedBody: 'Žádost byla v telefonu nebo počítači zamítnuta, takže toto zařízení nebylo přihlášeno. Chcete-li začít znovu, získejte nový kód.',
  expiredTitle: 'Platnost kódu vypršela',
  expiredBody: 'Kód nebyl zadán včas. Chcete-li začít znovu, získejte nový kód.',
  errorTitle: 'Přihlášení se nezdařilo',
  network: 'Nepodařilo se spojit s přihlašovací službou. Zkontrolujte připojení tohoto zařízení k internetu a zkuste to znovu.',
  rateLimited: 'Přihlašovací služba je přetížená a požádala toto zařízení, aby počkalo. Zkuste to znovu za několik minut.',
  clientRefused: 'Přihlašovací služba odmítla tuto aplikaci, takže se zde přihlásit nelze. Pokud další pokus nepomůže, obraťte se na podporu aplikace.',
  serverError: 'V přihlašovací službě došlo k potížím. Zkuste to znovu za několik minut.',
  badResponse: 'Přihlašovací služba poslala odpověď, které toto zařízení nerozumí. Zkuste to znovu; pokud se to bude opakovat, obraťte se na podporu aplikace.',

  newCode: 'Získat nový kód',
  tryAgain: 'Zkusit znovu',
};

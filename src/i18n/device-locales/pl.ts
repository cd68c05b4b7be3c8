import type { DeviceMessages } from '../device-en';

/** Polish (pl): the device display. Glossary: ../glossary/pl.json. */
export const pl: DeviceMessages = {
  locale: 'pl',

  title: 'Zaloguj się na tym urządzeniu',
  openStep: 'Na telefonie lub komputerze otwórz {url}',
  enterStep: 'i wpisz ten kod:',
  codeLabel: 'Kod:',
  scanStep: 'Możesz też zeskanować kod QR aparatem w telefonie.',
  qrAlt: 'Kod QR otwierający {url}',
  expiresInMinutes: {
    one: 'Kod wygaśnie za {count} minutę.',
    few: 'Kod wygaśnie za {count} minuty.',
    many: 'Kod wygaśnie za {count} minut.',
    other: 'Kod wygaśnie za {count} minuty.',
  },
  expiresInSeconds: {
    one: 'Kod wygaśnie za {count} sekundę.',
    few: 'Kod wygaśnie za {count} sekundy.',
    many: 'Kod wygaśnie za {count} sekund.',
    other: 'Kod wygaśnie za {count} sekundy.',
  },

  requesting: 'Pobieranie kodu…',
  waiting: 'Czekamy, aż się zalogujesz…',
  slowDown: 'Wciąż czekamy, aż się zalogujesz. Na prośbę usługi logowania sprawdzamy rzadziej.',
  retrying: 'Nie można teraz połączyć się z usługą logowania. To urządzenie automatycznie ponawia próby, a kod jest nadal ważny.',

  approvedTitle: 'Zalogowano',
  approvedBody: 'To urządzenie jest zalogowane. Możesz zamknąć stronę logowania na telefonie lub komputerze.',
  deniedTitle: 'Logowanie odrzucone',
  deniedBody: 'Prośba została odrzucona na telefonie lub komputerze, więc to urządzenie nie zostało zalogowane. Pobierz nowy kod, aby zacząć od nowa.',
  expiredTitle: 'Kod wygasł',
  expiredBody: 'Nie został wpisany na czas. Pobierz nowy kod, aby zacząć od nowa.',
  errorTitle: 'Nie udało się zalogować',
  network: 'Nie udało się połączyć z usługą logowania. Sprawdź połączenie tego urządzenia z internetem i spróbuj ponownie.',
  rateLimited: 'Usługa logowania jest przeciążona i poprosiła to urządzenie o odczekanie. Spróbuj ponownie za kilka minut.',
  clientRefused: 'Usługa logowania odrzuciła tę aplikację, więc nie można się tu zalogować. Jeśli ponowna próba nie pomoże, skontaktuj się z pomocą techniczną aplikacji.',
  serverError: 'W usłudze logowania wystąpił problem. Spróbuj ponownie za kilka minut.',
  badResponse: 'Usługa logowania wysłała odpowiedź, której to urządzenie nie rozumie. Spróbuj ponownie; jeśli problem się powtórzy, skontaktuj się z pomocą techniczną aplikacji.',

  newCode: 'Pobierz nowy kod',
  tryAgain: 'Spróbuj ponownie',
};

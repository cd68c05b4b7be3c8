import type { DeviceMessages } from '../device-en';

/** Croatian (hr): the device display. Glossary: ../glossary/hr.json. */
export const hr: DeviceMessages = {
  locale: 'hr',

  title: 'Prijavite se na ovom uređaju',
  openStep: 'Na telefonu ili računalu otvorite {url}',
  enterStep: 'i unesite ovaj kôd:',
  codeLabel: 'Kôd:',
  scanStep: 'Ili skenirajte QR kôd kamerom telefona.',
  qrAlt: 'QR kôd koji otvara {url}',
  expiresInMinutes: {
    one: 'Kôd istječe za {count} minutu.',
    few: 'Kôd istječe za {count} minute.',
    other: 'Kôd istječe za {count} minuta.',
  },
  expiresInSeconds: {
    one: 'Kôd istječe za {count} sekundu.',
    few: 'Kôd istječe za {count} sekunde.',
    other: 'Kôd istječe za {count} sekundi.',
  },

  requesting: 'Dohvaćanje kôda…',
  waiting: 'Čekamo da se prijavite…',
  slowDown: 'I dalje čekamo da se prijavite. Na zahtjev usluge prijave provjeravamo rjeđe.',
  retrying: 'Trenutačno se nije moguće povezati s uslugom prijave. Ovaj uređaj automatski nastavlja pokušavati, a kôd i dalje vrijedi.',

  approvedTitle: 'Prijava je uspjela',
  approvedBody: 'Ovaj je uređaj prijavljen. Stranicu za prijavu na telefonu ili računalu možete zatvoriti.',
  deniedTitle: 'Prijava je odbijena',
  deniedBody: 'Zahtjev je odbijen na telefonu ili računalu pa ovaj uređaj nije prijavljen. Zatražite novi kôd da biste počeli ispočetka.',
  expiredTitle: 'Kôd je istekao',
  expiredBody: 'Nije unesen na vrijeme. Zatražite novi kôd da biste počeli ispočetka.',
  errorTitle: 'Prijava nije uspjela',
  network: 'Nije moguće povezati se s uslugom prijave. Provjerite internetsku vezu ovog uređaja pa pokušajte ponovno.',
  rateLimited: 'Usluga prijave je zauzeta i zatražila je od ovog uređaja da pričeka. Pokušajte ponovno za nekoliko minuta.',
  clientRefused: 'Usluga prijave odbila je ovu aplikaciju pa se ovdje nije moguće prijaviti. Ako ponovni pokušaj ne pomogne, obratite se podršci aplikacije.',
  serverError: 'U usluzi prijave došlo je do pogreške. Pokušajte ponovno za nekoliko minuta.',
  badResponse: 'Usluga prijave poslala je odgovor koji ovaj uređaj ne razumije. Pokušajte ponovno; ako se to ponavlja, obratite se podršci aplikacije.',

  newCode: 'Zatraži novi kôd',
  tryAgain: 'Pokušaj ponovno',
};

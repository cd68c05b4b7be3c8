import type { DeviceMessages } from '../device-en';

/** Hungarian (hu): the device display. Glossary: ../glossary/hu.json. */
export const hu: DeviceMessages = {
  locale: 'hu',

  title: 'Bejelentkezés ezen az eszközön',
  openStep: 'Telefonján vagy számítógépén nyissa meg ezt a címet: {url}',
  enterStep: 'és adja meg ezt a kódot:',
  codeLabel: 'Kód:',
  scanStep: 'Vagy olvassa be a QR-kódot a telefonja kamerájával.',
  qrAlt: 'QR-kód, amely a következő címet nyitja meg: {url}',
  // Hungarian keeps the noun singular after a number, so both forms read the same.
  expiresInMinutes: {
    one: 'A kód {count} perc múlva lejár.',
    other: 'A kód {count} perc múlva lejár.',
  },
  expiresInSeconds: {
    one: 'A kód {count} másodperc múlva lejár.',
    other: 'A kód {count} másodperc múlva lejár.',
  },

  requesting: 'Kód lekérése…',
  waiting: 'Várakozás a bejelentkezésére…',
  slowDown: 'Továbbra is várjuk, hogy bejelentkezzen. A bejelentkezési szolgáltatás kérésére ritkábban ellenőrizzük.',
  retrying: 'A bejelentkezési szolgáltatás jelenleg nem érhető el. Ez az eszköz automatikusan újrapróbálkozik, a kód pedig továbbra is érvényes.',

  approvedTitle: 'Sikeres bejelentkezés',
  approvedBody: 'Ez az eszköz bejelentkezett. Bezárhatja a bejelentkezési oldalt a telefonján vagy számítógépén.',
  deniedTitle: 'Bejelentkezés elutasítva',
  deniedBody: 'A kérést elutasították a telefonján vagy számítógépén, ezért ez az eszköz nem jelentkezett be. Az újrakezdéshez kérjen új kódot.',
  expiredTitle: 'A kód lejárt',
  expiredBody: 'A kódot nem adták meg időben. Az újrakezdéshez kérjen új kódot.',
  errorTitle: 'Nem sikerült bejelentkezni',
  network: 'Nem sikerült elérni a bejelentkezési szolgáltatást. Ellenőrizze ennek az eszköznek az internetkapcsolatát, majd próbálja újra.',
  rateLimited: 'A bejelentkezési szolgáltatás túlterhelt, és arra kérte ezt az eszközt, hogy várjon. Próbálja újra néhány perc múlva.',
  clientRefused: 'A bejelentkezési szolgáltatás elutasította ezt az alkalmazást, ezért itt nem lehet bejelentkezni. Ha az újrapróbálkozás nem segít, forduljon az alkalmazás ügyfélszolgálatához.',
  serverError: 'Hiba történt a bejelentkezési szolgáltatásban. Próbálja újra néhány perc múlva.',
  badResponse: 'A bejelentkezési szolgáltatás olyan választ küldött, amelyet ez az eszköz nem ért. Próbálja újra; ha a hiba ismétlődik, forduljon az alkalmazás ügyfélszolgálatához.',

  newCode: 'Új kód kérése',
  tryAgain: 'Próbálja újra',
};

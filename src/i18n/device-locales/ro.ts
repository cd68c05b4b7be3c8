import type { DeviceMessages } from '../device-en';

/** Romanian (ro): the device display. Glossary: ../glossary/ro.json. */
export const ro: DeviceMessages = {
  locale: 'ro',

  title: 'Conectați-vă pe acest dispozitiv',
  openStep: 'Pe telefon sau pe computer, deschideți {url}',
  enterStep: 'și introduceți acest cod:',
  codeLabel: 'Cod:',
  scanStep: 'Sau scanați codul QR cu camera telefonului.',
  qrAlt: 'Cod QR care deschide {url}',
  expiresInMinutes: {
    one: 'Codul expiră peste {count} minut.',
    few: 'Codul expiră peste {count} minute.',
    other: 'Codul expiră peste {count} de minute.',
  },
  expiresInSeconds: {
    one: 'Codul expiră peste {count} secundă.',
    few: 'Codul expiră peste {count} secunde.',
    other: 'Codul expiră peste {count} de secunde.',
  },

  requesting: 'Se obține un cod…',
  waiting: 'Se așteaptă să vă conectați…',
  slowDown: 'Încă se așteaptă să vă conectați. Verificăm mai rar, la cererea serviciului de conectare.',
  retrying: 'Serviciul de conectare nu poate fi contactat momentan. Acest dispozitiv continuă să încerce automat, iar codul este încă valabil.',

  approvedTitle: 'Conectare reușită',
  approvedBody: 'Acest dispozitiv este conectat. Puteți închide pagina de conectare de pe telefon sau de pe computer.',
  deniedTitle: 'Conectare refuzată',
  deniedBody: 'Solicitarea a fost refuzată pe telefon sau pe computer, așa că acest dispozitiv nu a fost conectat. Obțineți un cod nou pentru a reîncepe.',
  expiredTitle: 'Codul a expirat',
  expiredBody: 'Nu a fost introdus la timp. Obțineți un cod nou pentru a reîncepe.',
  errorTitle: 'Conectarea nu a reușit',
  network: 'Serviciul de conectare nu a putut fi contactat. Verificați conexiunea la internet a acestui dispozitiv, apoi încercați din nou.',
  rateLimited: 'Serviciul de conectare este ocupat și a cerut acestui dispozitiv să aștepte. Încercați din nou peste câteva minute.',
  clientRefused: 'Serviciul de conectare a refuzat această aplicație, așa că nu se poate conecta aici. Dacă o nouă încercare nu ajută, contactați asistența aplicației.',
  serverError: 'Serviciul de conectare a întâmpinat o problemă. Încercați din nou peste câteva minute.',
  badResponse: 'Serviciul de conectare a trimis un răspuns pe care acest dispozitiv nu îl înțelege. Încercați din nou; dacă problema persistă, contactați asistența aplicației.',

  newCode: 'Obțineți un cod nou',
  tryAgain: 'Încercați din nou',
};

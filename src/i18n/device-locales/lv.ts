import type { DeviceMessages } from '../device-en';

/** Latvian (lv): the device display. Glossary: ../glossary/lv.json. */
export const lv: DeviceMessages = {
  locale: 'lv',

  title: 'Pierakstieties šajā ierīcē',
  openStep: 'Tālrunī vai datorā atveriet {url}',
  enterStep: 'un ievadiet šo kodu:',
  codeLabel: 'Kods:',
  scanStep: 'Vai arī noskenējiet QR kodu ar tālruņa kameru.',
  qrAlt: 'QR kods, kas atver {url}',
  // `one` is for numbers ending in 1 (but not 11): pēc 21 minūtes; `zero` for 0, 10–20, 30…
  expiresInMinutes: {
    zero: 'Koda derīgums beigsies pēc {count} minūtēm.',
    one: 'Koda derīgums beigsies pēc {count} minūtes.',
    other: 'Koda derīgums beigsies pēc {count} minūtēm.',
  },
  expiresInSeconds: {
    zero: 'Koda derīgums beigsies pēc {count} sekundēm.',
    one: 'Koda derīgums beigsies pēc {count} sekundes.',
    other: 'Koda derīgums beigsies pēc {count} sekundēm.',
  },

  requesting: 'Notiek koda saņemšana…',
  waiting: 'Gaidām, kamēr pierakstīsieties…',
  slowDown: 'Joprojām gaidām, kamēr pierakstīsieties. Pēc pierakstīšanās pakalpojuma lūguma pārbaudām retāk.',
  retrying: 'Pašlaik neizdodas sazināties ar pierakstīšanās pakalpojumu. Šī ierīce automātiski turpina mēģināt, un kods joprojām ir derīgs.',

  approvedTitle: 'Pierakstīšanās izdevās',
  approvedBody: 'Šī ierīce ir pierakstīta. Tālrunī vai datorā varat aizvērt pierakstīšanās lapu.',
  deniedTitle: 'Pierakstīšanās noraidīta',
  deniedBody: 'Pieprasījums tika noraidīts jūsu tālrunī vai datorā, tāpēc šī ierīce netika pierakstīta. Lai sāktu no jauna, saņemiet jaunu kodu.',
  expiredTitle: 'Koda derīgums ir beidzies',
  expiredBody: 'Tas netika ievadīts laikā. Lai sāktu no jauna, saņemiet jaunu kodu.',
  errorTitle: 'Neizdevās pierakstīties',
  network: 'Neizdevās sazināties ar pierakstīšanās pakalpojumu. Pārbaudiet šīs ierīces interneta savienojumu un mēģiniet vēlreiz.',
  rateLimited: 'Pierakstīšanās pakalpojums ir pārslogots un lūdza šai ierīcei uzgaidīt. Mēģiniet vēlreiz pēc dažām minūtēm.',
  clientRefused: 'Pierakstīšanās pakalpojums noraidīja šo lietotni, tāpēc šeit pierakstīties nevar. Ja atkārtots mēģinājums nepalīdz, sazinieties ar lietotnes atbalsta dienestu.',
  serverError: 'Pierakstīšanās pakalpojumā radās problēma. Mēģiniet vēlreiz pēc dažām minūtēm.',
  badResponse: 'Pierakstīšanās pakalpojums nosūtīja atbildi, ko šī ierīce nesaprot. Mēģiniet vēlreiz; ja tas atkārtojas, sazinieties ar lietotnes atbalsta dienestu.',

  newCode: 'Saņemt jaunu kodu',
  tryAgain: 'Mēģināt vēlreiz',
};

import type { AppStrings } from '../strings';

export { el as messages } from '../../i18n/locales/el';

export const strings: AppStrings = {
  locale: 'el',
  defaultTitle: 'Σύνδεση συσκευής',
  getHelp: 'Βοήθεια',
  opensInNewTab: '(ανοίγει σε νέα καρτέλα)',
  stylesMissing: 'Τα στυλ αυτής της σελίδας δεν φορτώθηκαν ({files}), γι’ αυτό φαίνεται απλή, αλλά λειτουργεί. Αν συμβαίνει συχνά, ενημερώστε τον διαχειριστή του ιστότοπου.',
};

import type { AppStrings } from '../strings';

export { id as messages } from '../../i18n/locales/id';

export const strings: AppStrings = {
  locale: 'id',
  defaultTitle: 'Masuk di perangkat',
  getHelp: 'Bantuan',
  opensInNewTab: '(dibuka di tab baru)',
  stylesMissing: 'Gaya halaman ini tidak termuat ({files}), jadi tampilannya polos, tetapi tetap berfungsi. Jika ini terus terjadi, beri tahu administrator situs.',
};

import type { AppStrings } from '../strings';

export { tr as messages } from '../../i18n/locales/tr';

export const strings: AppStrings = {
  locale: 'tr',
  defaultTitle: 'Cihazda oturum açma',
  getHelp: 'Yardım',
  opensInNewTab: '(yeni sekmede açılır)',
  stylesMissing: 'Bu sayfanın stilleri yüklenemedi ({files}); bu yüzden sade görünüyor ama çalışıyor. Bu durum sık sık yaşanırsa site yöneticisine bildirin.',
};

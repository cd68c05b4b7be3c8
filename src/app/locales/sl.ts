import type { AppStrings } from '../strings';

export { sl as messages } from '../../i18n/locales/sl';

export const strings: AppStrings = {
  locale: 'sl',
  defaultTitle: 'Prijava naprave',
  getHelp: 'Pomoč',
  opensInNewTab: '(odpre se v novem zavihku)',
  stylesMissing: 'Slogi te strani se niso naložili ({files}), zato je videti preprosta, vendar deluje. Če se to ponavlja, obvestite skrbnika spletnega mesta.',
};

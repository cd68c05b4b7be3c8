import type { AppStrings } from '../strings';

export { lt as messages } from '../../i18n/locales/lt';

export const strings: AppStrings = {
  locale: 'lt',
  defaultTitle: 'Įrenginio prisijungimas',
  getHelp: 'Pagalba',
  opensInNewTab: '(atidaroma naujame skirtuke)',
  stylesMissing: 'Šio puslapio stiliai nebuvo įkelti ({files}), todėl jis atrodo paprastai, bet veikia. Jei tai kartojasi, praneškite svetainės administratoriui.',
};

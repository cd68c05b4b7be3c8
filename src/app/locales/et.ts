import type { AppStrings } from '../strings';

export { et as messages } from '../../i18n/locales/et';

export const strings: AppStrings = {
  locale: 'et',
  defaultTitle: 'Seadme sisselogimine',
  getHelp: 'Abi',
  opensInNewTab: '(avaneb uuel vahelehel)',
  stylesMissing: 'Selle lehe stiilid jäid laadimata ({files}), seega näeb see lihtne välja, kuid töötab. Kui see kordub, teavitage saidi administraatorit.',
};

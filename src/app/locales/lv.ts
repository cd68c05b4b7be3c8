import type { AppStrings } from '../strings';

export { lv as messages } from '../../i18n/locales/lv';

export const strings: AppStrings = {
  locale: 'lv',
  defaultTitle: 'Ierīces pierakstīšanās',
  getHelp: 'Palīdzība',
  opensInNewTab: '(atveras jaunā cilnē)',
  stylesMissing: 'Šīs lapas stili netika ielādēti ({files}), tāpēc tā izskatās vienkārša, taču darbojas. Ja tas atkārtojas, informējiet vietnes administratoru.',
};

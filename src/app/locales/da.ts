import type { AppStrings } from '../strings';

export { da as messages } from '../../i18n/locales/da';

export const strings: AppStrings = {
  locale: 'da',
  defaultTitle: 'Enhedslogin',
  getHelp: 'Få hjælp',
  opensInNewTab: '(åbnes i en ny fane)',
  stylesMissing: 'Sidens typografiark blev ikke indlæst ({files}), så den ser enkel ud, men den virker. Hvis det bliver ved, så giv webstedets administrator besked.',
};

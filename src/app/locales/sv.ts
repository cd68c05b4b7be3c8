import type { AppStrings } from '../strings';

export { sv as messages } from '../../i18n/locales/sv';

export const strings: AppStrings = {
  locale: 'sv',
  defaultTitle: 'Enhetsinloggning',
  getHelp: 'Få hjälp',
  opensInNewTab: '(öppnas i en ny flik)',
  stylesMissing: 'Sidans formatmallar lästes inte in ({files}), så den ser enkel ut, men den fungerar. Om det händer ofta, meddela webbplatsens administratör.',
};

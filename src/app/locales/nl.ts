import type { AppStrings } from '../strings';

export { nl as messages } from '../../i18n/locales/nl';

export const strings: AppStrings = {
  locale: 'nl',
  defaultTitle: 'Inloggen op apparaat',
  getHelp: 'Hulp',
  opensInNewTab: '(wordt geopend in een nieuw tabblad)',
  stylesMissing: 'De stijlen van deze pagina zijn niet geladen ({files}), dus ze ziet er eenvoudig uit, maar werkt wel. Gebeurt dit vaker, laat het dan de beheerder van de website weten.',
};

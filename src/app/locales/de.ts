import type { AppStrings } from '../strings';

export { de as messages } from '../../i18n/locales/de';

export const strings: AppStrings = {
  locale: 'de',
  defaultTitle: 'Geräteanmeldung',
  getHelp: 'Hilfe',
  opensInNewTab: '(öffnet sich in einem neuen Tab)',
  stylesMissing: 'Die Stile dieser Seite wurden nicht geladen ({files}). Sie sieht deshalb schlicht aus, funktioniert aber. Wenn das öfter passiert, wenden Sie sich an die Verwaltung der Website.',
};

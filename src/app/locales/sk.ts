import type { AppStrings } from '../strings';

export { sk as messages } from '../../i18n/locales/sk';

export const strings: AppStrings = {
  locale: 'sk',
  defaultTitle: 'Prihlásenie zariadenia',
  getHelp: 'Pomoc',
  opensInNewTab: '(otvorí sa na novej karte)',
  stylesMissing: 'Štýly tejto stránky sa nenačítali ({files}), preto vyzerá jednoducho, ale funguje. Ak sa to opakuje, informujte správcu webu.',
};

import type { AppStrings } from '../strings';

export { cs as messages } from '../../i18n/locales/cs';

export const strings: AppStrings = {
  locale: 'cs',
  defaultTitle: 'Přihlášení zařízení',
  getHelp: 'Nápověda',
  opensInNewTab: '(otevře se na nové kartě)',
  stylesMissing: 'Styly této stránky se nenačetly ({files}), takže vypadá jednoduše, ale funguje. Pokud se to opakuje, informujte správce webu.',
};

import type { AppStrings } from '../strings';

export { pl as messages } from '../../i18n/locales/pl';

export const strings: AppStrings = {
  locale: 'pl',
  defaultTitle: 'Logowanie urządzenia',
  getHelp: 'Pomoc',
  opensInNewTab: '(otwiera się w nowej karcie)',
  stylesMissing: 'Style tej strony się nie wczytały ({files}), więc wygląda skromnie, ale działa. Jeśli to się powtarza, powiadom administratora witryny.',
};

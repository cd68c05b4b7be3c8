import type { AppStrings } from '../strings';

export { nb as messages } from '../../i18n/locales/nb';

export const strings: AppStrings = {
  locale: 'nb',
  defaultTitle: 'Enhetsinnlogging',
  getHelp: 'Få hjelp',
  opensInNewTab: '(åpnes i en ny fane)',
  stylesMissing: 'Stilene på denne siden ble ikke lastet inn ({files}), så den ser enkel ut, men den virker. Hvis dette skjer ofte, si fra til administratoren for nettstedet.',
};

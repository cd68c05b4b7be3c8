import type { AppStrings } from '../strings';

export { bg as messages } from '../../i18n/locales/bg';

export const strings: AppStrings = {
  locale: 'bg',
  defaultTitle: 'Вход на устройство',
  getHelp: 'Помощ',
  opensInNewTab: '(отваря се в нов раздел)',
  stylesMissing: 'Стиловете на тази страница не се заредиха ({files}), затова тя изглежда семпло, но работи. Ако това се повтаря, съобщете на администратора на сайта.',
};

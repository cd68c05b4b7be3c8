import type { AppStrings } from '../strings';

export { ru as messages } from '../../i18n/locales/ru';

export const strings: AppStrings = {
  locale: 'ru',
  defaultTitle: 'Вход на устройстве',
  getHelp: 'Помощь',
  opensInNewTab: '(откроется в новой вкладке)',
  stylesMissing: 'Стили этой страницы не загрузились ({files}), поэтому она выглядит просто, но работает. Если это повторяется, сообщите администратору сайта.',
};

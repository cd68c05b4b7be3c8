import type { AppStrings } from '../strings';

export { uk as messages } from '../../i18n/locales/uk';

export const strings: AppStrings = {
  locale: 'uk',
  defaultTitle: 'Вхід на пристрої',
  getHelp: 'Допомога',
  opensInNewTab: '(відкриється в новій вкладці)',
  stylesMissing: 'Стилі цієї сторінки не завантажилися ({files}), тому вона має простий вигляд, але працює. Якщо це повторюється, повідомте адміністратора сайту.',
};

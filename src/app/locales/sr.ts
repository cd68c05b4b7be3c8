import type { AppStrings } from '../strings';

export { sr as messages } from '../../i18n/locales/sr';

export const strings: AppStrings = {
  locale: 'sr',
  defaultTitle: 'Пријављивање уређаја',
  getHelp: 'Помоћ',
  opensInNewTab: '(отвара се у новој картици)',
  stylesMissing: 'Стилови ове странице се нису учитали ({files}), па изгледа једноставно, али ради. Ако се то понавља, обавестите администратора сајта.',
};

import type { AppStrings } from '../strings';

export { ca as messages } from '../../i18n/locales/ca';

export const strings: AppStrings = {
  locale: 'ca',
  defaultTitle: 'Inici de sessió del dispositiu',
  getHelp: 'Ajuda',
  opensInNewTab: '(s’obre en una pestanya nova)',
  stylesMissing: 'Els estils d’aquesta pàgina no s’han carregat ({files}), així que es veu senzilla, però funciona. Si passa sovint, avisa l’administrador del lloc web.',
};

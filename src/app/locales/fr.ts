import type { AppStrings } from '../strings';

export { fr as messages } from '../../i18n/locales/fr';

export const strings: AppStrings = {
  locale: 'fr',
  defaultTitle: 'Connexion de l’appareil',
  getHelp: 'Aide',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  stylesMissing: 'Les styles de cette page n’ont pas été chargés ({files}). Elle paraît donc dépouillée, mais fonctionne. Si cela se reproduit, prévenez l’administrateur du site.',
};

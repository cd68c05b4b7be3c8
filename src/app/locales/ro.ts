import type { AppStrings } from '../strings';

export { ro as messages } from '../../i18n/locales/ro';

export const strings: AppStrings = {
  locale: 'ro',
  defaultTitle: 'Conectarea dispozitivului',
  getHelp: 'Ajutor',
  opensInNewTab: '(se deschide într-o filă nouă)',
  stylesMissing: 'Stilurile acestei pagini nu s-au încărcat ({files}), așa că arată simplu, dar funcționează. Dacă problema persistă, anunțați administratorul site-ului.',
};

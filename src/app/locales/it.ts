import type { AppStrings } from '../strings';

export { it as messages } from '../../i18n/locales/it';

export const strings: AppStrings = {
  locale: 'it',
  defaultTitle: 'Accesso del dispositivo',
  getHelp: 'Assistenza',
  opensInNewTab: '(si apre in una nuova scheda)',
  stylesMissing: 'Gli stili di questa pagina non sono stati caricati ({files}), quindi ha un aspetto semplice, ma funziona. Se succede spesso, avvisa l’amministratore del sito.',
};

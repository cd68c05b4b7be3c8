import type { AppStrings } from '../strings';

export { ptPT as messages } from '../../i18n/locales/pt-PT';

export const strings: AppStrings = {
  locale: 'pt-PT',
  defaultTitle: 'Início de sessão no dispositivo',
  getHelp: 'Ajuda',
  opensInNewTab: '(abre num novo separador)',
  stylesMissing: 'Os estilos desta página não foram carregados ({files}), por isso tem um aspeto simples, mas funciona. Se isto se repetir, informe o administrador do site.',
};

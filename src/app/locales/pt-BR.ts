import type { AppStrings } from '../strings';

export { ptBR as messages } from '../../i18n/locales/pt-BR';

export const strings: AppStrings = {
  locale: 'pt-BR',
  defaultTitle: 'Login do dispositivo',
  getHelp: 'Ajuda',
  opensInNewTab: '(abre em uma nova guia)',
  stylesMissing: 'Os estilos desta página não carregaram ({files}), então ela parece simples, mas funciona. Se isso continuar acontecendo, avise o administrador do site.',
};

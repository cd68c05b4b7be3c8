import type { AppStrings } from '../strings';

export { es419 as messages } from '../../i18n/locales/es-419';

export const strings: AppStrings = {
  locale: 'es-419',
  defaultTitle: 'Inicio de sesión del dispositivo',
  getHelp: 'Ayuda',
  opensInNewTab: '(se abre en una pestaña nueva)',
  stylesMissing: 'Los estilos de esta página no se cargaron ({files}), así que se ve sencilla, pero funciona. Si sigue pasando, avísale al administrador del sitio.',
};

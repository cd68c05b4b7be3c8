import type { AppStrings } from '../strings';

export { es as messages } from '../../i18n/locales/es';

export const strings: AppStrings = {
  locale: 'es',
  defaultTitle: 'Inicio de sesión del dispositivo',
  getHelp: 'Ayuda',
  opensInNewTab: '(se abre en una pestaña nueva)',
  stylesMissing: 'Los estilos de esta página no se han cargado ({files}), así que se ve sencilla, pero funciona. Si ocurre a menudo, avisa al administrador del sitio web.',
};

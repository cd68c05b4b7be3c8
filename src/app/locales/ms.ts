import type { AppStrings } from '../strings';

export { ms as messages } from '../../i18n/locales/ms';

export const strings: AppStrings = {
  locale: 'ms',
  defaultTitle: 'Log masuk peranti',
  getHelp: 'Bantuan',
  opensInNewTab: '(dibuka dalam tab baharu)',
  stylesMissing: 'Gaya halaman ini tidak dimuatkan ({files}), jadi paparannya ringkas, tetapi ia tetap berfungsi. Jika perkara ini kerap berlaku, maklumkan kepada pentadbir laman web.',
};

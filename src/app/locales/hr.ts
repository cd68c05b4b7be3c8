import type { AppStrings } from '../strings';

export { hr as messages } from '../../i18n/locales/hr';

export const strings: AppStrings = {
  locale: 'hr',
  defaultTitle: 'Prijava uređaja',
  getHelp: 'Pomoć',
  opensInNewTab: '(otvara se u novoj kartici)',
  stylesMissing: 'Stilovi ove stranice nisu se učitali ({files}), pa izgleda jednostavno, ali radi. Ako se to ponavlja, obavijestite administratora web-mjesta.',
};

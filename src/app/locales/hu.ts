import type { AppStrings } from '../strings';

export { hu as messages } from '../../i18n/locales/hu';

export const strings: AppStrings = {
  locale: 'hu',
  defaultTitle: 'Eszközbejelentkezés',
  getHelp: 'Segítség',
  opensInNewTab: '(új lapon nyílik meg)',
  stylesMissing: 'Az oldal stílusai nem töltődtek be ({files}), ezért egyszerűnek tűnik, de működik. Ha ez gyakran előfordul, szóljon a webhely rendszergazdájának.',
};

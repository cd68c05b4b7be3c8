import type { AppStrings } from '../strings';

export { fi as messages } from '../../i18n/locales/fi';

export const strings: AppStrings = {
  locale: 'fi',
  defaultTitle: 'Laitteen kirjautuminen',
  getHelp: 'Ohje',
  opensInNewTab: '(avautuu uuteen välilehteen)',
  stylesMissing: 'Sivun tyylit eivät latautuneet ({files}), joten se näyttää pelkistetyltä, mutta toimii. Jos näin käy usein, kerro asiasta sivuston ylläpitäjälle.',
};

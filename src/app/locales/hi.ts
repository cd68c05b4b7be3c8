import type { AppStrings } from '../strings';

export { hi as messages } from '../../i18n/locales/hi';

export const strings: AppStrings = {
  locale: 'hi',
  defaultTitle: 'डिवाइस साइन इन',
  getHelp: 'सहायता पाएं',
  opensInNewTab: '(नए टैब में खुलता है)',
  stylesMissing: 'इस पेज की स्टाइल फ़ाइलें लोड नहीं हुईं ({files}), इसलिए यह सादा दिखता है, लेकिन काम करता है। अगर ऐसा बार-बार हो, तो साइट के एडमिन को बताएं।',
};

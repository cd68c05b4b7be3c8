import type { AppStrings } from '../strings';

export { he as messages } from '../../i18n/locales/he';

export const strings: AppStrings = {
  locale: 'he',
  defaultTitle: 'התחברות במכשיר',
  getHelp: 'עזרה',
  opensInNewTab: '(נפתח בכרטיסייה חדשה)',
  stylesMissing: 'הסגנונות של הדף הזה לא נטענו ({files}), ולכן הוא נראה פשוט, אבל הוא עובד. אם זה חוזר על עצמו, אפשר לפנות למנהל האתר.',
};

import type { AppStrings } from '../strings';

export { ar as messages } from '../../i18n/locales/ar';

export const strings: AppStrings = {
  locale: 'ar',
  defaultTitle: 'تسجيل الدخول على الجهاز',
  getHelp: 'الحصول على مساعدة',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  stylesMissing: 'لم تُحمَّل أنماط هذه الصفحة ({files})، لذا يبدو مظهرها بسيطًا، لكنها تعمل. إن تكرر ذلك، فأبلغ مسؤول الموقع.',
};

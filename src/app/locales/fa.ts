import type { AppStrings } from '../strings';

export { fa as messages } from '../../i18n/locales/fa';

export const strings: AppStrings = {
  locale: 'fa',
  defaultTitle: 'ورود در دستگاه',
  getHelp: 'راهنمایی',
  opensInNewTab: '(در برگهٔ جدید باز می‌شود)',
  stylesMissing: 'سبک‌های این صفحه بارگذاری نشد ({files})؛ برای همین ساده به نظر می‌رسد، ولی کار می‌کند. اگر این مشکل تکرار شد، به سرپرست سایت اطلاع دهید.',
};

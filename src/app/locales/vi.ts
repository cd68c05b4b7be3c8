import type { AppStrings } from '../strings';

export { vi as messages } from '../../i18n/locales/vi';

export const strings: AppStrings = {
  locale: 'vi',
  defaultTitle: 'Đăng nhập thiết bị',
  getHelp: 'Trợ giúp',
  opensInNewTab: '(mở trong thẻ mới)',
  stylesMissing: 'Không tải được kiểu hiển thị của trang này ({files}), nên trang trông đơn giản nhưng vẫn hoạt động. Nếu việc này cứ lặp lại, hãy báo cho quản trị viên trang web.',
};

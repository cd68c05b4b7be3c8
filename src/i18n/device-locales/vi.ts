import type { DeviceMessages } from '../device-en';

/** Vietnamese (vi): the device display. Glossary: ../glossary/vi.json. */
export const vi: DeviceMessages = {
  locale: 'vi',

  title: 'Đăng nhập trên thiết bị này',
  openStep: 'Trên điện thoại hoặc máy tính, hãy mở {url}',
  enterStep: 'và nhập mã này:',
  codeLabel: 'Mã:',
  scanStep: 'Hoặc quét mã QR bằng máy ảnh của điện thoại.',
  qrAlt: 'Mã QR mở {url}',
  expiresInMinutes: { other: 'Mã sẽ hết hạn sau {count} phút.' },
  expiresInSeconds: { other: 'Mã sẽ hết hạn sau {count} giây.' },

  requesting: 'Đang lấy mã…',
  waiting: 'Đang chờ bạn đăng nhập…',
  slowDown: 'Vẫn đang chờ bạn đăng nhập. Theo yêu cầu của dịch vụ đăng nhập, thiết bị sẽ kiểm tra thưa hơn.',
  retrying: 'Hiện không kết nối được với dịch vụ đăng nhập. Thiết bị này sẽ tự động tiếp tục thử, và mã vẫn còn hiệu lực.',

  approvedTitle: 'Đã đăng nhập',
  approvedBody: 'Thiết bị này đã được đăng nhập. Bạn có thể đóng trang đăng nhập trên điện thoại hoặc máy tính.',
  deniedTitle: 'Đăng nhập bị từ chối',
  deniedBody: 'Yêu cầu đã bị từ chối trên điện thoại hoặc máy tính của bạn nên thiết bị này chưa được đăng nhập. Hãy lấy mã mới để bắt đầu lại.',
  expiredTitle: 'Mã đã hết hạn',
  expiredBody: 'Mã chưa được nhập kịp thời. Hãy lấy mã mới để bắt đầu lại.',
  errorTitle: 'Không đăng nhập được',
  network: 'Không kết nối được với dịch vụ đăng nhập. Hãy kiểm tra kết nối mạng của thiết bị này rồi thử lại.',
  rateLimited: 'Dịch vụ đăng nhập đang bận và yêu cầu thiết bị này chờ. Hãy thử lại sau vài phút.',
  clientRefused: 'Dịch vụ đăng nhập đã từ chối ứng dụng này nên không thể đăng nhập tại đây. Nếu thử lại vẫn không được, hãy liên hệ bộ phận hỗ trợ của ứng dụng.',
  serverError: 'Dịch vụ đăng nhập đã gặp sự cố. Hãy thử lại sau vài phút.',
  badResponse: 'Dịch vụ đăng nhập đã gửi phản hồi mà thiết bị này không hiểu. Hãy thử lại; nếu vẫn xảy ra, hãy liên hệ bộ phận hỗ trợ của ứng dụng.',

  newCode: 'Lấy mã mới',
  tryAgain: 'Thử lại',
};

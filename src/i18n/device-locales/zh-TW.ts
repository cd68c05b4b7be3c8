import type { DeviceMessages } from '../device-en';

/** Traditional Chinese, Taiwan (zh-TW): the device display. Glossary: ../glossary/zh-TW.json. */
export const zhTW: DeviceMessages = {
  locale: 'zh-TW',

  title: '在這部裝置上登入',
  openStep: '在手機或電腦上開啟 {url}',
  enterStep: '並輸入這組代碼：',
  codeLabel: '代碼：',
  scanStep: '或用手機相機掃描 QR 圖碼。',
  qrAlt: '開啟 {url} 的 QR 圖碼',
  expiresInMinutes: { other: '代碼將在 {count} 分鐘後過期。' },
  expiresInSeconds: { other: '代碼將在 {count} 秒後過期。' },

  requesting: '正在取得代碼…',
  waiting: '正在等待您登入…',
  slowDown: '仍在等待您登入。應登入服務的要求，已降低檢查頻率。',
  retrying: '暫時無法連線至登入服務。這部裝置會自動持續重試，代碼仍然有效。',

  approvedTitle: '已登入',
  approvedBody: '這部裝置已登入。您可以關閉手機或電腦上的登入頁面。',
  deniedTitle: '登入遭拒',
  deniedBody: '要求已在您的手機或電腦上遭到拒絕，因此這部裝置未登入。請取得新代碼，重新開始。',
  expiredTitle: '代碼已過期',
  expiredBody: '未在時限內輸入。請取得新代碼，重新開始。',
  errorTitle: '無法登入',
  network: '無法連線至登入服務。請檢查這部裝置的網路連線，然後再試一次。',
  rateLimited: '登入服務忙碌中，要求這部裝置稍候。請過幾分鐘再試。',
  clientRefused: '登入服務拒絕了這個應用程式，因此無法在這裡登入。如果重試仍無效，請聯絡該應用程式的支援團隊。',
  serverError: '登入服務發生問題。請過幾分鐘再試。',
  badResponse: '登入服務傳回了這部裝置無法辨識的回應。請再試一次；如果問題持續發生，請聯絡該應用程式的支援團隊。',

  newCode: '取得新代碼',
  tryAgain: '重試',
};

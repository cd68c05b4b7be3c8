import type { DeviceMessages } from '../device-en';

/** Simplified Chinese (zh-CN): the device display. Glossary: ../glossary/zh-CN.json. */
export const zhCN: DeviceMessages = {
  locale: 'zh-CN',

  title: '在此设备上登录',
  openStep: '在手机或电脑上打开 {url}',
  enterStep: '并输入以下代码：',
  codeLabel: '代码：',
  scanStep: '或用手机相机扫描二维码。',
  qrAlt: '打开 {url} 的二维码',
  expiresInMinutes: { other: '代码将在 {count} 分钟后过期。' },
  expiresInSeconds: { other: '代码将在 {count} 秒后过期。' },

  requesting: '正在获取代码…',
  waiting: '正在等待您登录…',
  slowDown: '仍在等待您登录。应登录服务的要求，已降低检查频率。',
  retrying: '暂时无法连接登录服务。此设备会自动继续尝试，代码仍然有效。',

  approvedTitle: '已登录',
  approvedBody: '此设备已登录。您可以关闭手机或电脑上的登录页面。',
  deniedTitle: '登录被拒绝',
  deniedBody: '请求已在您的手机或电脑上被拒绝，因此此设备未登录。请获取新代码，重新开始。',
  expiredTitle: '代码已过期',
  expiredBody: '未在规定时间内输入。请获取新代码，重新开始。',
  errorTitle: '无法登录',
  network: '无法连接登录服务。请检查此设备的网络连接，然后重试。',
  rateLimited: '登录服务繁忙，要求此设备稍候。请过几分钟再试。',
  clientRefused: '登录服务拒绝了此应用，因此无法在此登录。如果重试无效，请联系该应用的支持团队。',
  serverError: '登录服务出现问题。请过几分钟再试。',
  badResponse: '登录服务返回了此设备无法识别的响应。请重试；如果问题持续出现，请联系该应用的支持团队。',

  newCode: '获取新代码',
  tryAgain: '重试',
};

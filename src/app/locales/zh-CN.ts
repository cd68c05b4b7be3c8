import type { AppStrings } from '../strings';

export { zhCN as messages } from '../../i18n/locales/zh-CN';

export const strings: AppStrings = {
  locale: 'zh-CN',
  defaultTitle: '设备登录',
  getHelp: '获取帮助',
  opensInNewTab: '（在新标签页中打开）',
  stylesMissing: '此页面的样式未能加载（{files}），因此看起来较为简陋，但仍可正常使用。如果此问题反复出现，请告知网站管理员。',
};

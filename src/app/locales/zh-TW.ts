import type { AppStrings } from '../strings';

export { zhTW as messages } from '../../i18n/locales/zh-TW';

export const strings: AppStrings = {
  locale: 'zh-TW',
  defaultTitle: '裝置登入',
  getHelp: '取得協助',
  opensInNewTab: '（在新分頁中開啟）',
  stylesMissing: '這個頁面的樣式未能載入（{files}），因此看起來比較簡陋，但仍可正常使用。如果這個問題持續發生，請告知網站管理員。',
};

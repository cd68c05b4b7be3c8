import type { AppStrings } from '../strings';

export { ja as messages } from '../../i18n/locales/ja';

export const strings: AppStrings = {
  locale: 'ja',
  defaultTitle: 'デバイスのサインイン',
  getHelp: 'ヘルプ',
  opensInNewTab: '（新しいタブで開きます）',
  stylesMissing: 'このページのスタイルを読み込めませんでした（{files}）。そのため表示は簡素ですが、問題なく使えます。この状況が続く場合は、サイトの管理者にお知らせください。',
};

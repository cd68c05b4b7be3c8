import type { DeviceMessages } from '../device-en';

/** Japanese (ja): the device display. Glossary: ../glossary/ja.json. */
export const ja: DeviceMessages = {
  locale: 'ja',

  title: 'このデバイスでサインイン',
  // Japanese puts the verb last, so this step ends open and the next line finishes the sentence.
  openStep: 'スマートフォンまたはパソコンで {url} を開き、',
  enterStep: '次のコードを入力してください：',
  codeLabel: 'コード：',
  scanStep: 'または、スマートフォンのカメラで QR コードを読み取ってください。',
  qrAlt: '{url} を開く QR コード',
  expiresInMinutes: { other: 'コードの有効期限はあと{count}分です。' },
  expiresInSeconds: { other: 'コードの有効期限はあと{count}秒です。' },

  requesting: 'コードを取得しています…',
  waiting: 'サインインを待っています…',
  slowDown: '引き続きサインインを待っています。サインインサービスの要請により、確認の間隔を空けています。',
  retrying: '現在、サインインサービスに接続できません。このデバイスは自動的に再試行を続けています。コードは引き続き有効です。',

  approvedTitle: 'サインインしました',
  approvedBody: 'このデバイスはサインインしました。スマートフォンまたはパソコンのサインインページは閉じてかまいません。',
  deniedTitle: 'サインインが拒否されました',
  deniedBody: 'スマートフォンまたはパソコンでリクエストが拒否されたため、このデバイスはサインインされませんでした。新しいコードを取得して、もう一度始めてください。',
  expiredTitle: 'コードの有効期限が切れました',
  expiredBody: '時間内に入力されませんでした。新しいコードを取得して、もう一度始めてください。',
  errorTitle: 'サインインできませんでした',
  network: 'サインインサービスに接続できませんでした。このデバイスのインターネット接続を確認してから、もう一度お試しください。',
  rateLimited: 'サインインサービスが混み合っているため、このデバイスは待機を求められました。数分後にもう一度お試しください。',
  clientRefused: 'サインインサービスがこのアプリを拒否したため、ここではサインインできません。再試行しても解決しない場合は、アプリのサポートにお問い合わせください。',
  serverError: 'サインインサービスで問題が発生しました。数分後にもう一度お試しください。',
  badResponse: 'サインインサービスから、このデバイスが解釈できない応答がありました。もう一度お試しください。繰り返し発生する場合は、アプリのサポートにお問い合わせください。',

  newCode: '新しいコードを取得',
  tryAgain: '再試行',
};

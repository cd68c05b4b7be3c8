import type { DeviceMessages } from '../device-en';

/** Malay (ms): the device display. Glossary: ../glossary/ms.json. */
export const ms: DeviceMessages = {
  locale: 'ms',

  title: 'Log masuk pada peranti ini',
  openStep: 'Pada telefon atau komputer anda, buka {url}',
  enterStep: 'dan masukkan kod ini:',
  codeLabel: 'Kod:',
  scanStep: 'Atau imbas kod QR dengan kamera telefon anda.',
  qrAlt: 'Kod QR yang membuka {url}',
  expiresInMinutes: { other: 'Kod akan tamat tempoh dalam {count} minit.' },
  expiresInSeconds: { other: 'Kod akan tamat tempoh dalam {count} saat.' },

  requesting: 'Mendapatkan kod…',
  waiting: 'Menunggu anda log masuk…',
  slowDown: 'Masih menunggu anda log masuk. Semakan dibuat kurang kerap atas permintaan perkhidmatan log masuk.',
  retrying: 'Tidak dapat menghubungi perkhidmatan log masuk buat masa ini. Peranti ini terus mencuba secara automatik, dan kod masih sah.',

  approvedTitle: 'Berjaya log masuk',
  approvedBody: 'Peranti ini telah dilog masuk. Anda boleh menutup halaman log masuk pada telefon atau komputer anda.',
  deniedTitle: 'Log masuk ditolak',
  deniedBody: 'Permintaan ditolak pada telefon atau komputer anda, jadi peranti ini tidak dilog masuk. Dapatkan kod baharu untuk bermula semula.',
  expiredTitle: 'Kod telah tamat tempoh',
  expiredBody: 'Kod tidak dimasukkan dalam masa yang ditetapkan. Dapatkan kod baharu untuk bermula semula.',
  errorTitle: 'Tidak dapat log masuk',
  network: 'Tidak dapat menghubungi perkhidmatan log masuk. Semak sambungan internet peranti ini, kemudian cuba lagi.',
  rateLimited: 'Perkhidmatan log masuk sedang sibuk dan meminta peranti ini menunggu. Cuba lagi dalam beberapa minit.',
  clientRefused: 'Perkhidmatan log masuk menolak aplikasi ini, jadi ia tidak dapat log masuk di sini. Jika mencuba lagi tidak membantu, hubungi sokongan aplikasi.',
  serverError: 'Perkhidmatan log masuk mengalami masalah. Cuba lagi dalam beberapa minit.',
  badResponse: 'Perkhidmatan log masuk menghantar jawapan yang tidak difahami oleh peranti ini. Cuba lagi; jika ia terus berlaku, hubungi sokongan aplikasi.',

  newCode: 'Dapatkan kod baharu',
  tryAgain: 'Cuba lagi',
};

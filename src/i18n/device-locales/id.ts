import type { DeviceMessages } from '../device-en';

/** Indonesian (id): the device display. Glossary: ../glossary/id.json. */
export const id: DeviceMessages = {
  locale: 'id',

  title: 'Masuk di perangkat ini',
  openStep: 'Di ponsel atau komputer Anda, buka {url}',
  enterStep: 'lalu masukkan kode ini:',
  codeLabel: 'Kode:',
  scanStep: 'Atau pindai kode QR dengan kamera ponsel Anda.',
  qrAlt: 'Kode QR yang membuka {url}',
  expiresInMinutes: { other: 'Kode akan kedaluwarsa dalam {count} menit.' },
  expiresInSeconds: { other: 'Kode akan kedaluwarsa dalam {count} detik.' },

  requesting: 'Meminta kode…',
  waiting: 'Menunggu Anda masuk…',
  slowDown: 'Masih menunggu Anda masuk. Pemeriksaan dilakukan lebih jarang sesuai permintaan layanan masuk.',
  retrying: 'Layanan masuk tidak dapat dihubungi saat ini. Perangkat ini terus mencoba secara otomatis, dan kode masih berlaku.',

  approvedTitle: 'Berhasil masuk',
  approvedBody: 'Perangkat ini sudah masuk. Anda dapat menutup halaman masuk di ponsel atau komputer Anda.',
  deniedTitle: 'Proses masuk ditolak',
  deniedBody: 'Permintaan ditolak di ponsel atau komputer Anda, jadi perangkat ini tidak masuk. Dapatkan kode baru untuk memulai lagi.',
  expiredTitle: 'Kode sudah kedaluwarsa',
  expiredBody: 'Kode tidak dimasukkan tepat waktu. Dapatkan kode baru untuk memulai lagi.',
  errorTitle: 'Tidak dapat masuk',
  network: 'Tidak dapat menghubungi layanan masuk. Periksa koneksi internet perangkat ini, lalu coba lagi.',
  rateLimited: 'Layanan masuk sedang sibuk dan meminta perangkat ini menunggu. Coba lagi dalam beberapa menit.',
  clientRefused: 'Layanan masuk menolak aplikasi ini, jadi aplikasi ini tidak dapat masuk di sini. Jika mencoba lagi tidak membantu, hubungi dukungan aplikasi.',
  serverError: 'Layanan masuk mengalami masalah. Coba lagi dalam beberapa menit.',
  badResponse: 'Layanan masuk mengirim jawaban yang tidak dipahami perangkat ini. Coba lagi; jika terus terjadi, hubungi dukungan aplikasi.',

  newCode: 'Dapatkan kode baru',
  tryAgain: 'Coba lagi',
};

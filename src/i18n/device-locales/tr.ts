import type { DeviceMessages } from '../device-en';

/** Turkish (tr): the device display. Glossary: ../glossary/tr.json. */
export const tr: DeviceMessages = {
  locale: 'tr',

  title: 'Bu cihazda oturum açın',
  openStep: 'Telefonunuzda veya bilgisayarınızda {url} adresini açın',
  enterStep: 've bu kodu girin:',
  codeLabel: 'Kod:',
  scanStep: 'Veya QR kodunu telefonunuzun kamerasıyla tarayın.',
  qrAlt: '{url} adresini açan QR kodu',
  // Turkish keeps the noun singular after a number, so both forms read the same.
  expiresInMinutes: {
    one: 'Kodun süresi {count} dakika içinde dolacak.',
    other: 'Kodun süresi {count} dakika içinde dolacak.',
  },
  expiresInSeconds: {
    one: 'Kodun süresi {count} saniye içinde dolacak.',
    other: 'Kodun süresi {count} saniye içinde dolacak.',
  },

  requesting: 'Kod alınıyor…',
  waiting: 'Oturum açmanız bekleniyor…',
  slowDown: 'Hâlâ oturum açmanız bekleniyor. Oturum açma hizmetinin isteği üzerine daha seyrek kontrol ediliyor.',
  retrying: 'Oturum açma hizmetine şu anda ulaşılamıyor. Bu cihaz otomatik olarak denemeye devam ediyor ve kod hâlâ geçerli.',

  approvedTitle: 'Oturum açıldı',
  approvedBody: 'Bu cihazda oturum açıldı. Telefonunuzdaki veya bilgisayarınızdaki oturum açma sayfasını kapatabilirsiniz.',
  deniedTitle: 'Oturum açma reddedildi',
  deniedBody: 'İstek telefonunuzda veya bilgisayarınızda reddedildi, bu nedenle bu cihazda oturum açılmadı. Baştan başlamak için yeni bir kod alın.',
  expiredTitle: 'Kodun süresi doldu',
  expiredBody: 'Kod zamanında girilmedi. Baştan başlamak için yeni bir kod alın.',
  errorTitle: 'Oturum açılamadı',
  network: 'Oturum açma hizmetine ulaşılamadı. Bu cihazın internet bağlantısını kontrol edip tekrar deneyin.',
  rateLimited: 'Oturum açma hizmeti meşgul ve bu cihazdan beklemesini istedi. Birkaç dakika sonra tekrar deneyin.',
  clientRefused: 'Oturum açma hizmeti bu uygulamayı reddetti, bu yüzden burada oturum açılamıyor. Tekrar denemek işe yaramazsa uygulamanın destek ekibine başvurun.',
  serverError: 'Oturum açma hizmetinde bir sorun oluştu. Birkaç dakika sonra tekrar deneyin.',
  badResponse: 'Oturum açma hizmeti bu cihazın anlamadığı bir yanıt gönderdi. Tekrar deneyin; sorun devam ederse uygulamanın destek ekibine başvurun.',

  newCode: 'Yeni kod al',
  tryAgain: 'Tekrar dene',
};

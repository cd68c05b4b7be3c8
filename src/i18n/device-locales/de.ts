import type { DeviceMessages } from '../device-en';

/** German (de): the device display. Glossary: ../glossary/de.json. */
export const de: DeviceMessages = {
  locale: 'de',

  title: 'Dieses Gerät anmelden',
  openStep: 'Öffnen Sie auf Ihrem Smartphone oder Computer {url}',
  enterStep: 'und geben Sie diesen Code ein:',
  codeLabel: 'Code:',
  scanStep: 'Oder scannen Sie den QR-Code mit der Kamera Ihres Smartphones.',
  qrAlt: 'QR-Code, der {url} öffnet',
  expiresInMinutes: {
    one: 'Der Code läuft in {count} Minute ab.',
    other: 'Der Code läuft in {count} Minuten ab.',
  },
  expiresInSeconds: {
    one: 'Der Code läuft in {count} Sekunde ab.',
    other: 'Der Code läuft in {count} Sekunden ab.',
  },

  requesting: 'Code wird abgerufen…',
  waiting: 'Warten auf Ihre Anmeldung…',
  slowDown: 'Es wird weiter auf Ihre Anmeldung gewartet. Wie vom Anmeldedienst gewünscht, wird seltener nachgefragt.',
  retrying: 'Der Anmeldedienst ist gerade nicht erreichbar. Dieses Gerät versucht es automatisch weiter, und der Code ist weiterhin gültig.',

  approvedTitle: 'Angemeldet',
  approvedBody: 'Dieses Gerät ist angemeldet. Sie können die Anmeldeseite auf Ihrem Smartphone oder Computer schließen.',
  deniedTitle: 'Anmeldung abgelehnt',
  deniedBody: 'Die Anfrage wurde auf Ihrem Smartphone oder Computer abgelehnt, daher wurde dieses Gerät nicht angemeldet. Fordern Sie einen neuen Code an, um neu zu beginnen.',
  expiredTitle: 'Der Code ist abgelaufen',
  expiredBody: 'Er wurde nicht rechtzeitig eingegeben. Fordern Sie einen neuen Code an, um neu zu beginnen.',
  errorTitle: 'Anmeldung fehlgeschlagen',
  network: 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie die Internetverbindung dieses Geräts und versuchen Sie es dann erneut.',
  rateLimited: 'Der Anmeldedienst ist ausgelastet und hat dieses Gerät gebeten zu warten. Versuchen Sie es in einigen Minuten erneut.',
  clientRefused: 'Der Anmeldedienst hat diese App abgelehnt, daher ist hier keine Anmeldung möglich. Wenn ein erneuter Versuch nicht hilft, wenden Sie sich an den Support der App.',
  serverError: 'Beim Anmeldedienst ist ein Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.',
  badResponse: 'Der Anmeldedienst hat eine Antwort gesendet, die dieses Gerät nicht versteht. Versuchen Sie es erneut; wenn das weiter passiert, wenden Sie sich an den Support der App.',

  newCode: 'Neuen Code anfordern',
  tryAgain: 'Erneut versuchen',
};

import type { DeviceMessages } from '../device-en';

/** Spanish, Latin America (es-419): the device display. Glossary: ../glossary/es-419.json. */
export const es419: DeviceMessages = {
  locale: 'es-419',

  title: 'Iniciar sesión en este dispositivo',
  openStep: 'En tu teléfono o computadora, abre {url}',
  enterStep: 'e ingresa este código:',
  codeLabel: 'Código:',
  scanStep: 'O escanea el código QR con la cámara de tu teléfono.',
  qrAlt: 'Código QR que abre {url}',
  expiresInMinutes: {
    one: 'El código vence en {count} minuto.',
    many: 'El código vence en {count} de minutos.',
    other: 'El código vence en {count} minutos.',
  },
  expiresInSeconds: {
    one: 'El código vence en {count} segundo.',
    many: 'El código vence en {count} de segundos.',
    other: 'El código vence en {count} segundos.',
  },

  requesting: 'Obteniendo un código…',
  waiting: 'Esperando a que inicies sesión…',
  slowDown: 'Seguimos esperando a que inicies sesión. Se verificará con menos frecuencia, como lo pidió el servicio de inicio de sesión.',
  retrying: 'En este momento no se puede conectar con el servicio de inicio de sesión. Este dispositivo lo sigue intentando automáticamente y el código todavía es válido.',

  approvedTitle: 'Sesión iniciada',
  approvedBody: 'Se inició sesión en este dispositivo. Ya puedes cerrar la página de inicio de sesión en tu teléfono o computadora.',
  deniedTitle: 'Inicio de sesión denegado',
  deniedBody: 'Se denegó la solicitud en tu teléfono o computadora, así que no se inició sesión en este dispositivo. Obtén un código nuevo para volver a empezar.',
  expiredTitle: 'El código venció',
  expiredBody: 'No se ingresó a tiempo. Obtén un código nuevo para volver a empezar.',
  errorTitle: 'No se pudo iniciar sesión',
  network: 'No se pudo conectar con el servicio de inicio de sesión. Revisa la conexión a internet de este dispositivo y vuelve a intentarlo.',
  rateLimited: 'El servicio de inicio de sesión está ocupado y pidió a este dispositivo que espere. Vuelve a intentarlo en unos minutos.',
  clientRefused: 'El servicio de inicio de sesión rechazó esta aplicación, así que no puede iniciar sesión aquí. Si volver a intentarlo no funciona, comunícate con el soporte de la aplicación.',
  serverError: 'El servicio de inicio de sesión tuvo un problema. Vuelve a intentarlo en unos minutos.',
  badResponse: 'El servicio de inicio de sesión envió una respuesta que este dispositivo no entiende. Vuelve a intentarlo; si sigue ocurriendo, comunícate con el soporte de la aplicación.',

  newCode: 'Obtener un código nuevo',
  tryAgain: 'Reintentar',
};

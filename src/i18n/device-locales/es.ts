import type { DeviceMessages } from '../device-en';

/** Spanish, Spain (es): the device display. Glossary: ../glossary/es.json. */
export const es: DeviceMessages = {
  locale: 'es',

  title: 'Iniciar sesión en este dispositivo',
  openStep: 'En tu móvil u ordenador, abre {url}',
  enterStep: 'e introduce este código:',
  codeLabel: 'Código:',
  scanStep: 'O escanea el código QR con la cámara del móvil.',
  qrAlt: 'Código QR que abre {url}',
  expiresInMinutes: {
    one: 'El código caduca en {count} minuto.',
    many: 'El código caduca en {count} de minutos.',
    other: 'El código caduca en {count} minutos.',
  },
  expiresInSeconds: {
    one: 'El código caduca en {count} segundo.',
    many: 'El código caduca en {count} de segundos.',
    other: 'El código caduca en {count} segundos.',
  },

  requesting: 'Obteniendo un código…',
  waiting: 'Esperando a que inicies sesión…',
  slowDown: 'Seguimos esperando a que inicies sesión. Se comprobará con menos frecuencia, como ha pedido el servicio de inicio de sesión.',
  retrying: 'Ahora mismo no se puede conectar con el servicio de inicio de sesión. Este dispositivo lo sigue intentando automáticamente y el código aún es válido.',

  approvedTitle: 'Sesión iniciada',
  approvedBody: 'Se ha iniciado sesión en este dispositivo. Ya puedes cerrar la página de inicio de sesión en tu móvil u ordenador.',
  deniedTitle: 'Inicio de sesión denegado',
  deniedBody: 'Se ha denegado la solicitud en tu móvil u ordenador, así que no se ha iniciado sesión en este dispositivo. Obtén un código nuevo para volver a empezar.',
  expiredTitle: 'El código ha caducado',
  expiredBody: 'No se introdujo a tiempo. Obtén un código nuevo para volver a empezar.',
  errorTitle: 'No se ha podido iniciar sesión',
  network: 'No se ha podido conectar con el servicio de inicio de sesión. Comprueba la conexión a internet de este dispositivo y vuelve a intentarlo.',
  rateLimited: 'El servicio de inicio de sesión está ocupado y ha pedido a este dispositivo que espere. Vuelve a intentarlo en unos minutos.',
  clientRefused: 'El servicio de inicio de sesión ha rechazado esta aplicación, así que no puede iniciar sesión aquí. Si volver a intentarlo no sirve, contacta con el soporte de la aplicación.',
  serverError: 'El servicio de inicio de sesión ha tenido un problema. Vuelve a intentarlo en unos minutos.',
  badResponse: 'El servicio de inicio de sesión ha enviado una respuesta que este dispositivo no entiende. Vuelve a intentarlo; si sigue pasando, contacta con el soporte de la aplicación.',

  newCode: 'Obtener un código nuevo',
  tryAgain: 'Reintentar',
};

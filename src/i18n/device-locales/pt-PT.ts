import type { DeviceMessages } from '../device-en';

/** Portuguese, Portugal (pt-PT): the device display. Glossary: ../glossary/pt-PT.json. */
export const ptPT: DeviceMessages = {
  locale: 'pt-PT',

  title: 'Iniciar sessão neste dispositivo',
  openStep: 'No seu telemóvel ou computador, abra {url}',
  enterStep: 'e introduza este código:',
  codeLabel: 'Código:',
  scanStep: 'Ou leia o código QR com a câmara do seu telemóvel.',
  qrAlt: 'Código QR que abre {url}',
  expiresInMinutes: {
    one: 'O código expira dentro de {count} minuto.',
    many: 'O código expira dentro de {count} de minutos.',
    other: 'O código expira dentro de {count} minutos.',
  },
  expiresInSeconds: {
    one: 'O código expira dentro de {count} segundo.',
    many: 'O código expira dentro de {count} de segundos.',
    other: 'O código expira dentro de {count} segundos.',
  },

  requesting: 'A obter um código…',
  waiting: 'A aguardar que inicie sessão…',
  slowDown: 'Ainda a aguardar que inicie sessão. A verificação passa a ser menos frequente, a pedido do serviço de início de sessão.',
  retrying: 'De momento, não é possível contactar o serviço de início de sessão. Este dispositivo continua a tentar automaticamente e o código ainda é válido.',

  approvedTitle: 'Sessão iniciada',
  approvedBody: 'Este dispositivo tem a sessão iniciada. Já pode fechar a página de início de sessão no seu telemóvel ou computador.',
  deniedTitle: 'Início de sessão recusado',
  deniedBody: 'O pedido foi recusado no seu telemóvel ou computador, pelo que este dispositivo não iniciou sessão. Obtenha um novo código para recomeçar.',
  expiredTitle: 'O código expirou',
  expiredBody: 'Não foi introduzido a tempo. Obtenha um novo código para recomeçar.',
  errorTitle: 'Não foi possível iniciar sessão',
  network: 'Não foi possível contactar o serviço de início de sessão. Verifique a ligação à Internet deste dispositivo e tente novamente.',
  rateLimited: 'O serviço de início de sessão está ocupado e pediu a este dispositivo que aguarde. Tente novamente dentro de alguns minutos.',
  clientRefused: 'O serviço de início de sessão recusou esta aplicação, pelo que não é possível iniciar sessão aqui. Se tentar novamente não resolver, contacte o suporte da aplicação.',
  serverError: 'O serviço de início de sessão teve um problema. Tente novamente dentro de alguns minutos.',
  badResponse: 'O serviço de início de sessão enviou uma resposta que este dispositivo não entende. Tente novamente; se continuar a acontecer, contacte o suporte da aplicação.',

  newCode: 'Obter um novo código',
  tryAgain: 'Tentar novamente',
};

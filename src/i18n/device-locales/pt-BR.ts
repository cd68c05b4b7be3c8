import type { DeviceMessages } from '../device-en';

/** Portuguese, Brazil (pt-BR): the device display. Glossary: ../glossary/pt-BR.json. */
export const ptBR: DeviceMessages = {
  locale: 'pt-BR',

  title: 'Fazer login neste dispositivo',
  openStep: 'No seu celular ou computador, abra {url}',
  enterStep: 'e digite este código:',
  codeLabel: 'Código:',
  scanStep: 'Ou leia o QR code com a câmera do seu celular.',
  qrAlt: 'QR code que abre {url}',
  expiresInMinutes: {
    one: 'O código expira em {count} minuto.',
    many: 'O código expira em {count} de minutos.',
    other: 'O código expira em {count} minutos.',
  },
  expiresInSeconds: {
    one: 'O código expira em {count} segundo.',
    many: 'O código expira em {count} de segundos.',
    other: 'O código expira em {count} segundos.',
  },

  requesting: 'Gerando um código…',
  waiting: 'Aguardando você fazer login…',
  slowDown: 'Ainda aguardando você fazer login. Verificando com menos frequência, como o serviço de login pediu.',
  retrying: 'No momento, não é possível acessar o serviço de login. Este dispositivo continua tentando automaticamente, e o código ainda é válido.',

  approvedTitle: 'Login feito',
  approvedBody: 'O login foi feito neste dispositivo. Você já pode fechar a página de login no seu celular ou computador.',
  deniedTitle: 'Login recusado',
  deniedBody: 'A solicitação foi recusada no seu celular ou computador, então o login não foi feito neste dispositivo. Gere um novo código para começar de novo.',
  expiredTitle: 'O código expirou',
  expiredBody: 'Ele não foi digitado a tempo. Gere um novo código para começar de novo.',
  errorTitle: 'Não foi possível fazer login',
  network: 'Não foi possível acessar o serviço de login. Verifique a conexão com a internet deste dispositivo e tente de novo.',
  rateLimited: 'O serviço de login está ocupado e pediu que este dispositivo aguarde. Tente de novo em alguns minutos.',
  clientRefused: 'O serviço de login recusou este app, então não é possível fazer login aqui. Se tentar de novo não resolver, fale com o suporte do app.',
  serverError: 'O serviço de login teve um problema. Tente de novo em alguns minutos.',
  badResponse: 'O serviço de login enviou uma resposta que este dispositivo não entende. Tente de novo; se continuar acontecendo, fale com o suporte do app.',

  newCode: 'Gerar um novo código',
  tryAgain: 'Tentar de novo',
};

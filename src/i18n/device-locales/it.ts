import type { DeviceMessages } from '../device-en';

/** Italian (it): the device display. Glossary: ../glossary/it.json. */
export const it: DeviceMessages = {
  locale: 'it',

  title: 'Accedi su questo dispositivo',
  openStep: 'Sul telefono o sul computer, apri {url}',
  enterStep: 'e inserisci questo codice:',
  codeLabel: 'Codice:',
  scanStep: 'Oppure inquadra il codice QR con la fotocamera del telefono.',
  qrAlt: 'Codice QR che apre {url}',
  expiresInMinutes: {
    one: 'Il codice scade tra {count} minuto.',
    many: 'Il codice scade tra {count} di minuti.',
    other: 'Il codice scade tra {count} minuti.',
  },
  expiresInSeconds: {
    one: 'Il codice scade tra {count} secondo.',
    many: 'Il codice scade tra {count} di secondi.',
    other: 'Il codice scade tra {count} secondi.',
  },

  requesting: 'Richiesta di un codice…',
  waiting: 'In attesa che tu acceda…',
  slowDown: 'Ancora in attesa che tu acceda. I controlli saranno meno frequenti, come richiesto dal servizio di accesso.',
  retrying: 'Al momento non è possibile raggiungere il servizio di accesso. Questo dispositivo continua a riprovare automaticamente e il codice è ancora valido.',

  approvedTitle: 'Accesso effettuato',
  approvedBody: 'Questo dispositivo ha effettuato l’accesso. Puoi chiudere la pagina di accesso sul telefono o sul computer.',
  deniedTitle: 'Accesso rifiutato',
  deniedBody: 'La richiesta è stata rifiutata sul telefono o sul computer, quindi questo dispositivo non ha effettuato l’accesso. Richiedi un nuovo codice per ricominciare.',
  expiredTitle: 'Il codice è scaduto',
  expiredBody: 'Non è stato inserito in tempo. Richiedi un nuovo codice per ricominciare.',
  errorTitle: 'Impossibile accedere',
  network: 'Impossibile raggiungere il servizio di accesso. Controlla la connessione a Internet di questo dispositivo, poi riprova.',
  rateLimited: 'Il servizio di accesso è occupato e ha chiesto a questo dispositivo di attendere. Riprova tra qualche minuto.',
  clientRefused: 'Il servizio di accesso ha rifiutato questa app, quindi non è possibile accedere da qui. Se riprovare non basta, contatta l’assistenza dell’app.',
  serverError: 'Il servizio di accesso ha avuto un problema. Riprova tra qualche minuto.',
  badResponse: 'Il servizio di accesso ha inviato una risposta che questo dispositivo non capisce. Riprova; se continua a succedere, contatta l’assistenza dell’app.',

  newCode: 'Richiedi un nuovo codice',
  tryAgain: 'Riprova',
};

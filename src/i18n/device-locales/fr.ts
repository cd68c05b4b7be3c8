import type { DeviceMessages } from '../device-en';

/** French (fr): the device display. Glossary: ../glossary/fr.json. */
export const fr: DeviceMessages = {
  locale: 'fr',

  title: 'Connecter cet appareil',
  openStep: 'Sur votre téléphone ou ordinateur, ouvrez {url}',
  enterStep: 'et saisissez ce code :',
  codeLabel: 'Code :',
  scanStep: 'Ou scannez le code QR avec l’appareil photo de votre téléphone.',
  qrAlt: 'Code QR qui ouvre {url}',
  expiresInMinutes: {
    one: 'Le code expire dans {count} minute.',
    many: 'Le code expire dans {count} de minutes.',
    other: 'Le code expire dans {count} minutes.',
  },
  expiresInSeconds: {
    one: 'Le code expire dans {count} seconde.',
    many: 'Le code expire dans {count} de secondes.',
    other: 'Le code expire dans {count} secondes.',
  },

  requesting: 'Obtention d’un code…',
  waiting: 'En attente de votre connexion…',
  slowDown: 'Toujours en attente de votre connexion. Vérification moins fréquente, à la demande du service de connexion.',
  retrying: 'Impossible de joindre le service de connexion pour le moment. Cet appareil continue d’essayer automatiquement, et le code reste valide.',

  approvedTitle: 'Connexion réussie',
  approvedBody: 'Cet appareil est connecté. Vous pouvez fermer la page de connexion sur votre téléphone ou ordinateur.',
  deniedTitle: 'Connexion refusée',
  deniedBody: 'La demande a été refusée sur votre téléphone ou ordinateur ; cet appareil n’a donc pas été connecté. Obtenez un nouveau code pour recommencer.',
  expiredTitle: 'Le code a expiré',
  expiredBody: 'Il n’a pas été saisi à temps. Obtenez un nouveau code pour recommencer.',
  errorTitle: 'Connexion impossible',
  network: 'Impossible de joindre le service de connexion. Vérifiez la connexion Internet de cet appareil, puis réessayez.',
  rateLimited: 'Le service de connexion est surchargé et a demandé à cet appareil de patienter. Réessayez dans quelques minutes.',
  clientRefused: 'Le service de connexion a refusé cette application ; elle ne peut donc pas se connecter ici. Si réessayer ne suffit pas, contactez l’assistance de l’application.',
  serverError: 'Le service de connexion a rencontré un problème. Réessayez dans quelques minutes.',
  badResponse: 'Le service de connexion a envoyé une réponse que cet appareil ne comprend pas. Réessayez ; si le problème persiste, contactez l’assistance de l’application.',

  newCode: 'Obtenir un nouveau code',
  tryAgain: 'Réessayer',
};

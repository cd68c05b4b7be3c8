/**
 * The English catalogue: every string the kit renders. Callers override any entry through
 * `<ActivationProvider messages={…}>`; locale packs are objects of the same type.
 * Functions receive plain values and return plain text (React renders it as text, never HTML).
 */
export const en = {
  // Entering the code
  enterTitle: 'Connect a device',
  enterIntro: 'Enter the code shown on your device to sign it in.',
  codeLabel: 'Device code',
  codeHint: (example: string) => `It looks like ${example}. Letters and numbers only; dashes and spaces are optional.`,
  submitCode: 'Continue',
  verifying: 'Checking the code…',
  codeEmpty: 'Enter the code shown on your device.',
  codeTooShort: (length: number, expected: number) => `That code has ${length} of ${expected} characters. Check your device for the rest.`,
  codeTooLong: (length: number, expected: number) => `That code has ${length} characters, but codes have ${expected}. Check for extra characters.`,
  codeInvalidCharacter: (character: string, name: string, position: number) =>
    `Character ${position}, “${character}” (${name}), never appears in a code. Check your device: codes don't use 0, 1, I or O.`,

  // Errors from the backend, by ActivationErrorCode
  invalidCode: "We couldn't find that code. Check it against your device and try again.",
  codeUnavailable:
    "That code can't be used. It may be mistyped, expired or already used. Check your device; if it shows a new code, enter that one.",
  expiredCode: 'That code has expired. Start again on your device to get a new code.',
  alreadyUsed: 'That code was already used to sign a device in. Start again on your device if you need a new one.',
  notFound: 'The service this code belongs to no longer exists. Ask whoever runs it for help.',
  forbidden: "Your account isn't allowed to sign in this device. Ask your administrator for access.",
  unauthenticated: 'Your session has ended. Sign in again to continue.',
  rateLimited: (seconds: number) => `Too many attempts. You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  rateLimitedUnknown: 'Too many attempts. Wait a moment, then try again.',
  rateLimitedLead: 'Too many attempts.',
  retryIn: (seconds: number) => `You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  rateLimitOver: 'You can try again now.',
  network: "We couldn't reach the sign-in service. Check your connection, then try again.",
  timeout: 'The sign-in service took too long to answer. Try again in a moment.',
  unexpectedResponse: 'The sign-in service sent an answer we didn\u2019t understand. Try again; if it keeps happening, contact support.',
  providerError: 'The sign-in provider reported a problem, so your device was not signed in.',
  accessDenied: 'Access was denied, so your device was not signed in.',
  invalidCredentials: "That email and password don't match an account. Check them and try again.",
  tryAgain: 'Try again',

  // Confirming a code that arrived in a link (RFC 8628 §5.4)
  confirmTitle: 'Is this the code on your device?',
  confirmIntro: 'Compare it with the code your device is showing right now.',
  confirmYes: 'Yes, it matches',
  confirmNo: 'No, enter a different code',

  // Who is asking
  contextLabel: 'Request details',
  signInTo: (service: string, org: string) => `Sign in to ${service} by ${org}`,
  adminSignIn: 'Sign in to the platform administration CLI',
  clientLabel: 'Application',
  scopesLabel: 'It will be able to',
  antiPhishing:
    'Only continue if you started this on your own device just now. If someone sent you this code or link, stop: they may be trying to get into your account.',
  notMe: "This wasn't me",
  changeCode: 'Enter a different code',

  // Choosing a provider
  chooseTitle: 'Choose how to sign in',
  continueWith: (provider: string) => `Continue with ${provider}`,
  noProviders: 'No sign-in methods are set up for this service yet, so this device can\u2019t be signed in here. Contact the service\u2019s administrator.',
  redirectingTitle: (provider: string) => `Taking you to ${provider}…`,
  redirectingBody: 'Sign in there; you will come back here afterwards.',

  // Explicit consent (backends with approve/deny)
  consentTitle: 'Allow this device?',
  approve: 'Allow',
  deny: 'Deny',
  approving: 'Allowing…',
  denying: 'Denying…',

  // Signing in on this page (backends that need a session before the code is looked up)
  signInTitle: 'Sign in to continue',
  signInIntro: 'Sign in with the account this device should use. Your code is kept.',
  emailLabel: 'Email',
  passwordLabel: 'Password',
  signInSubmit: 'Sign in',
  signingIn: 'Signing in…',
  signInUnavailable: 'This page needs you signed in to the service. Sign in there first (for example in another tab), then enter the code again.',

  // Second factor
  mfaTitle: 'Two-step verification',
  mfaIntro: 'Enter the 6-digit code from your authenticator app.',
  mfaRecoveryIntro: 'Enter one of your recovery codes. Each one works only once.',
  mfaCodeLabel: 'Authentication code',
  mfaRecoveryLabel: 'Recovery code',
  mfaUseRecovery: 'Use a recovery code instead',
  mfaUseAuthenticator: 'Use your authenticator app instead',
  mfaSubmit: 'Verify',
  mfaVerifying: 'Verifying…',
  mfaCodeFormat: 'Enter the 6 digits shown in your authenticator app.',
  mfaRecoveryFormat: 'Enter a recovery code (up to 32 characters).',
  mfaWrongCode: "That code didn't work. Codes change every 30 seconds: enter the one showing now.",
  mfaWrongRecovery: "That recovery code didn't work. It may be mistyped or already used.",
  mfaChallengeExpired: 'This sign-in took too long or was already finished. Start again on your device and sign in once more.',

  // Outcomes
  approvedTitle: 'Return to your device',
  approvedBody: 'You are signed in here. Your device should continue within a few seconds; if it says the code expired, start again there.',
  deniedTitle: 'Request stopped',
  notMeBody: "Nothing was approved. The request on that device will expire on its own; you don't need to do anything else.",
  notMeToldBody: 'The request was denied and the device has been told. Nothing was approved.',
  refusedBody: 'Your device was not signed in.',
  expiredTitle: 'This code has expired',
  expiredBody: 'Codes only work for a few minutes. Start again on your device to get a new one.',
  failedTitle: 'Something went wrong',
  startAgain: 'Enter a new code',
};

/** The shape every locale pack and override follows. */
export type Messages = typeof en;

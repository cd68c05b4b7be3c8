/**
 * The English catalogue: every string the kit renders. Callers override any entry through
 * `<ActivationProvider messages={…}>`; locale packs are objects of the same type.
 * Functions receive plain values and return plain text (React renders it as text, never HTML).
 */
export const en = {
  // Entering the code
  enterTitle: 'Connect a device',
  enterIntro: 'Enter the code shown on your device.',
  codeLabel: 'Device code',
  codeHint: (example: string) => `Like ${example}. Dashes and spaces are optional.`,
  submitCode: 'Continue',
  verifying: 'Checking the code…',
  codeTooShort: (length: number, expected: number) => `That code has ${length} of ${expected} characters.`,
  codeTooLong: (length: number, expected: number) => `That code has ${length} characters, not ${expected}.`,
  codeInvalidCharacter: (character: string, name: string, position: number) =>
    `Character ${position}, “${character}” (${name}), is never in a code.`,

  // Errors from the backend, by ActivationErrorCode
  invalidCode: "We couldn't find that code. Check it against your device.",
  codeUnavailable: "That code may be mistyped, expired or already used. Check it against your device.",
  expiredCode: 'That code has expired. Start again on your device for a new one.',
  alreadyUsed: 'That code was already used. Start again on your device for a new one.',
  notFound: 'The service behind this code no longer exists.',
  forbidden: "Your account can't sign in this device. Ask your administrator, or stop if you didn't start this.",
  lookupRefused: 'The sign-in service refused to look up this code. Ask its administrator.',
  alreadyAnswered: 'This request was already answered. Start again on your device for a new code.',
  unauthenticated: 'Your session ended. Sign in again.',
  // The two failures that come with a wait: this sentence, then `retryIn` counting down, or `retryLater`.
  rateLimited: 'Too many attempts.',
  serviceUnavailable: 'The sign-in service is temporarily unavailable.',
  retryIn: (seconds: number) =>
    seconds < 100 ? `You can try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.` : `You can try again in ${Math.ceil(seconds / 60)} minutes.`,
  retryLater: 'Try again later.',
  rateLimitOver: 'You can try again now.',
  network: "Couldn't reach the sign-in service. It may be down; try again in a minute.",
  offline: "You're offline. Check your connection, then try again.",
  timeout: 'The sign-in service took too long. Try again.',
  unexpectedResponse: 'The sign-in service sent an unexpected answer. Try again later.',
  unconfirmed: "We can't tell if that worked. Check your device; if it hasn't continued in a minute, start again there.",
  badLink: 'This link is damaged. Enter the code shown on your device instead.',
  providerError: 'The sign-in provider reported a problem; your device was not signed in.',
  accessDenied: 'Access was denied; your device was not signed in.',
  invalidCredentials: "That email and password don't match an account.",

  // Confirming a code that arrived in a link (RFC 8628 §5.4)
  confirmTitle: 'Is this the code on your device?',
  confirmYes: 'Yes, it matches',
  confirmNo: 'No, enter a different code',

  // Who is asking
  contextLabel: 'Request details',
  signInTo: (service: string, org: string) => `Sign in to ${service} by ${org}`,
  adminSignIn: 'Sign in to the platform admin CLI',
  clientLabel: 'Application',
  scopesLabel: 'It will be able to',
  antiPhishing: 'Only continue if you just started this on your own device. If someone sent you this code, stop: they may be after your account.',
  notMe: "This wasn't me",
  changeCode: 'Enter a different code',

  // Choosing a provider
  chooseTitle: 'Choose how to sign in',
  continueWith: (provider: string) => `Continue with ${provider}`,
  noProviders: 'This service has no sign-in methods set up. Ask its administrator.',
  redirectingTitle: (provider: string) => `Taking you to ${provider}…`,
  redirectingBody: 'Sign in there, then you\u2019ll come back here.',

  // Explicit consent (backends with approve/deny)
  consentTitle: 'Allow this device?',
  approve: 'Allow',
  deny: 'Deny',
  approving: 'Allowing…',
  denying: 'Denying…',

  // Signing in on this page (backends that need a session before the code is looked up)
  signInTitle: 'Sign in to continue',
  signInIntro: 'Use the account this device should use.',
  emailLabel: 'Email',
  passwordLabel: 'Password',
  signInSubmit: 'Sign in',
  signingIn: 'Signing in…',
  signInUnavailable: 'Sign in to this service in another tab, then continue.',

  // Second factor
  mfaTitle: 'Two-step verification',
  mfaIntro: 'Enter the 6-digit code from your authenticator app.',
  mfaRecoveryIntro: 'Enter a recovery code. Each works once.',
  mfaCodeLabel: 'Authentication code',
  mfaRecoveryLabel: 'Recovery code',
  mfaUseRecovery: 'Use a recovery code instead',
  mfaUseAuthenticator: 'Use your authenticator app instead',
  mfaSubmit: 'Verify',
  mfaVerifying: 'Verifying…',
  mfaRecoveryFormat: 'Enter a recovery code (up to 32 characters).',
  mfaWrongCode: "That code didn't work. Enter the one showing now.",
  mfaWrongRecovery: "That recovery code didn't work. It may be mistyped or used.",
  mfaChallengeExpired: 'This sign-in took too long or already finished. Start over.',

  // Outcomes
  approvedTitle: 'Return to your device',
  approvedBody: 'Your device should continue in a few seconds. If it says the code expired, start again there.',
  // The backend confirmed the approval (explicit-consent backends).
  confirmedTitle: 'Device approved',
  confirmedBody: 'Return to your device; it will finish signing in.',
  deniedTitle: 'Request stopped',
  notMeBody: 'Nothing was approved; the request will expire on its own.',
  notMeToldBody: 'Denied. The device has been told; nothing was approved.',
  refusedBody: 'Your device was not signed in.',
  expiredTitle: 'This code has expired',
  expiredBody: 'Codes last a few minutes. Start again on your device for a new one.',
  failedTitle: 'Something went wrong',
  startAgain: 'Enter a new code',
};

/** The shape every locale pack and override follows. */
export type Messages = typeof en;

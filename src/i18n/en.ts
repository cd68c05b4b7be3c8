import type { Plural } from './format';

/**
 * The English catalogue: every string the kit renders. Callers override any entry through
 * `<ActivationProvider messages={…}>`; locale packs (`activate-kit/locales/<tag>`) are objects of
 * the same type. Messages are data: `{name}` placeholders are filled in as text (never HTML), and
 * a {@link Plural} picks its sentence by `{count}` with `Intl.PluralRules`.
 */
const english = {
  /** The pack's BCP 47 tag: the kit root's `lang`, and the rules for plurals and numbers. */
  locale: 'en',

  // Entering the code
  enterTitle: 'Connect a device',
  enterIntro: 'Enter the code shown on your device.',
  codeLabel: 'Device code',
  codeHint: 'Like {example}. Dashes and spaces are optional.',
  submitCode: 'Continue',
  // The same button after the service could not be reached or answered too slowly.
  tryAgain: 'Try again',
  verifying: 'Checking the code…',
  // `{count}` is the expected length; `{length}` what was typed.
  codeTooShort: { one: 'That code has {length} of {count} character.', other: 'That code has {length} of {count} characters.' } as Plural,
  // `{count}` is what was typed; `{expected}` the right length.
  codeTooLong: { one: 'That code has {count} character, not {expected}.', other: 'That code has {count} characters, not {expected}.' } as Plural,
  codeInvalidCharacter: 'Character {position}, “{character}” ({name}), is never in a code.',
  // `{name}` above: the look-alike digits people type for O and I, and any other letter.
  digitZero: 'zero',
  digitOne: 'one',
  letterNamed: 'letter {character}',

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
  retryIn: { one: 'You can try again in {count} second.', other: 'You can try again in {count} seconds.' } as Plural,
  // Waits of 100 seconds or more, rounded up to whole minutes.
  retryInMinutes: { one: 'You can try again in {count} minute.', other: 'You can try again in {count} minutes.' } as Plural,
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
  signInTo: 'Sign in to {service} by {org}',
  adminSignIn: 'Sign in to the platform admin CLI',
  clientLabel: 'Application',
  scopesLabel: 'It will be able to',
  // The standard OpenID Connect scopes in plain words. Scopes not named here are shown as the
  // backend sent them; hosts describe their own by adding entries.
  scopes: {
    openid: 'Confirm who you are',
    profile: 'See your name and profile details',
    email: 'See your email address',
    address: 'See your postal address',
    phone: 'See your phone number',
    offline_access: 'Stay signed in when you are not using it',
  } as Readonly<Record<string, string>>,
  antiPhishing: 'Only continue if you just started this on your own device. If someone sent you this code, stop: they may be after your account.',
  notMe: "This wasn't me",
  changeCode: 'Enter a different code',

  // Choosing a provider
  chooseTitle: 'Choose how to sign in',
  continueWith: 'Continue with {provider}',
  noProviders: 'This service has no sign-in methods set up. Ask its administrator.',
  redirectingTitle: 'Taking you to {provider}…',
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
  // The provider refused, or the person cancelled there.
  refusedTitle: 'Sign-in cancelled or refused',
  refusedBody: 'Your device was not signed in.',
  expiredTitle: 'This code has expired',
  expiredBody: 'Codes last a few minutes. Start again on your device for a new one.',
  failedTitle: 'Something went wrong',
  startAgain: 'Enter a new code',
};

/** The shape every locale pack and override follows. */
export type Messages = { readonly [key in keyof typeof english]: (typeof english)[key] extends string ? string : (typeof english)[key] };

/** English, the default. */
export const en: Messages = english;

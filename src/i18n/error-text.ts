import type { ActivationError } from '../core/errors';
import type { UserCodeProblem } from '../core/user-code';
import { describeCharacter } from '../core/user-code';
import type { Messages } from './en';

/** The sentence a person sees for a backend failure. Rate limits are worded by `<Countdown>`. */
export function errorText(messages: Messages, error: ActivationError): string {
  switch (error.code) {
    case 'invalid_code':
      return messages.invalidCode;
    case 'code_unavailable':
      return messages.codeUnavailable;
    case 'expired':
      return messages.expiredCode;
    case 'already_used':
      return messages.alreadyUsed;
    case 'not_found':
      return messages.notFound;
    case 'forbidden':
      return messages.forbidden;
    case 'unauthenticated':
      return messages.unauthenticated;
    case 'rate_limited':
      return error.retryAfterSeconds === null ? messages.rateLimitedUnknown : messages.rateLimited(error.retryAfterSeconds);
    case 'network':
      return messages.network;
    case 'timeout':
      return messages.timeout;
    case 'unexpected_response':
      return messages.unexpectedResponse;
    case 'mfa_wrong_code':
      return messages.mfaWrongCode;
    case 'mfa_challenge_expired':
      return messages.mfaChallengeExpired;
    case 'provider_error':
      return messages.providerError;
    case 'access_denied':
      return messages.accessDenied;
    case 'invalid_credentials':
      return messages.invalidCredentials;
  }
}

/** The sentence for a code rejected before any request was sent. */
export function problemText(messages: Messages, problem: UserCodeProblem): string {
  switch (problem.kind) {
    case 'empty':
      return messages.codeEmpty;
    case 'too_short':
      return messages.codeTooShort(problem.length, problem.expected);
    case 'too_long':
      return messages.codeTooLong(problem.length, problem.expected);
    case 'invalid_character':
      return messages.codeInvalidCharacter(problem.character, describeCharacter(problem.character), problem.position);
  }
}

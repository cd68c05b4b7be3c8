import { isWait, type ActivationError, type ActivationErrorCode } from '../core/errors';
import type { UserCodeProblem } from '../core/user-code';
import { describeCharacter } from '../core/user-code';
import type { Messages } from './en';

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/**
 * Each failure's sentence is the message named after its code (`not_found` → `notFound`): a
 * lookup by name instead of a switch keeps the bundle small, and the type below still fails to
 * compile when a new code has no message of its name.
 */
export function namedText(messages: Messages, code: Exclude<ActivationErrorCode, 'expired'>): string {
  return messages[code.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<typeof code>];
}

/** The sentence a person sees for a backend failure. Waits are counted down by `<ErrorNotice>`. */
export function errorText(messages: Messages, error: ActivationError): string {
  if (isWait(error)) {
    const seconds = error.retryAfterSeconds;
    return `${namedText(messages, error.code)} ${seconds === null ? messages.retryLater : messages.retryIn(seconds)}`;
  }
  // `expired` alone is named for what it is about, apart from the MFA challenge's own expiry.
  return error.code === 'expired' ? messages.expiredCode : namedText(messages, error.code);
}

/** The sentence for a code rejected before any request was sent. */
export function problemText(messages: Messages, problem: UserCodeProblem): string {
  if (problem.kind === 'empty') return messages.enterIntro;
  if (problem.kind === 'invalid_character') {
    return messages.codeInvalidCharacter(problem.character, describeCharacter(problem.character), problem.position);
  }
  return (problem.kind === 'too_short' ? messages.codeTooShort : messages.codeTooLong)(problem.length, problem.expected);
}

import { isWait, type ActivationError, type ActivationErrorCode } from '../core/errors';
import type { UserCodeProblem } from '../core/user-code';
import type { Messages } from './en';
import { format } from './format';

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/**
 * Each failure's sentence is the message named after its code (`not_found` → `notFound`): a
 * lookup by name instead of a switch keeps the bundle small, and the type below still fails to
 * compile when a new code has no message of its name.
 */
export const namedText = (messages: Messages, code: Exclude<ActivationErrorCode, 'expired'>): string =>
  messages[code.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<typeof code>];

/** The sentence a person sees for a backend failure. Waits are counted down by `<ErrorNotice>`. */
export const errorText = (messages: Messages, error: ActivationError): string => {
  if (isWait(error)) {
    return `${namedText(messages, error.code)} ${error.retryAfterSeconds === null ? messages.retryLater : waitText(messages, error.retryAfterSeconds)}`;
  }
  // `expired` alone is named for what it is about, apart from the MFA challenge's own expiry.
  return error.code === 'expired' ? messages.expiredCode : namedText(messages, error.code);
};

/** "You can try again in 5 seconds", or in minutes from 100 seconds on (a count people can follow). */
export const waitText = (messages: Messages, seconds: number): string => {
  const minutes = seconds >= 100;
  return format(messages.locale, minutes ? messages.retryInMinutes : messages.retryIn, { count: minutes ? Math.ceil(seconds / 60) : seconds });
};

/** The sentence for a code rejected before any request was sent. */
export const problemText = (messages: Messages, problem: UserCodeProblem): string => {
  if (problem.kind === 'empty') return messages.enterIntro;
  if (problem.kind === 'invalid_character') {
    const { character } = problem;
    // The look-alike digits get their names: "0" and "O" look the same in many fonts.
    const name = character === '0' ? messages.digitZero : character === '1' ? messages.digitOne : /^\p{L}$/u.test(character) ? messages.letterNamed : character;
    return format(messages.locale, messages.codeInvalidCharacter, { ...problem, name: format(messages.locale, name, problem) });
  }
  // The count is what the plural agrees with: the characters expected, or those typed.
  const short = problem.kind === 'too_short';
  return format(messages.locale, short ? messages.codeTooShort : messages.codeTooLong, { ...problem, count: short ? problem.expected : problem.length });
};

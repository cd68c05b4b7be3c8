import { isUnreached, type ActivationError } from '../core/errors';
import { formatUserCode } from '../core/user-code';
import { format as formatMessage } from '../i18n/format';
import { useActivationContext } from './ActivationProvider';
import { Button, unlessBlocked } from './Button';
import { useBlocked } from './ErrorNotice';
import { Field } from './Field';
import { Screen } from './Screen';
import { useCodeField } from './use-code-field';

export interface CodeEntryProps {
  /** Called with the checked code, ready for the adapter. Never called for a malformed code. */
  onSubmit: (userCode: string) => void;
  /** Code to start with (e.g. from a link). Default: empty. */
  defaultCode?: string;
  /** Whether a verify request is in flight: the button says so and the field is read-only. Default: `false`. */
  pending?: boolean;
  /** The last backend failure, shown below the field; the typed code stays. Default: none. */
  error?: ActivationError;
  /** Focus the code input on mount (first screen of a page). Default: `true`. */
  focusInput?: boolean;
  /** Extra class for the screen. */
  className?: string;
}

/** The code form: one real, labelled input, formatted while typing, paste anywhere. */
export function CodeEntry({ onSubmit, defaultCode, pending = false, error, focusInput = true, className }: CodeEntryProps) {
  const { adapter, messages, part } = useActivationContext();
  const format = adapter.userCodeFormat;
  const {
    inputProps: { ref, ...inputProps },
    problem,
    submit,
  } = useCodeField(format, { defaultCode, onValid: onSubmit });
  const blocked = useBlocked(pending, error);

  return (
    <Screen title={messages.enterTitle} focusHeading={false} className={className}>
      <p className={part('intro')}>{messages.enterIntro}</p>
      <form className={part('form')} onSubmit={unlessBlocked(blocked, submit)} noValidate data-pending={pending || undefined}>
        <Field
          {...inputProps}
          inputRef={ref}
          label={messages.codeLabel}
          kind="code-input"
          // The hint's example: a sample code cut to the backend's length and grouped its way.
          hint={formatMessage(messages.locale, messages.codeHint, { example: formatUserCode('WDJBMJHTXPQR'.slice(0, format.length), format) })}
          problem={problem}
          error={error}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          enterKeyHint="go"
          // The person is mid-task on this page: putting the caret in the only field is expected.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={focusInput}
          readOnly={pending}
        />
        <Button kind="primary" type="submit" blocked={blocked} data-pending={pending || undefined}>
          {pending ? messages.verifying : error && isUnreached(error) ? messages.tryAgain : messages.submitCode}
        </Button>
      </form>
    </Screen>
  );
}

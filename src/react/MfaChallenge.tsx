import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MfaChallengeData } from '../core/adapter';
import { toActivationError, type ActivationError } from '../core/errors';
import { readMfaAnswer } from '../core/mfa-code';
import { useActivationContext } from './ActivationProvider';
import { Button, unlessBlocked } from './Button';
import { useBlocked } from './ErrorNotice';
import { Field } from './Field';
import { Screen } from './Screen';

export interface MfaChallengeProps {
  /** The challenge the backend sent back (pre-auth token and device code id). */
  challenge: MfaChallengeData;
  /** Called once the backend accepts the code; the session it returns is already discarded. */
  onVerified: () => void;
  /** Called with every failure, after it is shown (wrong code, expired challenge, …). Default: none. */
  onError?: (error: ActivationError) => void;
  /** Offered as "Enter a new code" once the challenge can no longer succeed. Default: not offered. */
  onRestart?: () => void;
  /** The label of that button. Default: "Enter a new code" (`messages.startAgain`). */
  restartLabel?: string;
  /** Move focus to the heading on mount. Default: `true`. */
  focusHeading?: boolean;
  /** Extra class for the screen. */
  className?: string;
}

// The longest recovery code the form accepts (AuthOS's limit; better-auth's are shorter still).
const RECOVERY_MAX = 32;

/** The second factor: a 6-digit authenticator code, or a recovery code. */
export function MfaChallenge({ challenge, onVerified, onError, onRestart, restartLabel, focusHeading = true, className }: MfaChallengeProps) {
  const { adapter, messages, part } = useActivationContext();
  // An authenticator code, or a recovery code instead.
  const [totp, setTotp] = useState(true);
  // Checked on submit, then again as the person corrects it (react-hook-form's default modes).
  const form = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const verify = useMutation({
    mutationFn: (code: string) => adapter.verifyMfa!(challenge, code),
    onSuccess: () => onVerified(),
    onError: (thrown) => {
      const error = toActivationError(thrown);
      if (error.code === 'mfa_wrong_code') form.setFocus('code', { shouldSelect: true });
      onError?.(error);
    },
  });
  const error = verify.error ? toActivationError(verify.error) : undefined;
  const blocked = useBlocked(verify.isPending, error);
  // No second try: the challenge is over, or (`unconfirmed`) the first answer may already have approved.
  const finished = /^(mfa_challenge_expired|expired|forbidden|unconfirmed)$/.test(error?.code ?? '');
  const problem = form.formState.errors.code?.message;
  const { ref, ...field } = form.register('code', {
    validate: (value) => {
      const answer = readMfaAnswer(value, RECOVERY_MAX);
      return totp ? !!answer?.totp || messages.mfaIntro : !!answer || messages.mfaRecoveryFormat;
    },
  });

  const switchMode = () => {
    setTotp(!totp);
    form.reset({ code: '' });
    verify.reset();
  };
  // handleSubmit only calls back once `validate` has read the answer, so it reads again here.
  const submit = form.handleSubmit(({ code }) => verify.mutate(readMfaAnswer(code, RECOVERY_MAX)!.code));

  return (
    <Screen title={messages.mfaTitle} focusHeading={focusHeading} className={className}>
      <p className={part('intro')}>{totp ? messages.mfaIntro : messages.mfaRecoveryIntro}</p>
      <form
        className={part('form')}
        onSubmit={unlessBlocked(blocked, submit)}
        noValidate
        data-pending={verify.isPending || undefined}
        data-mode={totp ? 'totp' : 'recovery'}
      >
        <Field
          // `key` before the spread: after it, JSX compiles to createElement, which costs bundle bytes.
          key={String(totp)}
          {...field}
          inputRef={ref}
          label={totp ? messages.mfaCodeLabel : messages.mfaRecoveryLabel}
          kind="mfa-input"
          problem={problem}
          error={error}
          errorText={!totp && error?.code === 'mfa_wrong_code' ? messages.mfaWrongRecovery : undefined}
          inputMode={totp ? 'numeric' : 'text'}
          autoComplete={totp ? 'one-time-code' : 'off'}
          autoCapitalize="off"
          maxLength={totp ? 9 : 40}
          readOnly={verify.isPending || finished}
          // A wrong code is the field's fault too, though no local check could have caught it.
          aria-invalid={problem || error?.code === 'mfa_wrong_code' ? true : undefined}
        />
        {finished ? (
          onRestart && (
            <Button kind="primary" onClick={onRestart}>
              {restartLabel ?? messages.startAgain}
            </Button>
          )
        ) : (
          <>
            <Button kind="primary" type="submit" blocked={blocked}>
              {verify.isPending ? messages.mfaVerifying : messages.mfaSubmit}
            </Button>
            <Button kind="link" onClick={switchMode}>
              {totp ? messages.mfaUseRecovery : messages.mfaUseAuthenticator}
            </Button>
          </>
        )}
      </form>
    </Screen>
  );
}

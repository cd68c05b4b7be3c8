import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toActivationError, type ActivationError } from '../core/errors';
import { useActivationContext } from './ActivationProvider';
import { Button, unlessBlocked } from './Button';
import { ErrorNotice, useBlocked } from './ErrorNotice';
import { Field } from './Field';
import { MfaChallenge } from './MfaChallenge';
import { Screen } from './Screen';

export interface PasswordSignInProps {
  /** Called once the backend has a session for the person (after the second factor, if any). */
  onSignedIn: () => void;
  /** Why the person is asked to sign in again (e.g. their session ended). Default: none. */
  error?: ActivationError;
  /** Extra class for the screen. */
  className?: string;
}

/**
 * A small email + password sign-in for backends that sign in on the activation page itself
 * (`adapter.signIn`, e.g. better-auth). Pass it to `<ActivateDevice renderSignIn>`; hosts with
 * their own sign-in render that instead.
 */
export function PasswordSignIn({ onSignedIn, error: reason, className }: PasswordSignInProps) {
  const { adapter, messages, part } = useActivationContext();
  const [needsSecondFactor, setNeedsSecondFactor] = useState(false);
  const form = useForm<{ email: string; password: string }>({ defaultValues: { email: '', password: '' } });
  const signIn = useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => adapter.signIn!.withPassword(email, password),
    onSuccess: (result) => (result.kind === 'mfa' ? setNeedsSecondFactor(true) : onSignedIn()),
  });
  const error = signIn.error ? toActivationError(signIn.error) : reason;
  const blocked = useBlocked(signIn.isPending, error);
  const errorId = useId();
  const { ref: emailRef, ...email } = form.register('email', { required: true });
  const { ref: passwordRef, ...password } = form.register('password', { required: true });

  if (needsSecondFactor) {
    // Cookie backends keep the challenge themselves, so there is nothing to pass along.
    return (
      <MfaChallenge
        challenge={{}}
        onVerified={onSignedIn}
        onRestart={() => setNeedsSecondFactor(false)}
        restartLabel={messages.signInSubmit}
        className={className}
      />
    );
  }
  return (
    <Screen title={messages.signInTitle} className={className}>
      <p className={part('intro')}>{messages.signInIntro}</p>
      <form className={part('form')} onSubmit={unlessBlocked(blocked, form.handleSubmit((values) => signIn.mutate(values)))} data-pending={signIn.isPending || undefined}>
        {/* One notice below both fields: which of the two was wrong is not for the page to say. */}
        <Field
          {...email}
          inputRef={emailRef}
          label={messages.emailLabel}
          kind="email"
          type="email"
          autoComplete="username"
          required
          aria-describedby={error ? errorId : undefined}
        />
        <Field
          {...password}
          inputRef={passwordRef}
          label={messages.passwordLabel}
          kind="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={error ? errorId : undefined}
        />
        {error && <ErrorNotice id={errorId} error={error} />}
        <Button kind="primary" type="submit" blocked={blocked}>
          {signIn.isPending ? messages.signingIn : messages.signInSubmit}
        </Button>
      </form>
    </Screen>
  );
}

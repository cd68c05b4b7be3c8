import type { ReactNode } from 'react';
import type { ActivationError } from '../core/errors';
import { format } from '../i18n/format';
import { cx, useActivationContext } from './ActivationProvider';
import { Button } from './Button';
import { CodeEntry } from './CodeEntry';
import { MfaChallenge } from './MfaChallenge';
import { Outcome } from './Outcome';
import { providerLabel } from './provider-icons';
import { Screen } from './Screen';
import { ChooseStep, ConfirmStep, ConsentStep } from './steps';
import { useActivation, type ActivationCallbacks } from './use-activation';

/** What a sign-in slot gets: call `onSignedIn` once the backend has a session cookie. */
export interface SignInSlotProps {
  readonly onSignedIn: () => void;
  /** The code waiting to be verified, for display. */
  readonly userCode: string;
  /** Why sign-in is asked again (the session ended), when it is. */
  readonly error?: ActivationError;
}

export interface ActivateDeviceProps extends ActivationCallbacks {
  /**
   * The sign-in step for backends that sign in on this page (`adapter.signIn`, e.g. better-auth):
   * `(props) => <PasswordSignIn {...props} />` or the host's own form. Default: a note asking the
   * person to sign in elsewhere (e.g. another tab), then Continue; the code is kept meanwhile.
   */
  renderSignIn?: (props: SignInSlotProps) => ReactNode;
  /** Extra class for the root element (which carries `data-state`). */
  className?: string;
}

/**
 * The whole activation page: code entry (or confirmation of a linked code), who is asking,
 * provider choice or explicit consent, MFA on return, and an honest outcome.
 * Reads `user_code` and return parameters from the address once, then scrubs them.
 */
export function ActivateDevice({ className, renderSignIn, ...callbacks }: ActivateDeviceProps) {
  const { messages, part, root } = useActivationContext();
  const flow = useActivation(callbacks);
  // Focus goes to each new screen's heading, but not on page load: there the code field has it.
  // (SSR: the page's first state is the one read from the address after mount.)
  const { state, entryState } = flow;
  const isFirst = !entryState || state === entryState;
  // That read may bring a code for the form, which takes its default at mount: a new form.
  const entryCode = (entryState as { userCode?: string } | undefined)?.userCode;
  // The current step's screen: a function so that each case returns its own, reading the state and props above.
  const screen = () => {
    switch (state.status) {
      case 'entering':
      case 'verifying':
        return (
          <CodeEntry
            key={entryCode}
            defaultCode={state.userCode}
            pending={state.status === 'verifying'}
            error={state.status === 'entering' ? state.error : undefined}
            onSubmit={flow.submitCode}
            focusInput={isFirst || state.status === 'entering'}
          />
        );
      case 'signingIn':
        return renderSignIn ? (
          renderSignIn({ onSignedIn: flow.completeSignIn, userCode: state.userCode, error: state.error })
        ) : (
          // No sign-in slot: the person signs in elsewhere, then Continue looks the code up (once).
          <Screen title={messages.signInTitle}>
            <p className={part('body')}>{messages.signInUnavailable}</p>
            <Button kind="primary" onClick={flow.completeSignIn}>
              {messages.submitCode}
            </Button>
          </Screen>
        );
      case 'confirming':
        return <ConfirmStep state={state} flow={flow} />;
      case 'choosing':
        return <ChooseStep state={state} flow={flow} />;
      case 'consenting':
        return <ConsentStep state={state} flow={flow} />;
      case 'redirecting': {
        // Leaving for the chosen provider's sign-in page.
        const provider = providerLabel(state.provider);
        return (
          <Screen title={format(messages.locale, messages.redirectingTitle, { provider })}>
            <p className={part('body')}>{messages.redirectingBody}</p>
            <a className={part('link')} href={state.url}>
              {format(messages.locale, messages.continueWith, { provider })}
            </a>
          </Screen>
        );
      }
      case 'mfa':
        return (
          <MfaChallenge
            challenge={state.challenge}
            onVerified={flow.mfaVerified}
            onError={flow.mfaFailed}
            onRestart={flow.reset}
            focusHeading={!isFirst}
          />
        );
      default:
        // approved, denied, expired, failed: a status added later fails to compile here.
        return <Outcome state={state} onRestart={flow.reset} />;
    }
  };
  return (
    <div {...root} className={cx(part('root'), className)} data-state={state.status}>
      {/* Says that the code is being checked: that moves no focus, so nothing else would. */}
      <div role="status" aria-live="polite" aria-atomic="true" className={part('visually-hidden')}>
        {state.status === 'verifying' ? messages.verifying : ''}
      </div>
      {screen()}
    </div>
  );
}

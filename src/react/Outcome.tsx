import type { ActivationState } from '../core/activation';
import { errorText } from '../i18n/error-text';
import { cx, useActivationContext } from './ActivationProvider';
import { Button } from './Button';
import { Screen } from './Screen';

type OutcomeState = Extract<ActivationState, { status: 'approved' | 'denied' | 'expired' | 'failed' }>;

export interface OutcomeProps {
  /** The final state to describe. */
  state: OutcomeState;
  /** Offered as "Enter a new code" where starting over makes sense. Default: not offered. */
  onRestart?: () => void;
  /** Extra class for the screen. */
  className?: string;
}

/**
 * The end of the ceremony, worded to what is actually known: AuthOS can redirect to "success"
 * even when the code expired meanwhile, so success sends the person back to the device
 * rather than promising it is signed in.
 */
export function Outcome({ state, onRestart, className }: OutcomeProps) {
  const { messages, part } = useActivationContext();
  const [title, body] = (() => {
    switch (state.status) {
      case 'approved':
        return [messages.approvedTitle, messages.approvedBody];
      case 'denied':
        if (state.reason === 'refused') return [messages.deniedTitle, messages.refusedBody];
        return [messages.deniedTitle, state.deviceTold ? messages.notMeToldBody : messages.notMeBody];
      case 'expired':
        return [messages.expiredTitle, messages.expiredBody];
      case 'failed':
        return [messages.failedTitle, errorText(messages, state.error)];
    }
  })();
  return (
    <Screen title={title} className={cx(part('outcome'), className)}>
      <p className={part('body')} data-code={state.status === 'failed' ? state.error.code : undefined}>
        {body}
      </p>
      {onRestart && state.status !== 'approved' && (
        <Button kind="secondary" onClick={onRestart}>
          {messages.startAgain}
        </Button>
      )}
    </Screen>
  );
}

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
  // Titles are named after the status (`deniedTitle`), like error sentences after their code.
  // A confirmed approval has its own words; AuthOS's "success" only means the person finished.
  // A refusal at the provider (or a cancel there) is named for what happened, not "stopped".
  const key =
    state.status === 'approved' && state.confirmed ? 'confirmed' : state.status === 'denied' && state.reason === 'refused' ? 'refused' : state.status;
  const body =
    state.status === 'failed'
      ? errorText(messages, state.error)
      : key === 'denied'
        ? state.status === 'denied' && state.deviceTold
          ? messages.notMeToldBody
          : messages.notMeBody
        : messages[`${key as 'approved'}Body`];
  return (
    <Screen title={messages[`${key}Title`]} className={cx(part('outcome'), className)}>
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

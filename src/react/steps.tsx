/** The middle screens of `<ActivateDevice>`: confirm a linked code, choose a provider, consent, leave. */
import type { ActivationState } from '../core/activation';
import { formatUserCode } from '../core/user-code';
import { useActivationContext } from './ActivationProvider';
import { Button } from './Button';
import { DeviceContextPanel } from './DeviceContextPanel';
import { ErrorNotice, useBlocked } from './ErrorNotice';
import { ProviderPicker } from './ProviderPicker';
import { providerLabel } from './provider-icons';
import { Screen } from './Screen';
import type { ActivationController } from './use-activation';

type StateOf<S extends ActivationState['status']> = Extract<ActivationState, { status: S }>;

/** A step's own state, and the page's actions. */
interface StepProps<S extends ActivationState['status']> {
  state: StateOf<S>;
  flow: ActivationController;
}

export function ConfirmStep({ state, flow }: StepProps<'confirming'>) {
  const { adapter, messages, part } = useActivationContext();
  return (
    <Screen title={messages.confirmTitle}>
      <p className={part('code')} dir="ltr" translate="no">
        {formatUserCode(state.context.userCode, adapter.userCodeFormat)}
      </p>
      <DeviceContextPanel context={state.context} showCode={false} />
      <div className={part('actions')}>
        <Button kind="primary" onClick={flow.confirm}>
          {messages.confirmYes}
        </Button>
        <Button kind="secondary" onClick={flow.editCode}>
          {messages.confirmNo}
        </Button>
      </div>
      <Button kind="link" className={part('not-me')} onClick={flow.notMe}>
        {messages.notMe}
      </Button>
    </Screen>
  );
}

export function ChooseStep({ state, flow }: StepProps<'choosing'>) {
  const { messages, part } = useActivationContext();
  return (
    <Screen title={messages.chooseTitle}>
      <DeviceContextPanel context={state.context} />
      <ProviderPicker providers={state.context.providers} onSelect={flow.chooseProvider} />
      <div className={part('actions')}>
        <Button kind="link" className={part('not-me')} onClick={flow.notMe}>
          {messages.notMe}
        </Button>
        <Button kind="link" onClick={flow.editCode}>
          {messages.changeCode}
        </Button>
      </div>
    </Screen>
  );
}

export function ConsentStep({ state, flow }: StepProps<'consenting'>) {
  const { messages, part } = useActivationContext();
  const pending = flow.pendingDecision;
  const blocked = useBlocked(pending !== undefined, state.error);
  return (
    <Screen title={messages.consentTitle}>
      <DeviceContextPanel context={state.context} />
      {state.error && <ErrorNotice error={state.error} />}
      <div className={part('actions')} data-pending={pending}>
        <Button kind="primary" onClick={flow.approve} blocked={blocked}>
          {pending === 'approve' ? messages.approving : messages.approve}
        </Button>
        <Button kind="secondary" onClick={flow.notMe} blocked={blocked}>
          {pending === 'deny' ? messages.denying : messages.deny}
        </Button>
      </div>
    </Screen>
  );
}

export function RedirectStep({ state }: { state: StateOf<'redirecting'> }) {
  const { messages, part } = useActivationContext();
  const provider = providerLabel(state.provider);
  return (
    <Screen title={messages.redirectingTitle(provider)}>
      <p className={part('body')}>{messages.redirectingBody}</p>
      <a className={part('link')} href={state.url}>
        {messages.continueWith(provider)}
      </a>
    </Screen>
  );
}

/** No sign-in slot: the person signs in elsewhere, then Continue looks the code up (once). */
export function SignInElsewhere({ onContinue }: { onContinue: () => void }) {
  const { messages, part } = useActivationContext();
  return (
    <Screen title={messages.signInTitle}>
      <p className={part('body')}>{messages.signInUnavailable}</p>
      <Button kind="primary" onClick={onContinue}>
        {messages.submitCode}
      </Button>
    </Screen>
  );
}

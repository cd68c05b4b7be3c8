/** The middle screens of `<ActivateDevice>`: confirm a linked code, choose a provider, consent. */
import type { DeviceContext } from '../core/adapter';
import type { ActivationState } from '../core/activation';
import { formatUserCode } from '../core/user-code';
import { useActivationContext } from './ActivationProvider';
import { Button } from './Button';
import { DeviceContextPanel } from './DeviceContextPanel';
import { ErrorNotice, useBlocked } from './ErrorNotice';
import { ProviderPicker } from './ProviderPicker';
import { Screen } from './Screen';
import type { ActivationController } from './use-activation';

type StateOf<S extends ActivationState['status']> = Extract<ActivationState, { status: S }>;

/** A step's own state, and the page's actions. */
interface StepProps<S extends ActivationState['status']> {
  state: StateOf<S>;
  flow: ActivationController;
}

/** The code, large, for the person to compare with their device (RFC 8628 §5.4), then who is asking. */
function CodeAndContext({ context }: { context: DeviceContext }) {
  const { adapter, part } = useActivationContext();
  return (
    <>
      <p className={part('code')} dir="ltr" translate="no">
        {formatUserCode(context.userCode, adapter.userCodeFormat)}
      </p>
      <DeviceContextPanel context={context} showCode={false} />
    </>
  );
}

export function ConfirmStep({ state, flow }: StepProps<'confirming'>) {
  const { messages, part } = useActivationContext();
  return (
    <Screen title={messages.confirmTitle}>
      <CodeAndContext context={state.context} />
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
  const blocked = useBlocked(!!pending, state.error);
  return (
    <Screen title={messages.consentTitle}>
      {/* Typed or linked, the code is compared here: consent backends need no separate confirm screen. */}
      <CodeAndContext context={state.context} />
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

/** The middle screens of `<ActivateDevice>`: confirm a linked code, choose a provider, consent, leave. */
import type { ActivationState } from '../core/activation';
import type { ActivationError } from '../core/errors';
import { formatUserCode } from '../core/user-code';
import { useActivationContext } from './ActivationProvider';
import { Button } from './Button';
import { DeviceContextPanel } from './DeviceContextPanel';
import { ErrorNotice, useRetryWait } from './ErrorNotice';
import { ProviderPicker } from './ProviderPicker';
import { providerLabel } from './provider-icons';
import { Screen } from './Screen';

type StateOf<S extends ActivationState['status']> = Extract<ActivationState, { status: S }>;

function NotMe({ onNotMe, disabled }: { onNotMe: () => void; disabled?: boolean }) {
  const { messages, part } = useActivationContext();
  return (
    <Button kind="link" className={part('not-me')} onClick={onNotMe} disabled={disabled}>
      {messages.notMe}
    </Button>
  );
}

export function ConfirmStep(props: { state: StateOf<'confirming'>; onConfirm: () => void; onEdit: () => void; onNotMe: () => void }) {
  const { adapter, messages, part } = useActivationContext();
  return (
    <Screen title={messages.confirmTitle}>
      <p className={part('intro')}>{messages.confirmIntro}</p>
      <p className={part('code')} dir="ltr" translate="no">
        {formatUserCode(props.state.context.userCode, adapter.userCodeFormat)}
      </p>
      <DeviceContextPanel context={props.state.context} showCode={false} />
      <div className={part('actions')}>
        <Button kind="primary" onClick={props.onConfirm}>
          {messages.confirmYes}
        </Button>
        <Button kind="secondary" onClick={props.onEdit}>
          {messages.confirmNo}
        </Button>
      </div>
      <NotMe onNotMe={props.onNotMe} />
    </Screen>
  );
}

export function ChooseStep(props: { state: StateOf<'choosing'>; onChoose: (provider: string) => void; onEdit: () => void; onNotMe: () => void }) {
  const { messages, part } = useActivationContext();
  return (
    <Screen title={messages.chooseTitle}>
      <DeviceContextPanel context={props.state.context} />
      <ProviderPicker providers={props.state.context.providers} onSelect={props.onChoose} />
      <div className={part('actions')}>
        <NotMe onNotMe={props.onNotMe} />
        <Button kind="link" onClick={props.onEdit}>
          {messages.changeCode}
        </Button>
      </div>
    </Screen>
  );
}

export function ConsentStep(props: {
  state: StateOf<'consenting'>;
  pending?: 'approve' | 'deny';
  onApprove: () => void;
  onDeny: () => void;
}) {
  const { messages, part } = useActivationContext();
  const error: ActivationError | undefined = props.state.error;
  const wait = useRetryWait(error);
  const busy = props.pending !== undefined || wait > 0;
  return (
    <Screen title={messages.consentTitle}>
      <DeviceContextPanel context={props.state.context} />
      {error && <ErrorNotice error={error} />}
      <div className={part('actions')} data-pending={props.pending}>
        <Button kind="primary" onClick={props.onApprove} disabled={busy}>
          {props.pending === 'approve' ? messages.approving : messages.approve}
        </Button>
        <Button kind="secondary" onClick={props.onDeny} disabled={busy}>
          {props.pending === 'deny' ? messages.denying : messages.deny}
        </Button>
      </div>
    </Screen>
  );
}

export function RedirectStep({ state }: { state: StateOf<'redirecting'> }) {
  const { messages, part } = useActivationContext();
  return (
    <Screen title={messages.redirectingTitle(providerLabel(state.provider))}>
      <p className={part('body')}>{messages.redirectingBody}</p>
      <a className={part('link')} href={state.url}>
        {messages.continueWith(providerLabel(state.provider))}
      </a>
    </Screen>
  );
}

export function SignInElsewhere() {
  const { messages, part } = useActivationContext();
  return (
    <Screen title={messages.signInTitle}>
      <p className={part('body')}>{messages.signInUnavailable}</p>
    </Screen>
  );
}

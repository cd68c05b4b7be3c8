import { isSafeProviderId } from '../core/adapter';
import { format } from '../i18n/format';
import { cx, useActivationContext } from './ActivationProvider';
import { Button } from './Button';
import { providerIcon, providerLabel } from './provider-icons';

export interface ProviderPickerProps {
  /**
   * Provider ids from the backend. Ids that are not safe slugs are never rendered, and only the
   * first 50 are (the shipped adapters reject longer lists as broken answers).
   */
  providers: readonly string[];
  /** Called with the chosen provider id. */
  onSelect: (provider: string) => void;
  /** The provider being redirected to, shown busy; all buttons are disabled meanwhile. Default: none. */
  pendingProvider?: string;
  /** Extra class for the list. */
  className?: string;
}

/** One accessible button per login provider, with its brand mark; a helpful message when there are none. */
export function ProviderPicker({ providers, onSelect, pendingProvider, className }: ProviderPickerProps) {
  const { messages, part } = useActivationContext();
  // A hostile list of thousands must not stall the page.
  const safe = [...new Set(providers.filter(isSafeProviderId))].slice(0, 50);
  if (!safe.length) {
    return (
      <p className={cx(part('empty'), className)} role="note">
        {messages.noProviders}
      </p>
    );
  }
  return (
    <ul className={cx(part('providers'), className)} data-count={safe.length}>
      {safe.map((id) => (
        <li key={id}>
          <Button
            kind="provider"
            data-provider={id}
            data-pending={pendingProvider === id || undefined}
            disabled={pendingProvider !== undefined}
            onClick={() => onSelect(id)}
          >
            <span className={part('provider-icon')} data-icon={providerIcon(id)} aria-hidden="true" />
            <span>{format(messages.locale, messages.continueWith, { provider: providerLabel(id) })}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}

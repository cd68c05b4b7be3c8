import type { DeviceContext } from '../core/adapter';
import { formatUserCode } from '../core/user-code';
import { format } from '../i18n/format';
import { cx, useActivationContext } from './ActivationProvider';

export interface DeviceContextPanelProps {
  /** What the backend said the code belongs to. */
  context: DeviceContext;
  /** Show the code being authorised (screens that already show it large pass `false`). Default: `true`. */
  showCode?: boolean;
  /** Extra class for the panel. */
  className?: string;
}

/**
 * Who is asking, in the backend's words (display names when known, slugs otherwise), with the
 * anti-phishing warning RFC 8628 §5.4 asks for. Backend strings render as text only.
 */
export function DeviceContextPanel({ context, showCode = true, className }: DeviceContextPanelProps) {
  const { adapter, messages, part } = useActivationContext();
  const service = context.serviceName ?? context.serviceSlug;
  const org = context.orgName ?? context.orgSlug;
  const heading = context.admin ? messages.adminSignIn : service && org ? format(messages.locale, messages.signInTo, { service, org }) : undefined;
  return (
    <div className={cx(part('context'), className)} role="group" aria-label={messages.contextLabel}>
      {heading && <p className={part('context-title')}>{heading}</p>}
      {showCode && (
        <p className={part('context-code')}>
          {messages.codeLabel}:{' '}
          <span dir="ltr" translate="no" className={part('code-inline')}>
            {formatUserCode(context.userCode, adapter.userCodeFormat)}
          </span>
        </p>
      )}
      {context.clientId && (
        <p className={part('context-client')}>
          {messages.clientLabel}: <span dir="auto">{context.clientId}</span>
        </p>
      )}
      {!!context.scopes?.length && (
        <>
          <p className={part('context-scopes-label')}>{messages.scopesLabel}:</p>
          <ul className={part('context-scopes')}>
            {context.scopes.map((scope) => (
              <li key={scope} dir="auto" data-scope={scope}>
                {messages.scopes[scope] ?? scope}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={part('warning')}>{messages.antiPhishing}</p>
    </div>
  );
}

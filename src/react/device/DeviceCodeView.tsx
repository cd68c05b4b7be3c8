import { useCallback, useId, useMemo, type ReactNode } from 'react';
import { readableCode } from '../../device/readable-code';
import type { DeviceCode, DeviceErrorCode } from '../../device/types';
import { deviceEn, type DeviceMessages } from '../../i18n/device-en';
import { isRightToLeft } from '../../i18n/direction';
import { format } from '../../i18n/format';
import { moveFocusWithArrows } from './d-pad';
import { QrCode } from './QrCode';
import type { DeviceDisplayState } from './use-device-authorization';
import { useSecondsLeft } from './use-seconds-left';

/** `'standard'` for desktops, kiosks and web; `'tv'` for a screen read from across the room with a remote. */
export type DeviceLayout = 'standard' | 'tv';

export interface DeviceCodeViewProps {
  /** What to show: a state from `useDeviceAuthorization` (or one you build, e.g. in a story). */
  state: DeviceDisplayState;
  /**
   * Called by "Get a new code" (after `denied` and `expired`) and "Try again" (after `error`).
   * Default: none, and then those buttons are not shown.
   */
  onRestart?: () => void;
  /**
   * `'tv'`: large type, big focus rings, the outcome's button takes focus as it appears (so a
   * remote's OK presses it) and the arrow keys move between controls. Default: `'standard'`.
   */
  layout?: DeviceLayout;
  /** A whole device locale pack, or overrides for any message, over English. Default: English. */
  messages?: Partial<DeviceMessages>;
  /** Text direction of the root. Default: `rtl` for right-to-left languages, otherwise the host page's. */
  dir?: 'ltr' | 'rtl';
  /** Extra class for the root (which carries `data-state` and `data-layout`). */
  className?: string;
}

// The catalogue's sentences, as opposed to its plural forms.
type TextKey = { [key in keyof DeviceMessages]: DeviceMessages[key] extends string ? key : never }[keyof DeviceMessages];

// The sentence under the error title, by DeviceErrorCode.
const ERROR_KEY: Record<DeviceErrorCode, TextKey> = {
  network: 'network',
  rate_limited: 'rateLimited',
  client_refused: 'clientRefused',
  server: 'serverError',
  bad_response: 'badResponse',
};

// Each outcome's heading, sentence and button (`error`'s sentence is by its code, ERROR_KEY).
const OUTCOMES: Readonly<Record<'approved' | 'denied' | 'expired' | 'error', { title: TextKey; body?: TextKey; action?: TextKey }>> = {
  approved: { title: 'approvedTitle', body: 'approvedBody' },
  denied: { title: 'deniedTitle', body: 'deniedBody', action: 'newCode' },
  expired: { title: 'expiredTitle', body: 'expiredBody', action: 'newCode' },
  error: { title: 'errorTitle', action: 'tryAgain' },
};

// The status line while no outcome is shown (a `waiting` with `trouble` says `retrying`).
const STATUS_LINE: Readonly<Record<'requesting' | 'waiting' | 'slow_down', TextKey>> = {
  requesting: 'requesting',
  waiting: 'waiting',
  slow_down: 'slowDown',
};

/** The address as a person types it: without `https://` and a bare trailing slash. */
export const readableUrl = (url: string) => url.replace(/^https:\/\//i, '').replace(/^([^/?#]+)\/$/, '$1');

/** `message` filled in, with `{name}` replaced by a React node (the rest as text). */
function withNode(locale: string, message: string, name: string, node: ReactNode): ReactNode {
  const [before = '', ...after] = format(locale, message).split(`{${name}}`);
  return after.length === 0 ? (
    before
  ) : (
    <>
      {before}
      {node}
      {after.join(`{${name}}`)}
    </>
  );
}

function Countdown({ code, messages }: { code: DeviceCode; messages: DeviceMessages }) {
  const left = useSecondsLeft(code.expiresAt, code.expiresIn) ?? code.expiresIn;
  const text =
    left >= 60
      ? format(messages.locale, messages.expiresInMinutes, { count: Math.ceil(left / 60) })
      : format(messages.locale, messages.expiresInSeconds, { count: left });
  // Not a live region: a sentence announced every second would drown the status line.
  return <p className="ak-countdown ak-device-countdown">{text}</p>;
}

function CodePanel({ code, messages }: { code: DeviceCode; messages: DeviceMessages }) {
  const { locale } = messages;
  const url = (
    <span className="ak-device-url" dir="ltr" translate="no">
      {readableUrl(code.verificationUri)}
    </span>
  );
  const qrTarget = code.verificationUriComplete ?? code.verificationUri;
  return (
    <div className="ak-device-panel">
      <div className="ak-device-steps">
        <p className="ak-device-step">{withNode(locale, messages.openStep, 'url', url)}</p>
        <p className="ak-device-step">{format(locale, messages.enterStep)}</p>
        <p className="ak-device-code">
          <span className="ak-visually-hidden">{messages.codeLabel} </span>
          <span className="ak-device-code-text" dir="ltr" translate="no">
            {readableCode(code.userCode)}
          </span>
        </p>
        <Countdown code={code} messages={messages} />
      </div>
      <figure className="ak-device-qr">
        <QrCode value={qrTarget} label={format(locale, messages.qrAlt, { url: readableUrl(qrTarget) })} />
        <figcaption className="ak-device-scan">{messages.scanStep}</figcaption>
      </figure>
    </div>
  );
}

/**
 * The device's screen for one state, without any session logic: the code, where to enter it, a
 * QR code and a countdown while waiting; the outcome after. `<DeviceCodeDisplay>` feeds it from
 * `useDeviceAuthorization`; use it directly for stories, server rendering or your own session.
 * Rendering reads no `window` or `document` and never shows a token.
 */
export function DeviceCodeView({ state, onRestart, layout = 'standard', messages: overrides, dir, className }: DeviceCodeViewProps) {
  const messages = useMemo(() => ({ ...deviceEn, ...overrides }), [overrides]);
  const titleId = useId();
  const tv = layout === 'tv';
  // On a TV the outcome's button takes focus as it is attached, so the remote's OK presses it.
  const focusOnTv = useCallback((button: HTMLButtonElement | null) => {
    if (tv) button?.focus();
  }, [tv]);

  const { status } = state;
  const ending = OUTCOMES[status as keyof typeof OUTCOMES];
  const bodyKey = status === 'error' ? ERROR_KEY[state.error.code] : ending?.body;
  const outcome = ending && bodyKey && { title: messages[ending.title], body: messages[bodyKey], action: ending.action && messages[ending.action] };
  const statusKey = status === 'waiting' && state.trouble ? 'retrying' : STATUS_LINE[status as keyof typeof STATUS_LINE];
  const waiting = statusKey ? messages[statusKey] : '';

  return (
    // The arrow keys only move focus between the buttons inside (a remote's D-pad): the section
    // itself is never a control, so there is nothing for a pointer or screen reader to miss.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      className={className ? `ak-root ak-device ${className}` : 'ak-root ak-device'}
      data-state={status}
      data-layout={layout}
      lang={messages.locale}
      dir={dir ?? (isRightToLeft(messages.locale) ? 'rtl' : undefined)}
      aria-labelledby={titleId}
      onKeyDown={tv ? moveFocusWithArrows : undefined}
    >
      <h2 id={titleId} className="ak-title">
        {messages.title}
      </h2>
      {(status === 'waiting' || status === 'slow_down') && <CodePanel code={state.code} messages={messages} />}
      {/* One polite live region for every change of state: present from the first render, so the
          first change is announced too; its text changes only when the state does. */}
      <div role="status" aria-atomic="true" className="ak-device-status" data-outcome={outcome ? status : undefined}>
        {outcome ? (
          <>
            <h3 className="ak-device-outcome-title">{outcome.title}</h3>
            <p className="ak-body" data-code={status === 'error' ? state.error.code : undefined}>
              {outcome.body}
            </p>
          </>
        ) : (
          waiting && <p className="ak-body">{waiting}</p>
        )}
      </div>
      {outcome?.action && onRestart && (
        <div className="ak-actions">
          <button type="button" className="ak-button ak-primary" onClick={onRestart} ref={focusOnTv}>
            {outcome.action}
          </button>
        </div>
      )}
    </section>
  );
}

import type { ActivationError } from '../core/errors';
import { errorText } from '../i18n/error-text';
import { cx, useActivationContext } from './ActivationProvider';
import { useCountdown } from './use-countdown';

export interface ErrorNoticeProps {
  /** The failure to explain. */
  error: ActivationError;
  /** Element id, so a field can point at it with `aria-describedby`. */
  id?: string;
  /** A sentence to show instead of the code's own (a rate limit still counts down). Default: the code's. */
  text?: string;
  /** Extra class for the notice. */
  className?: string;
}

/** Seconds left before a rate-limited action may run again; 0 when it may run now. */
export function useRetryWait(error: ActivationError | undefined): number {
  const seconds = error?.code === 'rate_limited' ? error.retryAfterSeconds : null;
  return useCountdown(seconds, error) ?? 0;
}

/** Whether a submit must wait: its request is in flight, or a rate limit is still counting down. */
export function useBlocked(pending: boolean, error: ActivationError | undefined): boolean {
  return useRetryWait(error) > 0 || pending;
}

/** A specific, true sentence for a failure, announced once; rate limits count down to "try again now". */
export function ErrorNotice({ error, id, text, className }: ErrorNoticeProps) {
  const { messages, part } = useActivationContext();
  const wait = useRetryWait(error);
  const countdown = error.code === 'rate_limited' && error.retryAfterSeconds !== null;
  return (
    <p id={id} role="alert" className={cx(part('error'), className)} data-code={error.code}>
      {countdown ? (
        <>
          {messages.rateLimitedLead}{' '}
          {/* role=timer is not live: the number ticks visibly without re-announcing the alert. */}
          <span role="timer" className={part('countdown')}>
            {wait > 0 ? messages.retryIn(wait) : messages.rateLimitOver}
          </span>
        </>
      ) : (
        (text ?? errorText(messages, error))
      )}
    </p>
  );
}

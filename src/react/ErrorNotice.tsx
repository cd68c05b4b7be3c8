import { useEffect, useState } from 'react';
import { isWait, type ActivationError } from '../core/errors';
import { errorText, namedText, waitText } from '../i18n/error-text';
import { cx, useActivationContext } from './ActivationProvider';

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

/**
 * Seconds left before a rate-limited (or unavailable) action may run again, counting down once a
 * second from when `error` arrived; 0 when it may run now, `null` when `error` said no wait.
 */
export const useRetryWait = (error: ActivationError | undefined): number | null => {
  // Seconds to wait for a failure that said how long (rate limit, outage); `null` otherwise.
  const seconds = error && isWait(error) ? error.retryAfterSeconds : null;
  // The error counted down for, and the seconds it has left.
  const [tick, setTick] = useState<[ActivationError | undefined, number]>();
  useEffect(() => {
    if (seconds == null) return;
    const endsAt = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setTick([error, left]);
      if (!left) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, error]);
  // Until the first tick for this error, the whole wait is left. (A tick is only ever for an error
  // with a wait, so none matches when there is no wait.)
  return tick && tick[0] === error ? tick[1] : seconds;
};

/** Whether a submit must wait: its request is in flight, or a rate limit is still counting down. */
export const useBlocked = (pending: boolean, error: ActivationError | undefined): boolean =>
  !!useRetryWait(error) || pending;

/** A specific, true sentence for a failure, announced once; known waits count down to "try again now". */
export function ErrorNotice({ error, id, text, className }: ErrorNoticeProps) {
  const { messages, part } = useActivationContext();
  const wait = useRetryWait(error);
  return (
    <p id={id} role="alert" className={cx(part('error'), className)} data-code={error.code}>
      {wait !== null ? (
        <>
          {namedText(messages, error.code as 'rate_limited')}{' '}
          {/* role=timer is not live: the number ticks visibly without re-announcing the alert. */}
          <span role="timer" className={part('countdown')}>
            {wait ? waitText(messages, wait) : messages.rateLimitOver}
          </span>
        </>
      ) : (
        (text ?? errorText(messages, error))
      )}
    </p>
  );
}

import { useEffect, useState } from 'react';

/**
 * Whole seconds left of `seconds`, counting down once a second from when `key` last changed.
 * `null` in, `null` out (no known wait).
 */
export function useCountdown(seconds: number | null | undefined, key: unknown): number | null {
  const [tick, setTick] = useState<{ key: unknown; left: number } | null>(null);
  useEffect(() => {
    if (seconds == null) return;
    const endsAt = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
      setTick({ key, left });
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, key]);
  if (seconds == null) return null;
  // Until the first tick of this key, the whole wait is left.
  return tick && tick.key === key ? tick.left : seconds;
}

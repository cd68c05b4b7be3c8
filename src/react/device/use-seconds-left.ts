import { useEffect, useState } from 'react';

/**
 * Whole seconds until `expiresAt` (epoch ms), rounded up and never below 0, re-read twice a
 * second. Until the first tick after mount it is `fallback` (the code's whole lifetime), so a
 * server's HTML and the first client render agree: rendering never reads the clock.
 */
export function useSecondsLeft(expiresAt: number | undefined, fallback: number | undefined): number | undefined {
  const [tick, setTick] = useState<{ expiresAt: number; left: number } | null>(null);
  useEffect(() => {
    if (expiresAt === undefined) return;
    const read = () => setTick({ expiresAt, left: Math.max(0, Math.ceil((expiresAt - Date.now()) / 1000)) });
    const timer = setInterval(read, 500);
    // The first reading is a tick too (not in the effect body), so a mounted display is right
    // within half a second rather than showing the whole lifetime of an old code.
    const first = setTimeout(read, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [expiresAt]);
  if (expiresAt === undefined) return undefined;
  return tick?.expiresAt === expiresAt ? tick.left : fallback;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { authorizeDevice, type DeviceClock, type DeviceFetch } from '../../device/authorize';
import type { DeviceDialect, DeviceError, DeviceState, DeviceTokenResponse } from '../../device/types';

/** A device sign-in's state, plus `idle`: not started yet (`autoStart: false`) or cancelled. */
export type DeviceDisplayState = DeviceState | { readonly status: 'idle' };

/** Options of {@link useDeviceAuthorization}. */
export interface DeviceAuthorizationOptions {
  /**
   * How the server speaks the grant: `rfc8628Dialect(…)`, `betterAuthDialect(…)`,
   * `authosDialect(…)` or your own. Keep it stable (create it once, or `useMemo`): a new dialect
   * ends the session in progress and starts another.
   */
  dialect: DeviceDialect;
  /** The fetch to send with. Default: `globalThis.fetch`. Keep it stable, like `dialect`. */
  fetch?: DeviceFetch;
  /** Time, for tests. Default: `Date.now` and `setTimeout`. */
  clock?: DeviceClock;
  /** Ask for a code as soon as the component mounts. Default: `true`; otherwise call `start()`. */
  autoStart?: boolean;
  /**
   * The person approved: the token, handed over once and kept nowhere by the kit (not in state,
   * not in the DOM). Store it as your platform stores secrets. Default: none.
   */
  onApproved?: (token: DeviceTokenResponse) => void;
  /** The person denied the request. Default: none. */
  onDenied?: () => void;
  /** The code expired before anyone entered it. Default: none. */
  onExpired?: () => void;
  /** The session failed; `error.code` says why (`network`, `rate_limited`, …). Default: none. */
  onError?: (error: DeviceError) => void;
}

/** What {@link useDeviceAuthorization} returns. */
export interface DeviceAuthorizationController {
  /** The current state: render it (it never holds the token). */
  readonly state: DeviceDisplayState;
  /** Asks for a code, unless a session is already running. */
  readonly start: () => void;
  /** Ends the session in progress, if any, and asks for a new code ("Get a new code", "Try again"). */
  readonly restart: () => void;
  /** Ends the session in progress (nothing more is sent) and returns to `idle`. */
  readonly cancel: () => void;
}

const IDLE: DeviceDisplayState = { status: 'idle' };
const REQUESTING: DeviceDisplayState = { status: 'requesting' };

/**
 * The device sign-in as React state, for custom markup (`<DeviceCodeDisplay>` is this hook plus
 * `<DeviceCodeView>`). The session starts in an effect, never while rendering, so server rendering
 * sends nothing; it is aborted on unmount and when `dialect` or `fetch` change.
 * @example
 * const { state, restart } = useDeviceAuthorization({ dialect, onApproved: (token) => save(token) });
 * if (state.status === 'waiting') return <BigText>{state.code.userCode}</BigText>;
 */
export function useDeviceAuthorization(options: DeviceAuthorizationOptions): DeviceAuthorizationController {
  const { dialect, fetch, clock, autoStart = true } = options;
  // With autoStart the first render (also the server's) already says "Getting a code…".
  const [state, setState] = useState<DeviceDisplayState>(autoStart ? REQUESTING : IDLE);
  // Which session should run: bumped by start/restart, 0 while none should.
  const [session, setSession] = useState(autoStart ? 1 : 0);
  // The latest callbacks, read when an outcome arrives, so new arrow functions on every render
  // neither restart the session nor call stale closures.
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });

  useEffect(() => {
    if (session === 0) return;
    const controller = new AbortController();
    const { signal } = controller;
    // Started a microtask later: StrictMode's mount–unmount–mount runs the cleanup synchronously
    // before then, so the discarded mount sends nothing at all (not even a request it aborts).
    void Promise.resolve().then(async () => {
      if (signal.aborted) return;
      setState(REQUESTING);
      let outcome;
      try {
        outcome = await authorizeDevice({
          dialect,
          signal,
          ...(fetch && { fetch }),
          ...(clock && { clock }),
          onState: (next) => {
            if (!signal.aborted) setState(next);
          },
        });
      } catch (error) {
        // Our own abort (unmount, restart, cancel) ends the session quietly.
        if (signal.aborted) return;
        // A dialect or fetch that throws is a bug in it; show it as an answer we could not read.
        const failure: DeviceError = { code: 'bad_response', detail: error instanceof Error ? error.message : String(error) };
        setState({ status: 'error', error: failure });
        callbacks.current.onError?.(failure);
        return;
      }
      if (signal.aborted) return;
      const handlers = callbacks.current;
      if (outcome.status === 'approved') handlers.onApproved?.(outcome.token);
      else if (outcome.status === 'denied') handlers.onDenied?.();
      else if (outcome.status === 'expired') handlers.onExpired?.();
      else handlers.onError?.(outcome.error);
    });
    return () => controller.abort(new DOMException('The device sign-in was stopped.', 'AbortError'));
  }, [dialect, fetch, clock, session]);

  const start = useCallback(() => setSession((current) => (current === 0 ? 1 : current)), []);
  const restart = useCallback(() => {
    setState(REQUESTING);
    setSession((current) => current + 1);
  }, []);
  const cancel = useCallback(() => {
    setState(IDLE);
    setSession(0);
  }, []);
  return { state, start, restart, cancel };
}

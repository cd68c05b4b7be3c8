/**
 * The device's whole RFC 8628 session: ask for a code, then poll politely until the person
 * decides, the code expires, or the caller aborts. Stores nothing, logs nothing.
 */
import type { DeviceClock } from './clock';
import { systemClock } from './clock';
import { DEFAULT_INTERVAL_SECONDS, deviceError, safeHttpUrl, stripControls } from './dialects/answers';
import type { DeviceFetch } from './http';
import { DeviceNetworkError, send } from './http';
import type { DeviceCode, DeviceDialect, DeviceError, DeviceHttpAnswer, DeviceState, DeviceTokenResponse, PollAnswer } from './types';

export type { DeviceClock } from './clock';
export type { DeviceFetch } from './http';

/** Options of {@link authorizeDevice}. */
export interface AuthorizeDeviceOptions {
  /** How the server speaks the grant: `rfc8628Dialect`, `betterAuthDialect`, `authosDialect` or your own. */
  readonly dialect: DeviceDialect;
  /** Stops the session: nothing more is sent and the promise rejects with `signal.reason`. Default: none. */
  readonly signal?: AbortSignal;
  /** The fetch to send with. Default `globalThis.fetch` (looked up on every request). */
  readonly fetch?: DeviceFetch;
  /**
   * Every state, in order: `requesting`, `waiting` (with the code to show), `slow_down` (each time
   * the interval grows; it stays the state until the end), then one of `approved`, `denied`,
   * `expired`, `error`. States carry no token. Default: none.
   */
  readonly onState?: (state: DeviceState) => void;
  /** Time, for tests. Default `Date.now` and `setTimeout`. */
  readonly clock?: DeviceClock;
  /**
   * Seconds added to the interval on every `slow_down` and 429, for the rest of the session.
   * Default 5, as RFC 8628 §3.5 requires; lower it only against a test server.
   */
  readonly slowDownStep?: number;
}

/** How a session ended. The token is here and nowhere else: store it as your platform stores secrets. */
export type DeviceAuthorization =
  | { readonly status: 'approved'; readonly token: DeviceTokenResponse }
  | { readonly status: 'denied' }
  | { readonly status: 'expired' }
  | { readonly status: 'error'; readonly error: DeviceError };

// Backoff while the server is unreachable or failing: interval, 2×, 4×… up to a minute (never
// below the interval in force), so a recovering server is not stampeded.
const MAX_BACKOFF_MS = 60_000;

const isError = (value: DeviceHttpAnswer | DeviceError): value is DeviceError => 'code' in value && 'detail' in value;

/**
 * Checks what a dialect made of the code answer, so a custom dialect cannot hand a `javascript:`
 * URI to a QR code or a link either. Returns the code as it will be shown, or why not.
 */
function checkCode(code: DeviceCode, now: number): DeviceCode | DeviceError {
  const verificationUri = safeHttpUrl(code.verificationUri);
  const complete = code.verificationUriComplete === undefined ? undefined : safeHttpUrl(code.verificationUriComplete);
  const userCode = typeof code.userCode === 'string' ? stripControls(code.userCode).trim() : '';
  if (!verificationUri || complete === null || !userCode) return deviceError('bad_response', 'dialect returned an unsafe or empty code');
  if (!Number.isFinite(code.expiresAt) || !Number.isFinite(code.expiresIn)) return deviceError('bad_response', 'dialect returned no expiry');
  const interval = Number.isFinite(code.interval) && code.interval > 0 ? code.interval : DEFAULT_INTERVAL_SECONDS;
  return {
    userCode,
    verificationUri,
    ...(complete ? { verificationUriComplete: complete } : {}),
    expiresIn: code.expiresIn,
    // Never beyond what `expiresIn` allows from now, whatever a dialect computed.
    expiresAt: Math.min(code.expiresAt, now + code.expiresIn * 1000),
    interval,
  };
}

/**
 * Runs one device sign-in (RFC 8628): requests a code, reports it through `onState`, then polls the
 * token endpoint no faster than the interval in force.
 *
 * - The first poll waits one interval too; `slow_down` adds `slowDownStep` (5 s) for good; a 429
 *   adds it as well and waits at least what the server said (`Retry-After`, `X-RateLimit-After`,
 *   `X-Retry-After`, "Wait for Ns").
 * - Unreachable server, timeout or 5xx: keeps trying with exponential backoff while the code lives.
 * - No request is sent after the code's `expiresAt`. If the last poll before it was answered
 *   normally, the session ends `expired`; if it failed, it ends `error` with that failure
 *   (`network`, `server`, `rate_limited`): the device never heard an answer, and the person may
 *   have approved in time, so "expired" would blame them for the connection.
 * - Redirects are refused (`bad_response`), bodies are read up to 64 KB, nothing is logged or stored.
 * - Asking for a code is tried once: a failure there ends in `error` at once, for the display to
 *   offer "Try again", which is calling this again.
 *
 * Resolves with the outcome; rejects with `signal.reason` on abort (sending nothing more), and
 * with whatever a dialect or `onState` throws.
 * @example
 * const outcome = await authorizeDevice({
 *   dialect: betterAuthDialect({ baseURL: 'https://app.example.com/api/auth', clientId: 'tv-app' }),
 *   signal: controller.signal,
 *   onState: (state) => render(state),
 * });
 * if (outcome.status === 'approved') await keychain.save(outcome.token);
 */
export async function authorizeDevice(options: AuthorizeDeviceOptions): Promise<DeviceAuthorization> {
  const { dialect, signal, onState, clock = systemClock } = options;
  const fetch: DeviceFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const stepMs = (options.slowDownStep ?? 5) * 1000;
  const report = (state: DeviceState) => {
    signal?.throwIfAborted();
    onState?.(state);
  };
  /** Sends, turning a lost connection into an error answer; an abort rejects. */
  const exchange = async (request: ReturnType<DeviceDialect['codeRequest']>) => {
    try {
      return await send(fetch, request, signal);
    } catch (error) {
      signal?.throwIfAborted();
      if (error instanceof DeviceNetworkError) return deviceError('network', error.message);
      throw error;
    }
  };

  report({ status: 'requesting' });
  const codeAnswer = await exchange(dialect.codeRequest());
  signal?.throwIfAborted();
  const issued = isError(codeAnswer) ? codeAnswer : dialect.readCode(codeAnswer, clock.now());
  const code = 'detail' in issued ? issued : checkCode(issued.code, clock.now());
  if ('detail' in code || 'detail' in issued) {
    const error = 'detail' in issued ? issued : (code as DeviceError);
    report({ status: 'error', error });
    return { status: 'error', error };
  }
  const { deviceCode } = issued;

  let intervalMs = code.interval * 1000;
  let waitMs = intervalMs;
  let failures = 0;
  // Why the last poll went unanswered (network, 5xx, 429), if it did.
  let trouble: DeviceError | undefined;
  const end = (answer: PollAnswer): DeviceAuthorization => {
    switch (answer.kind) {
      case 'token':
        report({ status: 'approved', code });
        return { status: 'approved', token: answer.token };
      case 'denied':
        report({ status: 'denied', code });
        return { status: 'denied' };
      case 'error':
        report({ status: 'error', error: answer.error, code });
        return { status: 'error', error: answer.error };
      default:
        report({ status: 'expired', code });
        return { status: 'expired' };
    }
  };

  report({ status: 'waiting', code });
  for (;;) {
    const left = code.expiresAt - clock.now();
    if (left > 0) await clock.sleep(Math.min(waitMs, left), signal);
    signal?.throwIfAborted();
    if (clock.now() >= code.expiresAt) return end(trouble ? { kind: 'error', error: trouble } : { kind: 'expired' });

    const answer = await exchange(dialect.tokenRequest(deviceCode));
    signal?.throwIfAborted();
    const poll: PollAnswer = isError(answer) ? { kind: 'error', error: answer } : dialect.readToken(answer);
    if (poll.kind === 'pending' || poll.kind === 'slow_down') {
      if (poll.kind === 'slow_down') intervalMs += stepMs;
      waitMs = intervalMs;
      if (poll.kind === 'slow_down') report({ status: 'slow_down', code, interval: intervalMs / 1000 });
      // Reached again: the screen stops saying it cannot reach the service.
      else if (failures > 0) report({ status: 'waiting', code });
      failures = 0;
      trouble = undefined;
    } else if (poll.kind === 'rate_limited') {
      intervalMs += stepMs;
      waitMs = Math.max(intervalMs, (poll.retryAfter ?? 0) * 1000);
      trouble = deviceError('rate_limited', 'token requests rate limited', 429, poll.retryAfter);
      report({ status: 'slow_down', code, interval: intervalMs / 1000 });
    } else if (poll.kind === 'error' && (poll.error.code === 'network' || poll.error.code === 'server')) {
      failures += 1;
      // Said once per outage (and again if its kind changes), not on every retry.
      if (trouble?.code !== poll.error.code) report({ status: 'waiting', code, trouble: poll.error.code });
      trouble = poll.error;
      const backoff = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failures - 1));
      waitMs = Math.max(intervalMs, backoff, (poll.error.retryAfter ?? 0) * 1000);
    } else {
      return end(poll);
    }
  }
}

/**
 * The device half of RFC 8628: the types a device (TV, kiosk, CLI, desktop app) uses to ask for a
 * code, show it, and wait for the person's answer. Framework-free: no React import here or in
 * anything under `src/device/`. HTTP lives in the dialects and the poller, nowhere else.
 */

/** What the server handed out for the person to type, and how long and how often to ask about it. */
export interface DeviceCode {
  /** The code to show, as the server wrote it (control characters removed). */
  readonly userCode: string;
  /** The page the person opens (RFC 8628 `verification_uri`). Always http(s). */
  readonly verificationUri: string;
  /** The same page with the code filled in, when the server gives one (`verification_uri_complete`). */
  readonly verificationUriComplete?: string;
  /** Lifetime in seconds (`expires_in`). */
  readonly expiresIn: number;
  /** When the code stops working: epoch milliseconds, from the device's clock when it arrived. */
  readonly expiresAt: number;
  /** Seconds to wait between token requests (`interval`, 5 when the server leaves it out). */
  readonly interval: number;
}

/**
 * The token response, handed to the caller once and stored nowhere by the kit. Never render or log
 * it; `<DeviceCodeDisplay>` shows only "approved".
 */
export interface DeviceTokenResponse {
  readonly access_token: string;
  readonly token_type: string;
  readonly expires_in?: number;
  readonly refresh_token?: string;
  readonly id_token?: string;
  readonly scope?: string;
  readonly [field: string]: unknown;
}

/** Why a device sign-in stopped without an answer from the person. Stable codes, for messages. */
export type DeviceErrorCode =
  /**
   * The server could not be reached: when asking for a code, or still at the moment the code
   * expired (polls are retried with backoff until then).
   */
  | 'network'
  /** Asking for a code was rate limited (429), or the last poll before the code expired was. */
  | 'rate_limited'
  /** The server refused the client (`invalid_client`, `unauthorized_client`, 401/403). */
  | 'client_refused'
  /** A 5xx when asking for a code, or still at the moment the code expired. */
  | 'server'
  /** An answer of the wrong shape, a redirect, or a URL that is not http(s). */
  | 'bad_response';

/** Why a session ended in `error`: a stable `code` for screens, an English `detail` for developers. */
export interface DeviceError {
  readonly code: DeviceErrorCode;
  /** English detail for logs and developers; never contains a token. Screens use `code`. */
  readonly detail: string;
  /** HTTP status, when one was received. */
  readonly status?: number;
  /** Seconds the server asked to wait before trying again (429 / 503), when it said. */
  readonly retryAfter?: number;
}

/**
 * Every state a device sign-in goes through. `approved` carries no token: the token goes to
 * `onToken` / the promise, so a state can be rendered, logged or stored safely.
 */
export type DeviceState =
  | { readonly status: 'requesting' }
  /**
   * `trouble` is set while token requests fail (`network`: no answer; `server`: 5xx) and the
   * client keeps trying with back-off; it is gone again with the next ordinary answer.
   */
  | { readonly status: 'waiting'; readonly code: DeviceCode; readonly trouble?: 'network' | 'server' }
  /** The server asked the device to poll less often; `interval` is the new one, in seconds. */
  | { readonly status: 'slow_down'; readonly code: DeviceCode; readonly interval: number }
  | { readonly status: 'approved'; readonly code: DeviceCode }
  | { readonly status: 'denied'; readonly code: DeviceCode }
  | { readonly status: 'expired'; readonly code: DeviceCode }
  /** `code` is absent when asking for a code failed. */
  | { readonly status: 'error'; readonly error: DeviceError; readonly code?: DeviceCode };

export type DeviceStatus = DeviceState['status'];

/** One HTTP request a dialect wants sent. The poller sends it (redirects refused) and reads the answer. */
export interface DeviceHttpRequest {
  readonly url: string;
  /** Already encoded: JSON text or `application/x-www-form-urlencoded`. */
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** An HTTP answer as a dialect sees it: status, headers, and the body parsed as JSON when it is JSON. */
export interface DeviceHttpAnswer {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  /** Parsed JSON, or `undefined` when the body was not JSON. */
  readonly json: unknown;
  /** The body as text (at most a few KB), for plain-text errors such as AuthOS's 429. */
  readonly text: string;
}

/** What one token request meant. */
export type PollAnswer =
  | { readonly kind: 'token'; readonly token: DeviceTokenResponse }
  | { readonly kind: 'pending' }
  | { readonly kind: 'slow_down' }
  /** Rate limited (429); `retryAfter` in seconds when the server said. */
  | { readonly kind: 'rate_limited'; readonly retryAfter?: number }
  | { readonly kind: 'denied' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'error'; readonly error: DeviceError };

/**
 * How one server speaks the device grant: the device's mirror of the page's `ActivationAdapter`.
 * Built-in: `rfc8628Dialect` (any RFC 8628 server; better-auth via `betterAuthDialect`) and
 * `authosDialect`. A custom server is one short object implementing these four functions.
 */
export interface DeviceDialect {
  /** Stable id (`'rfc8628'`, `'better-auth'`, `'authos'`, …). */
  readonly id: string;
  /** The device authorization request (RFC 8628 §3.1). */
  codeRequest(): DeviceHttpRequest;
  /**
   * Reads its answer: the code to show plus the `device_code` to poll with (kept out of
   * {@link DeviceCode}, so nothing that renders state ever holds it), or why there is none.
   * `now` is the device's clock (epoch ms) for `expiresAt`.
   */
  readCode(answer: DeviceHttpAnswer, now: number): { readonly code: DeviceCode; readonly deviceCode: string } | DeviceError;
  /** The token request for `deviceCode` (RFC 8628 §3.4). */
  tokenRequest(deviceCode: string): DeviceHttpRequest;
  /** Reads a token answer (RFC 8628 §3.5). */
  readToken(answer: DeviceHttpAnswer): PollAnswer;
}

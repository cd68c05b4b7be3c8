/** The shapes better-auth 1.7 answers with, validated before anything is used. */
import { literal, nullable, nullish, object, optional, string, union } from '../shape';

// Shown to a person deciding whether to trust a device, and better-auth accepts any client_id
// unless `validateClient` is configured: control characters and bidi overrides could make
// "evil-cli" read as something else, so such a value is a wrong-shaped response, not text to show.
const Shown = (max: number, min = 0) => string(/^[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u, max, min);

/** `GET /device?user_code=…`. `client_id` and `scope` only come back to the session that claimed the code. */
export const DeviceStatus = object({
  status: literal('pending', 'approved', 'denied'),
  client_id: nullish(Shown(255, 1)),
  scope: nullish(Shown(2000)),
});

/** `POST /device/approve|deny`. */
export const Success = object({ success: literal(true) });

/** `GET /get-session`: `null`, or a session whose token is never read. */
export const Session = nullable(object({ user: object({ email: nullish(Shown(320)), name: nullish(Shown(200)) }) }));

/** `POST /sign-in/email`: a second factor is needed, or a session was set (its token is dropped). */
export const SignInResponse = union(object({ twoFactorRedirect: literal(true) }), object({ user: object({}) }));

/** `POST /two-factor/verify-*`: a session was set (its token is dropped). */
export const MfaSession = object({ user: object({}) });

/** Both error bodies better-auth writes: OAuth-style on the device routes, `{ code, message }` elsewhere. */
export const ErrorBody = object({
  error: optional(string()),
  error_description: optional(string()),
  code: optional(string()),
  message: optional(string()),
});

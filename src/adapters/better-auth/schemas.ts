/** The shapes better-auth 1.7 answers with, validated before anything is used. */
import * as v from 'valibot';

// Shown to a person deciding whether to trust a device, and better-auth accepts any client_id
// unless `validateClient` is configured: control characters and bidi overrides could make
// "evil-cli" read as something else, so such a value is a wrong-shaped response, not text to show.
const Shown = v.pipe(v.string(), v.regex(/^[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u));

/** `GET /device?user_code=…`. `client_id` and `scope` only come back to the session that claimed the code. */
export const DeviceStatus = v.object({
  status: v.picklist(['pending', 'approved', 'denied']),
  client_id: v.nullish(v.pipe(Shown, v.minLength(1), v.maxLength(255))),
  scope: v.nullish(v.pipe(Shown, v.maxLength(2000))),
});

/** `POST /device/approve|deny`. */
export const Success = v.object({ success: v.literal(true) });

/** `GET /get-session`: `null`, or a session whose token is never read. */
export const Session = v.nullable(
  v.object({ user: v.object({ email: v.nullish(v.pipe(Shown, v.maxLength(320))), name: v.nullish(v.pipe(Shown, v.maxLength(200))) }) }),
);

/** `POST /sign-in/email`: a second factor is needed, or a session was set (its token is dropped). */
export const SignInResponse = v.union([
  v.object({ twoFactorRedirect: v.literal(true) }),
  v.object({ user: v.object({}) }),
]);

/** `POST /two-factor/verify-*`: a session was set (its token is dropped). */
export const MfaSession = v.object({ user: v.object({}) });

/** Both error bodies better-auth writes: OAuth-style on the device routes, `{ code, message }` elsewhere. */
export const ErrorBody = v.object({
  error: v.optional(v.string()),
  error_description: v.optional(v.string()),
  code: v.optional(v.string()),
  message: v.optional(v.string()),
});

/** The shapes AuthOS answers with (drmhse/sso `api/src`), validated before anything is used. */
import { array, nullish, object, string, unknown } from '../shape';

// AuthOS only creates device codes for slugs of Unicode letters, digits, `-` and `_` (≤ 100).
// Anything else (spaces, markup, bidi overrides) would be shown to a person deciding whether to
// trust the device, so it is a wrong-shaped response rather than something to display.
const Slug = string(/^[\p{Alphabetic}\p{N}_-]{1,100}$/u);

export const VerifyResponse = object({
  org_slug: Slug,
  service_slug: Slug,
  // Checked entry by entry later, so one odd provider id does not hide the others.
  available_providers: array(unknown),
});

/** `{ error, error_code, timestamp }`, AuthOS's JSON error body. */
export const ErrorBody = object({ error: string(), error_code: nullish(string()) });

const Named = nullish(object({ name: nullish(string()) }));

export const ContextResponse = object({ organization: Named, service: Named });

/** The full session `POST /api/auth/mfa/verify` returns; only checked, then dropped. */
export const MfaSession = object({ access_token: string() });

// Control characters and bidi overrides could make a name read as something else.
const UNSAFE_TEXT = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const NAME_MAX = 120;

/** A backend display name made safe to show as text, or `undefined` when nothing is left. */
export function displayName(name: string | null | undefined): string | undefined {
  const flat = (name ?? '').replace(UNSAFE_TEXT, ' ').replace(/\s+/g, ' ').trim();
  const capped = Array.from(flat).slice(0, NAME_MAX).join('').trim();
  return capped || undefined;
}

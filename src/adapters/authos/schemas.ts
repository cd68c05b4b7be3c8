/** The shapes AuthOS answers with (drmhse/sso `api/src`), validated before anything is used. */
import * as v from 'valibot';

// AuthOS only creates device codes for slugs of Unicode letters, digits, `-` and `_` (≤ 100).
// Anything else (spaces, markup, bidi overrides) would be shown to a person deciding whether to
// trust the device, so it is a wrong-shaped response rather than something to display.
const Slug = v.pipe(v.string(), v.regex(/^[\p{Alphabetic}\p{N}_-]{1,100}$/u));

export const VerifyResponse = v.object({
  org_slug: Slug,
  service_slug: Slug,
  // Checked entry by entry later, so one odd provider id does not hide the others.
  available_providers: v.array(v.unknown()),
});

/** `{ error, error_code, timestamp }`, AuthOS's JSON error body. */
export const ErrorBody = v.object({
  error: v.string(),
  error_code: v.nullish(v.string()),
});

const Named = v.nullish(v.object({ name: v.nullish(v.string()) }));

export const ContextResponse = v.object({ organization: Named, service: Named });

/** The full session `POST /api/auth/mfa/verify` returns; only checked, then dropped. */
export const MfaSession = v.object({ access_token: v.string() });

// Control characters and bidi overrides could make a name read as something else.
const UNSAFE_TEXT = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const NAME_MAX = 120;

/** A backend display name made safe to show as text, or `undefined` when nothing is left. */
export function displayName(name: string | null | undefined): string | undefined {
  const flat = (name ?? '').replace(UNSAFE_TEXT, ' ').replace(/\s+/g, ' ').trim();
  const capped = Array.from(flat).slice(0, NAME_MAX).join('').trim();
  return capped || undefined;
}

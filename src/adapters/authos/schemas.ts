/** The shapes AuthOS answers with (drmhse/sso `api/src`), validated before anything is used. */
import { array, nullish, object, string } from '../shape';

// AuthOS only creates device codes for slugs of Unicode letters, digits, `-` and `_` (≤ 100).
// Anything else (spaces, markup, bidi overrides) would be shown to a person deciding whether to
// trust the device, so it is a wrong-shaped response rather than something to display.
const Slug = string(/^[\p{Alphabetic}\p{N}_-]{1,100}$/u);

export const VerifyResponse = object({
  org_slug: Slug,
  service_slug: Slug,
  // Strings, checked one by one later so one odd id does not hide the others. Anything else
  // (objects, nested lists) or an absurd count (AuthOS knows three providers) is a broken answer,
  // never "no sign-in methods", and never ten thousand buttons.
  available_providers: array(string(), 50),
});

/** `{ error, error_code, timestamp }`, AuthOS's JSON error body. */
export const ErrorBody = object({ error: string(), error_code: nullish(string()) });

const Named = nullish(object({ name: nullish(string()) }));

export const ContextResponse = object({ organization: Named, service: Named });

/** The full session `POST /api/auth/mfa/verify` returns; only checked, then dropped. */
export const MfaSession = object({ access_token: string() });

/** A backend display name made safe to show as text, or `undefined` when nothing visible is left (the slug is shown then). */
export const displayName = (name: string | null | undefined): string | undefined => {
  // Control and format characters (bidi overrides, zero-width spaces) could make a name read as
  // something else, or as nothing; so could the letters that draw as blanks. Each run of them, or
  // of white space, becomes one space.
  const flat = (name ?? '').replace(/[\s\p{Cc}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]+/gu, ' ').trim();
  // At most 120 characters (code points, so no surrogate pair is cut).
  const capped = [...flat].slice(0, 120).join('').trim();
  return capped || undefined;
};

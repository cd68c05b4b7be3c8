/**
 * How a page load begins: back from the provider (approved, MFA, error), a link that carries
 * `user_code`, or a plain visit. Also which URL parameters must then leave the address bar:
 * codes and pre-auth tokens must not linger in history, screenshots or Referer headers.
 */
import type { ActivationAdapter } from './adapter';
import { initialActivationState, outcomeOf, type ActivationState } from './activation';
import { checkUserCode, formatUserCode } from './user-code';

/** The parameter RFC 8628 §3.3.1 puts in `verification_uri_complete`. */
export const USER_CODE_PARAM = 'user_code';

export interface Entry {
  /** The state the page starts in. */
  readonly state: ActivationState;
  /** The address to `history.replaceState` to, or `null` when nothing needs scrubbing. */
  readonly scrubbedHref: string | null;
}

/** Reads the page's URL once. Pure: the caller applies `scrubbedHref`. */
export const readEntry = (adapter: ActivationAdapter, href: string): Entry => {
  const url = new URL(href);
  const returned = adapter.readReturn?.(url);
  const linked = url.searchParams.get(USER_CODE_PARAM) ?? '';
  const check = checkUserCode(linked, adapter.userCodeFormat);
  const state: ActivationState = returned
    ? returned.kind === 'error'
      ? outcomeOf(0, returned.error)
      : returned.kind === 'mfa'
        ? { status: 'mfa', attempt: 0, challenge: returned.challenge }
        : { status: 'approved', attempt: 0, confirmed: false }
    : check.ok
      ? { status: 'verifying', attempt: 1, userCode: check.code, source: 'url' }
      : linked.length > 64
        ? // Longer than any grouping of any backend's code: a damaged or hostile link, not a typo.
          // Said so, rather than silently cut into the field.
          { status: 'entering', attempt: 0, error: { code: 'bad_link', detail: `user_code of ${linked.length} characters` } }
        : linked.trim()
          ? // A malformed code still fills the field (its problem shown), so the person can see and fix what arrived.
            { status: 'entering', attempt: 0, userCode: formatUserCode(linked, adapter.userCodeFormat) }
          : // A plain visit.
            initialActivationState;
  return { state, scrubbedHref: scrubUrl(url, [USER_CODE_PARAM, ...(adapter.returnParams ?? [])]) };
};

/** Deletes `names` from `params`; whether any of them was there. */
const drop = (params: URLSearchParams, names: readonly string[]): boolean => {
  const present = names.some((name) => params.has(name));
  // Only then: deleting even an absent name re-serialises the rest.
  if (present) for (const name of names) params.delete(name);
  return present;
};

/** Removes `params` from the query and from a `k=v` fragment; `null` when none were present. */
export const scrubUrl = (url: URL, params: readonly string[]): string | null => {
  const next = new URL(url);
  let changed = drop(next.searchParams, params);
  const hashParams = new URLSearchParams(next.hash.slice(1));
  // Rewrite the fragment only when something left it: re-serialising an untouched one would
  // mangle a hash router's `#/path?x=1` into `#%2Fpath%3Fx=1`.
  if (next.hash.includes('=') && drop(hashParams, params)) {
    // The setter adds the `#`; an empty string removes the fragment.
    next.hash = hashParams.toString();
    changed = true;
  }
  return changed ? next.href.replace(/#$/, '') : null;
};

/**
 * The activation ceremony as one pure reducer. Screens render a state and send events; only
 * this file decides which state comes next. Events that make no sense in the current state
 * return the state unchanged (same object), so a double click or a late response is harmless.
 */
import type { DeviceContext, MfaChallengeData } from './adapter';
import { isTransient, isWait, type ActivationError } from './errors';

/** Where a code came from: typed by the person, or carried in `verification_uri_complete`. */
export type CodeSource = 'typed' | 'url';

/** Why the page ended in `denied`. */
export type DenialReason =
  /** The person said the request was not theirs. */
  | 'not_me'
  /** The identity provider or the backend refused. */
  | 'refused';

export type ActivationState =
  /** Waiting for a code; `error` is the last verify failure, shown beside the kept input. */
  | { readonly status: 'entering'; readonly attempt: number; readonly userCode?: string; readonly error?: ActivationError }
  /** One verify request in flight for `userCode`; `attempt` keys the request. */
  | { readonly status: 'verifying'; readonly attempt: number; readonly userCode: string; readonly source: CodeSource }
  /** Consent backends: the person signs in on this page first, because verifying claims the code for the session. */
  | {
      readonly status: 'signingIn';
      readonly attempt: number;
      readonly userCode: string;
      readonly source: CodeSource;
      /** Why the person is asked again (their session ended), when they were signed in before. */
      readonly error?: ActivationError;
    }
  /**
   * The code came from a link: the person confirms it matches the device (RFC 8628 §5.4) before
   * choosing a provider. Consent backends skip this: their consent screen shows the code to
   * compare with Allow / Deny, so one screen does both.
   */
  | { readonly status: 'confirming'; readonly attempt: number; readonly context: DeviceContext }
  /** Pick a login provider (redirect backends). */
  | { readonly status: 'choosing'; readonly attempt: number; readonly context: DeviceContext }
  /** Approve or deny explicitly (consent backends). */
  | { readonly status: 'consenting'; readonly attempt: number; readonly context: DeviceContext; readonly error?: ActivationError }
  /** The browser is leaving for the provider. */
  | { readonly status: 'redirecting'; readonly attempt: number; readonly context: DeviceContext; readonly provider: string; readonly url: string }
  /** Back from the provider with a second-factor challenge. */
  | { readonly status: 'mfa'; readonly attempt: number; readonly challenge: MfaChallengeData }
  /** `confirmed`: the backend said the device is approved (consent backends); otherwise the page only knows the person finished. */
  | { readonly status: 'approved'; readonly attempt: number; readonly confirmed: boolean }
  /** `deviceTold`: whether the backend was told (only consent backends can). */
  | { readonly status: 'denied'; readonly attempt: number; readonly reason: DenialReason; readonly deviceTold: boolean }
  | { readonly status: 'expired'; readonly attempt: number }
  | { readonly status: 'failed'; readonly attempt: number; readonly error: ActivationError };

export type ActivationStatus = ActivationState['status'];

export type ActivationEvent =
  | { readonly type: 'SUBMIT_CODE'; readonly userCode: string; readonly source?: CodeSource }
  | { readonly type: 'VERIFIED'; readonly context: DeviceContext; readonly next: 'choose' | 'consent' }
  | { readonly type: 'VERIFY_FAILED'; readonly error: ActivationError }
  /** Nobody is signed in, and this backend claims the code for whoever verifies it. */
  | { readonly type: 'SIGN_IN_REQUIRED' }
  | { readonly type: 'SIGNED_IN' }
  /** The person confirmed the prefilled code matches their device. */
  | { readonly type: 'CONFIRM' }
  /** The person wants to type the code again (prefilled code did not match, or "start again"). */
  | { readonly type: 'EDIT_CODE' }
  | { readonly type: 'REDIRECT'; readonly provider: string; readonly url: string }
  | { readonly type: 'NOT_ME'; readonly deviceTold: boolean }
  | { readonly type: 'CONSENT_FAILED'; readonly error: ActivationError }
  /** The provider hop could not even start (the adapter refused to build the login URL). */
  | { readonly type: 'REDIRECT_FAILED'; readonly error: ActivationError }
  /** `confirmed`: the backend answered the approval itself (see the `approved` state). */
  | { readonly type: 'APPROVED'; readonly confirmed?: boolean }
  /** The backend accepted a denial; `edit`: the person then wants to type another code. */
  | { readonly type: 'DENIED'; readonly edit?: boolean }
  | { readonly type: 'MFA_FAILED'; readonly error: ActivationError }
  | { readonly type: 'RESET' };

export const initialActivationState: ActivationState = { status: 'entering', attempt: 0 };

type DecidingState = Extract<ActivationState, { status: 'confirming' | 'choosing' | 'consenting' }>;

/** Context-bearing states the person can still back out of ("This wasn't me", "enter a different code"). */
const isDeciding = (state: ActivationState): state is DecidingState =>
  'context' in state && state.status !== 'redirecting';

/**
 * The looked-up code the person may still refuse, or `null`. Where the adapter can deny, refusing
 * it ("This wasn't me", "enter a different code") denies it, because looking a code up may have
 * claimed it for the person's account (better-auth), and it must not stay silently bound there.
 */
export const refusableContext = (state: ActivationState): DeviceContext | null =>
  isDeciding(state) ? state.context : null;

/** Where a failure sends the person: `expired` and `denied` have screens of their own. Also used by `readEntry`. */
export const outcomeOf = (attempt: number, error: ActivationError): ActivationState => {
  if (error.code === 'expired') return { status: 'expired', attempt };
  if (error.code === 'access_denied') return { status: 'denied', attempt, reason: 'refused', deviceTold: false };
  return { status: 'failed', attempt, error };
};

export const activationReducer = (state: ActivationState, event: ActivationEvent): ActivationState => {
  const { attempt } = state;
  switch (event.type) {
    case 'SUBMIT_CODE':
      if (state.status !== 'entering') return state;
      return { status: 'verifying', attempt: attempt + 1, userCode: event.userCode, source: event.source ?? 'typed' };

    case 'VERIFIED':
      if (state.status !== 'verifying') return state;
      return {
        // A linked code is matched against the device first, except where the consent screen shows it anyway.
        status: event.next === 'consent' ? 'consenting' : state.source === 'url' ? 'confirming' : 'choosing',
        attempt,
        context: event.context,
      };

    case 'VERIFY_FAILED':
      if (state.status !== 'verifying') return state;
      if (event.error.code === 'unauthenticated') {
        return { status: 'signingIn', attempt, userCode: state.userCode, source: state.source, error: event.error };
      }
      return { status: 'entering', attempt, userCode: state.userCode, error: event.error };

    case 'SIGN_IN_REQUIRED':
      if (state.status !== 'verifying') return state;
      return { status: 'signingIn', attempt, userCode: state.userCode, source: state.source };

    case 'SIGNED_IN':
      // A new attempt: the verify that follows is the one that claims the code.
      if (state.status !== 'signingIn') return state;
      return { status: 'verifying', attempt: attempt + 1, userCode: state.userCode, source: state.source };

    case 'CONFIRM':
      if (state.status !== 'confirming') return state;
      return { status: 'choosing', attempt, context: state.context };

    case 'EDIT_CODE':
      if (isDeciding(state)) return { status: 'entering', attempt, userCode: state.context.userCode };
      if (state.status === 'signingIn') return { status: 'entering', attempt, userCode: state.userCode };
      // "Start again" from an outcome screen: an empty field.
      return /^(expired|failed|denied)$/.test(state.status) ? { status: 'entering', attempt } : state;

    case 'REDIRECT':
      // Never from 'confirming': a linked code is matched against the device first (RFC 8628 §5.4).
      if (state.status !== 'choosing') return state;
      return { ...state, status: 'redirecting', provider: event.provider, url: event.url };

    case 'REDIRECT_FAILED':
      if (state.status !== 'choosing') return state;
      return outcomeOf(attempt, event.error);

    case 'NOT_ME':
      if (!isDeciding(state)) return state;
      return { status: 'denied', attempt, reason: 'not_me', deviceTold: event.deviceTold };

    case 'CONSENT_FAILED':
      if (!isDeciding(state)) return state;
      // Worth another press of the same button: shown on the consent screen itself. (Elsewhere
      // this is a failed denial, which has no screen of its own to retry on.)
      if (state.status === 'consenting' && (isWait(event.error) || isTransient(event.error))) return { ...state, error: event.error };
      // The session ended mid-way: sign in again, then verify (and claim) once more.
      if (event.error.code === 'unauthenticated') {
        return { status: 'signingIn', attempt, userCode: state.context.userCode, source: 'typed', error: event.error };
      }
      return outcomeOf(attempt, event.error);

    case 'APPROVED':
      if (state.status !== 'consenting' && state.status !== 'mfa') return state;
      return { status: 'approved', attempt, confirmed: event.confirmed === true };

    case 'DENIED':
      if (!isDeciding(state)) return state;
      if (event.edit) return { status: 'entering', attempt };
      return { status: 'denied', attempt, reason: 'not_me', deviceTold: true };

    case 'MFA_FAILED':
      // Wrong codes, rate limits and network trouble are answered inside the MFA form itself; an
      // unreadable 200 may have approved already, so sending the answer again would be wrong.
      if (state.status === 'mfa' && /^(expired|forbidden|access_denied|unconfirmed)$/.test(event.error.code)) return outcomeOf(attempt, event.error);
      return state;

    case 'RESET':
      return { status: 'entering', attempt };
  }
};

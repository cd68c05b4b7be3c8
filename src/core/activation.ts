/**
 * The activation ceremony as one pure reducer. Screens render a state and send events; only
 * this file decides which state comes next. Events that make no sense in the current state
 * return the state unchanged (same object), so a double click or a late response is harmless.
 */
import type { DeviceContext, MfaChallengeData } from './adapter';
import { isTransient, type ActivationError } from './errors';

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
  /** The code came from a link: the person confirms it matches the device (RFC 8628 §5.4). */
  | { readonly status: 'confirming'; readonly attempt: number; readonly context: DeviceContext; readonly next: 'choose' | 'consent' }
  /** Pick a login provider (redirect backends). */
  | { readonly status: 'choosing'; readonly attempt: number; readonly context: DeviceContext }
  /** Approve or deny explicitly (consent backends). */
  | { readonly status: 'consenting'; readonly attempt: number; readonly context: DeviceContext; readonly error?: ActivationError }
  /** The browser is leaving for the provider. */
  | { readonly status: 'redirecting'; readonly attempt: number; readonly context: DeviceContext; readonly provider: string; readonly url: string }
  /** Back from the provider with a second-factor challenge. */
  | { readonly status: 'mfa'; readonly attempt: number; readonly challenge: MfaChallengeData }
  | { readonly status: 'approved'; readonly attempt: number }
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
  | { readonly type: 'APPROVED' }
  | { readonly type: 'DENIED' }
  | { readonly type: 'MFA_FAILED'; readonly error: ActivationError }
  | { readonly type: 'RESET' };

export const initialActivationState: ActivationState = { status: 'entering', attempt: 0 };

/** Context-bearing states the person can still back out of ("This wasn't me", "enter a different code"). */
function isDeciding(state: ActivationState): state is Extract<ActivationState, { status: 'confirming' | 'choosing' | 'consenting' }> {
  return 'context' in state && state.status !== 'redirecting';
}

function afterConfirmation(attempt: number, context: DeviceContext, next: 'choose' | 'consent'): ActivationState {
  return next === 'consent' ? { status: 'consenting', attempt, context } : { status: 'choosing', attempt, context };
}

/** Where a failure sends the person: `expired` and `denied` have screens of their own. Also used by `readEntry`. */
export function outcomeOf(attempt: number, error: ActivationError): ActivationState {
  if (error.code === 'expired') return { status: 'expired', attempt };
  if (error.code === 'access_denied') return { status: 'denied', attempt, reason: 'refused', deviceTold: false };
  return { status: 'failed', attempt, error };
}

export function activationReducer(state: ActivationState, event: ActivationEvent): ActivationState {
  const { attempt } = state;
  switch (event.type) {
    case 'SUBMIT_CODE':
      if (state.status !== 'entering') return state;
      return { status: 'verifying', attempt: attempt + 1, userCode: event.userCode, source: event.source ?? 'typed' };

    case 'VERIFIED':
      if (state.status !== 'verifying') return state;
      if (state.source === 'url') return { status: 'confirming', attempt, context: event.context, next: event.next };
      return afterConfirmation(attempt, event.context, event.next);

    case 'VERIFY_FAILED':
    case 'SIGN_IN_REQUIRED':
      if (state.status !== 'verifying') return state;
      if (event.type === 'SIGN_IN_REQUIRED') return { status: 'signingIn', attempt, userCode: state.userCode, source: state.source };
      if (event.error.code === 'unauthenticated') {
        return { status: 'signingIn', attempt, userCode: state.userCode, source: state.source, error: event.error };
      }
      return { status: 'entering', attempt, userCode: state.userCode, error: event.error };

    case 'SIGNED_IN':
      // A new attempt: the verify that follows is the one that claims the code.
      if (state.status !== 'signingIn') return state;
      return { status: 'verifying', attempt: attempt + 1, userCode: state.userCode, source: state.source };

    case 'CONFIRM':
      if (state.status !== 'confirming') return state;
      return afterConfirmation(attempt, state.context, state.next);

    case 'EDIT_CODE':
      if (isDeciding(state)) return { status: 'entering', attempt, userCode: state.context.userCode };
      if (state.status === 'signingIn') return { status: 'entering', attempt, userCode: state.userCode };
      if (state.status === 'expired' || state.status === 'failed' || state.status === 'denied') {
        return { status: 'entering', attempt };
      }
      return state;

    case 'REDIRECT':
      // Never from 'confirming': a linked code is matched against the device first (RFC 8628 §5.4).
      if (state.status !== 'choosing') return state;
      return { status: 'redirecting', attempt, context: state.context, provider: event.provider, url: event.url };

    case 'REDIRECT_FAILED':
      if (state.status !== 'choosing') return state;
      return outcomeOf(attempt, event.error);

    case 'NOT_ME':
      if (!isDeciding(state)) return state;
      return { status: 'denied', attempt, reason: 'not_me', deviceTold: event.deviceTold };

    case 'CONSENT_FAILED':
      if (state.status !== 'consenting') return state;
      // Worth another press of the same button: shown on the consent screen itself.
      if (event.error.code === 'rate_limited' || isTransient(event.error)) return { ...state, error: event.error };
      // The session ended mid-way: sign in again, then verify (and claim) once more.
      if (event.error.code === 'unauthenticated') {
        return { status: 'signingIn', attempt, userCode: state.context.userCode, source: 'typed', error: event.error };
      }
      return outcomeOf(attempt, event.error);

    case 'APPROVED':
      if (state.status !== 'consenting' && state.status !== 'mfa') return state;
      return { status: 'approved', attempt };

    case 'DENIED':
      if (state.status !== 'consenting') return state;
      return { status: 'denied', attempt, reason: 'not_me', deviceTold: true };

    case 'MFA_FAILED':
      if (state.status !== 'mfa') return state;
      // Wrong codes, rate limits and network trouble are answered inside the MFA form itself.
      if (event.error.code === 'expired' || event.error.code === 'forbidden' || event.error.code === 'access_denied') {
        return outcomeOf(attempt, event.error);
      }
      return state;

    case 'RESET':
      return { status: 'entering', attempt };
  }
}

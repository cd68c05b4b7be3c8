// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activationReducer,
  initialActivationState,
  refusableContext,
  type ActivationEvent,
  type ActivationState,
  type ActivationStatus,
} from '../../src/core/activation';
import type { DeviceContext, MfaChallengeData } from '../../src/core/adapter';
import type { ActivationError, PlainErrorCode } from '../../src/core/errors';

type EventType = ActivationEvent['type'];
type EventOf<T extends EventType> = Extract<ActivationEvent, { type: T }>;

const context: DeviceContext = {
  userCode: 'WDJB-MJHT',
  orgSlug: 'acme',
  serviceSlug: 'deploy-cli',
  providers: ['github', 'google'],
};
const otherContext: DeviceContext = { userCode: 'ABCD-EFGH', clientId: 'tv-app', scopes: ['openid'], providers: [] };
const challenge: MfaChallengeData = { preauthToken: 'pre-auth-secret', deviceCodeId: 'dc_123', userCode: 'WDJB-MJHT' };

const error = (code: PlainErrorCode, detail?: string): ActivationError =>
  detail === undefined ? { code } : { code, detail };
const rateLimited: ActivationError = { code: 'rate_limited', retryAfterSeconds: 5 };

/** One or more representatives of every state, including the variants that behave differently. */
const STATES: Readonly<Record<string, ActivationState>> = {
  'entering (fresh)': { status: 'entering', attempt: 0 },
  'entering (kept code and error)': { status: 'entering', attempt: 3, userCode: 'WDJB-MJH7', error: error('invalid_code') },
  'verifying (typed)': { status: 'verifying', attempt: 1, userCode: 'WDJB-MJHT', source: 'typed' },
  'verifying (url)': { status: 'verifying', attempt: 1, userCode: 'WDJB-MJHT', source: 'url' },
  signingIn: { status: 'signingIn', attempt: 1, userCode: 'WDJB-MJHT', source: 'url' },
  confirming: { status: 'confirming', attempt: 1, context },
  choosing: { status: 'choosing', attempt: 2, context },
  consenting: { status: 'consenting', attempt: 2, context: otherContext },
  'consenting (with error)': { status: 'consenting', attempt: 2, context: otherContext, error: error('network') },
  redirecting: { status: 'redirecting', attempt: 2, context, provider: 'github', url: 'https://sso.example/auth/github' },
  mfa: { status: 'mfa', attempt: 0, challenge },
  approved: { status: 'approved', attempt: 4, confirmed: false },
  'approved (confirmed)': { status: 'approved', attempt: 4, confirmed: true },
  'denied (not me)': { status: 'denied', attempt: 1, reason: 'not_me', deviceTold: false },
  'denied (refused)': { status: 'denied', attempt: 0, reason: 'refused', deviceTold: true },
  expired: { status: 'expired', attempt: 2 },
  failed: { status: 'failed', attempt: 2, error: error('forbidden') },
};

/** Representatives of every event; the mapped type makes a new event type a compile error here. */
const EVENTS: { readonly [T in EventType]: readonly EventOf<T>[] } = {
  SUBMIT_CODE: [
    { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT' },
    { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT', source: 'url' },
  ],
  VERIFIED: [
    { type: 'VERIFIED', context, next: 'choose' },
    { type: 'VERIFIED', context: otherContext, next: 'consent' },
  ],
  VERIFY_FAILED: [{ type: 'VERIFY_FAILED', error: error('code_unavailable') }, { type: 'VERIFY_FAILED', error: rateLimited }],
  SIGN_IN_REQUIRED: [{ type: 'SIGN_IN_REQUIRED' }],
  SIGNED_IN: [{ type: 'SIGNED_IN' }],
  CONFIRM: [{ type: 'CONFIRM' }],
  EDIT_CODE: [{ type: 'EDIT_CODE' }],
  REDIRECT: [{ type: 'REDIRECT', provider: 'google', url: 'https://sso.example/auth/google?user_code=WDJB-MJHT' }],
  REDIRECT_FAILED: [{ type: 'REDIRECT_FAILED', error: error('unexpected_response', 'origin mismatch') }],
  NOT_ME: [
    { type: 'NOT_ME', deviceTold: false },
    { type: 'NOT_ME', deviceTold: true },
  ],
  CONSENT_FAILED: [{ type: 'CONSENT_FAILED', error: error('forbidden') }, { type: 'CONSENT_FAILED', error: rateLimited }],
  APPROVED: [{ type: 'APPROVED' }],
  DENIED: [{ type: 'DENIED' }, { type: 'DENIED', edit: true }],
  MFA_FAILED: [{ type: 'MFA_FAILED', error: error('expired') }, { type: 'MFA_FAILED', error: error('forbidden') }],
  RESET: [{ type: 'RESET' }],
};

/** The only states in which each event does anything; everywhere else it must be ignored. */
const ACCEPTED_IN: { readonly [T in EventType]: readonly ActivationStatus[] } = {
  SUBMIT_CODE: ['entering'],
  VERIFIED: ['verifying'],
  VERIFY_FAILED: ['verifying'],
  SIGN_IN_REQUIRED: ['verifying'],
  SIGNED_IN: ['signingIn'],
  CONFIRM: ['confirming'],
  EDIT_CODE: ['confirming', 'choosing', 'consenting', 'signingIn', 'expired', 'failed', 'denied'],
  REDIRECT: ['choosing'],
  REDIRECT_FAILED: ['choosing'],
  NOT_ME: ['confirming', 'choosing', 'consenting'],
  CONSENT_FAILED: ['confirming', 'choosing', 'consenting'],
  APPROVED: ['consenting', 'mfa'],
  DENIED: ['confirming', 'choosing', 'consenting'],
  MFA_FAILED: ['mfa'],
  RESET: ['entering', 'verifying', 'signingIn', 'confirming', 'choosing', 'consenting', 'redirecting', 'mfa', 'approved', 'denied', 'expired', 'failed'],
};

const ALL_EVENTS: readonly ActivationEvent[] = Object.values(EVENTS).flat();
const STATE_ENTRIES = Object.entries(STATES);

const reduce = (state: ActivationState, ...events: ActivationEvent[]) => events.reduce(activationReducer, state);

describe('initial state', () => {
  it('is a fresh entering state at attempt 0', () => {
    expect(initialActivationState).toEqual({ status: 'entering', attempt: 0 });
  });
});

describe('typed code', () => {
  it('entering → verifying → choosing for a redirect backend', () => {
    const verifying = activationReducer(initialActivationState, { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT' });
    expect(verifying).toEqual({ status: 'verifying', attempt: 1, userCode: 'WDJB-MJHT', source: 'typed' });
    const choosing = activationReducer(verifying, { type: 'VERIFIED', context, next: 'choose' });
    expect(choosing).toEqual({ status: 'choosing', attempt: 1, context });
  });

  it('entering → verifying → consenting for a consent backend', () => {
    const state = reduce(
      initialActivationState,
      { type: 'SUBMIT_CODE', userCode: 'ABCD-EFGH' },
      { type: 'VERIFIED', context: otherContext, next: 'consent' },
    );
    expect(state).toEqual({ status: 'consenting', attempt: 1, context: otherContext });
  });

  it('a typed code is never asked to be confirmed', () => {
    const state = reduce(initialActivationState, { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT', source: 'typed' }, { type: 'VERIFIED', context, next: 'choose' });
    expect(state.status).toBe('choosing');
  });

  it('submitting from an entering state with an error clears the error and uses the new code', () => {
    const state = activationReducer(STATES['entering (kept code and error)']!, { type: 'SUBMIT_CODE', userCode: 'ABCD-EFGH' });
    expect(state).toEqual({ status: 'verifying', attempt: 4, userCode: 'ABCD-EFGH', source: 'typed' });
  });
});

describe('code from a link (verification_uri_complete)', () => {
  const verifying: ActivationState = { status: 'verifying', attempt: 1, userCode: 'WDJB-MJHT', source: 'url' };

  it('verifying → confirming for a redirect backend', () => {
    expect(activationReducer(verifying, { type: 'VERIFIED', context, next: 'choose' })).toEqual({ status: 'confirming', attempt: 1, context });
  });

  it('verifying → consenting for a consent backend: its consent screen shows the code to compare, so one screen does both', () => {
    expect(activationReducer(verifying, { type: 'VERIFIED', context: otherContext, next: 'consent' })).toEqual({
      status: 'consenting',
      attempt: 1,
      context: otherContext,
    });
  });

  it('confirming → choosing on CONFIRM for a redirect backend', () => {
    expect(reduce(verifying, { type: 'VERIFIED', context, next: 'choose' }, { type: 'CONFIRM' })).toEqual({
      status: 'choosing',
      attempt: 1,
      context,
    });
  });

  it('SUBMIT_CODE with source url goes to verifying with that source', () => {
    expect(activationReducer(initialActivationState, { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT', source: 'url' })).toEqual(verifying);
  });
});

describe('verify failure', () => {
  it.each<[string, ActivationError]>([
    ['invalid code', error('invalid_code')],
    ['unavailable code', error('code_unavailable', 'Invalid or unavailable user code')],
    ['expired code', error('expired')],
    ['rate limited', rateLimited],
    ['network', error('network')],
    ['timeout', error('timeout')],
    ['not found', error('not_found')],
  ])('goes back to entering keeping the code and the error: %s', (_name, failure) => {
    for (const source of ['typed', 'url'] as const) {
      const verifying: ActivationState = { status: 'verifying', attempt: 2, userCode: 'WDJB-MJHT', source };
      expect(activationReducer(verifying, { type: 'VERIFY_FAILED', error: failure })).toEqual({
        status: 'entering',
        attempt: 2,
        userCode: 'WDJB-MJHT',
        error: failure,
      });
    }
  });
});

describe('attempt', () => {
  it('increments on each submit and only then', () => {
    let state = initialActivationState;
    state = activationReducer(state, { type: 'SUBMIT_CODE', userCode: 'AAAA-AAAA' });
    expect(state.attempt).toBe(1);
    state = activationReducer(state, { type: 'VERIFY_FAILED', error: error('invalid_code') });
    expect(state).toMatchObject({ status: 'entering', attempt: 1 });
    state = activationReducer(state, { type: 'SUBMIT_CODE', userCode: 'BBBB-BBBB' });
    expect(state).toMatchObject({ status: 'verifying', attempt: 2, userCode: 'BBBB-BBBB' });
    state = activationReducer(state, { type: 'RESET' });
    expect(state).toEqual({ status: 'entering', attempt: 2 });
    state = activationReducer(state, { type: 'SUBMIT_CODE', userCode: 'CCCC-CCCC' });
    expect(state.attempt).toBe(3);
    state = activationReducer(state, { type: 'VERIFIED', context, next: 'choose' });
    expect(state.attempt).toBe(3);
    state = activationReducer(state, { type: 'EDIT_CODE' });
    expect(state).toEqual({ status: 'entering', attempt: 3, userCode: 'WDJB-MJHT' });
    state = activationReducer(state, { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT' });
    expect(state.attempt).toBe(4);
  });

  it('a double submit counts once', () => {
    const once = activationReducer(initialActivationState, { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT' });
    const twice = activationReducer(once, { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT' });
    expect(twice).toBe(once);
    expect(twice.attempt).toBe(1);
  });
});

describe('redirect', () => {
  const event: ActivationEvent = { type: 'REDIRECT', provider: 'github', url: 'https://sso.example/auth/github?user_code=WDJB-MJHT' };

  it('choosing → redirecting with the provider, the URL and the context', () => {
    expect(activationReducer(STATES.choosing!, event)).toEqual({
      status: 'redirecting',
      attempt: 2,
      context,
      provider: 'github',
      url: 'https://sso.example/auth/github?user_code=WDJB-MJHT',
    });
  });

  it('is refused from confirming: a linked code is matched against the device first (RFC 8628 §5.4)', () => {
    const confirming = STATES.confirming!;
    expect(activationReducer(confirming, event)).toBe(confirming);
  });

  it('a second click while redirecting is ignored', () => {
    const redirecting = activationReducer(STATES.choosing!, event);
    expect(activationReducer(redirecting, { type: 'REDIRECT', provider: 'google', url: 'https://sso.example/auth/google' })).toBe(redirecting);
  });

  it.each<[string, ActivationError, Partial<ActivationState>]>([
    ['expired', error('expired'), { status: 'expired', attempt: 2 }],
    ['access denied', error('access_denied'), { status: 'denied', attempt: 2, reason: 'refused', deviceTold: false }],
    ['anything else', error('unexpected_response', 'bad origin'), { status: 'failed', attempt: 2, error: error('unexpected_response', 'bad origin') }],
  ])('REDIRECT_FAILED maps %s', (_name, failure, expected) => {
    expect(activationReducer(STATES.choosing!, { type: 'REDIRECT_FAILED', error: failure })).toEqual(expected);
  });
});

describe('refusing a looked-up code where the adapter can deny', () => {
  it.each(['confirming', 'choosing', 'consenting'])('%s: a denial the backend accepted ends denied, the device told', (name) => {
    const state = STATES[name]!;
    expect(refusableContext(state)).toBe('context' in state ? state.context : null);
    expect(activationReducer(state, { type: 'DENIED' })).toEqual({ status: 'denied', attempt: state.attempt, reason: 'not_me', deviceTold: true });
  });

  it.each(['confirming', 'choosing', 'consenting'])('%s: "enter a different code" after the denial shows an empty field, not the denied code', (name) => {
    const state = STATES[name]!;
    expect(activationReducer(state, { type: 'DENIED', edit: true })).toEqual({ status: 'entering', attempt: state.attempt });
  });

  it.each(['confirming', 'choosing'])('%s: a failed denial has no retry screen, so it is shown as the outcome', (name) => {
    const state = STATES[name]!;
    expect(activationReducer(state, { type: 'CONSENT_FAILED', error: error('network') })).toEqual({ status: 'failed', attempt: state.attempt, error: error('network') });
  });

  it('nothing is refusable once the browser left for the provider, or before a lookup', () => {
    for (const name of ['redirecting', 'entering (fresh)', 'verifying (url)', 'signingIn', 'mfa', 'approved']) expect(refusableContext(STATES[name]!)).toBeNull();
  });
});

describe('not me', () => {
  it.each(['confirming', 'choosing', 'consenting', 'consenting (with error)'])(
    'from %s ends denied, with and without the device told',
    (name) => {
      const state = STATES[name]!;
      expect(activationReducer(state, { type: 'NOT_ME', deviceTold: false })).toEqual({
        status: 'denied',
        attempt: state.attempt,
        reason: 'not_me',
        deviceTold: false,
      });
      expect(activationReducer(state, { type: 'NOT_ME', deviceTold: true })).toEqual({
        status: 'denied',
        attempt: state.attempt,
        reason: 'not_me',
        deviceTold: true,
      });
    },
  );

  it('is ignored once the browser is leaving for the provider', () => {
    const redirecting = STATES.redirecting!;
    expect(activationReducer(redirecting, { type: 'NOT_ME', deviceTold: false })).toBe(redirecting);
  });
});

describe('consent', () => {
  const consenting = STATES.consenting!;

  it('approve → approved, confirmed by the backend', () => {
    expect(activationReducer(consenting, { type: 'APPROVED', confirmed: true })).toEqual({ status: 'approved', attempt: 2, confirmed: true });
  });

  it('deny → denied as not me, the device told', () => {
    expect(activationReducer(consenting, { type: 'DENIED' })).toEqual({
      status: 'denied',
      attempt: 2,
      reason: 'not_me',
      deviceTold: true,
    });
  });

  it.each<[string, ActivationError]>([
    ['rate limited', rateLimited],
    ['service unavailable', { code: 'service_unavailable', retryAfterSeconds: 30 }],
    ['network', error('network')],
    ['offline', error('offline')],
    ['timeout', error('timeout')],
  ])('a retryable failure (%s) stays on the consent screen with the error', (_name, failure) => {
    const next = activationReducer(consenting, { type: 'CONSENT_FAILED', error: failure });
    expect(next).toEqual({ status: 'consenting', attempt: 2, context: otherContext, error: failure });
    expect(next).not.toBe(consenting);
    // ...and a later success still approves.
    expect(activationReducer(next, { type: 'APPROVED', confirmed: true })).toEqual({ status: 'approved', attempt: 2, confirmed: true });
  });

  it.each<[string, ActivationError]>([
    ['rate limited', rateLimited],
    ['network', error('network')],
    ['timeout', error('timeout')],
    ['unexpected response', error('unexpected_response')],
  ])('a retryable failure (%s) stays on the consent screen, replacing an earlier error', (_name, failure) => {
    const next = activationReducer(STATES['consenting (with error)']!, { type: 'CONSENT_FAILED', error: failure });
    expect(next).toMatchObject({ status: 'consenting', error: failure });
  });

  it.each<[string, ActivationError, ActivationState]>([
    ['expired', error('expired'), { status: 'expired', attempt: 2 }],
    ['access denied', error('access_denied'), { status: 'denied', attempt: 2, reason: 'refused', deviceTold: false }],
    ['forbidden', error('forbidden'), { status: 'failed', attempt: 2, error: error('forbidden') }],
    ['already answered', error('already_answered'), { status: 'failed', attempt: 2, error: error('already_answered') }],
    ['unreadable answer', error('unconfirmed'), { status: 'failed', attempt: 2, error: error('unconfirmed') }],
  ])('a final failure (%s) leaves the consent screen', (_name, failure, expected) => {
    expect(activationReducer(consenting, { type: 'CONSENT_FAILED', error: failure })).toEqual(expected);
  });
});

describe('MFA', () => {
  const mfa = STATES.mfa!;

  it('a verified second factor approves the device, unconfirmed: AuthOS may have let the code expire meanwhile', () => {
    expect(activationReducer(mfa, { type: 'APPROVED' })).toEqual({ status: 'approved', attempt: 0, confirmed: false });
  });

  it.each<[string, ActivationError, ActivationState]>([
    ['expired', error('expired'), { status: 'expired', attempt: 0 }],
    ['forbidden', error('forbidden'), { status: 'failed', attempt: 0, error: error('forbidden') }],
    ['access denied', error('access_denied'), { status: 'denied', attempt: 0, reason: 'refused', deviceTold: false }],
    ['unreadable 200: may have approved, so never sent again', error('unconfirmed'), { status: 'failed', attempt: 0, error: error('unconfirmed') }],
  ])('a final failure (%s) leaves the MFA screen', (_name, failure, expected) => {
    expect(activationReducer(mfa, { type: 'MFA_FAILED', error: failure })).toEqual(expected);
  });

  it.each<[string, ActivationError]>([
    ['wrong code', error('mfa_wrong_code')],
    ['challenge expired', error('mfa_challenge_expired')],
    ['rate limited', rateLimited],
    ['network', error('network')],
    ['timeout', error('timeout')],
    ['unexpected response', error('unexpected_response')],
  ])('a failure the form answers itself (%s) keeps the same state object', (_name, failure) => {
    expect(activationReducer(mfa, { type: 'MFA_FAILED', error: failure })).toBe(mfa);
  });

  it('the challenge is kept untouched while in the form', () => {
    const after = reduce(mfa, { type: 'MFA_FAILED', error: error('mfa_wrong_code') }, { type: 'EDIT_CODE' }, { type: 'CONFIRM' });
    expect(after).toBe(mfa);
    expect(after).toMatchObject({ challenge });
  });
});

describe('EDIT_CODE', () => {
  it.each(['confirming', 'choosing', 'consenting', 'consenting (with error)'])(
    'from %s goes back to entering with the context code prefilled and no error',
    (name) => {
      const state = STATES[name]!;
      if (!('context' in state)) throw new Error('fixture without context');
      expect(activationReducer(state, { type: 'EDIT_CODE' })).toEqual({
        status: 'entering',
        attempt: state.attempt,
        userCode: state.context.userCode,
      });
    },
  );

  it.each(['expired', 'failed', 'denied (not me)', 'denied (refused)'])('from %s starts over with an empty field', (name) => {
    const state = STATES[name]!;
    expect(activationReducer(state, { type: 'EDIT_CODE' })).toEqual({ status: 'entering', attempt: state.attempt });
  });
});

describe('RESET', () => {
  it.each(STATE_ENTRIES)('from %s returns to a clean entering state keeping the attempt', (_name, state) => {
    expect(activationReducer(state, { type: 'RESET' })).toEqual({ status: 'entering', attempt: state.attempt });
  });

  it('makes a late verify answer harmless', () => {
    const verifying = activationReducer(initialActivationState, { type: 'SUBMIT_CODE', userCode: 'WDJB-MJHT' });
    const reset = activationReducer(verifying, { type: 'RESET' });
    expect(activationReducer(reset, { type: 'VERIFIED', context, next: 'choose' })).toBe(reset);
    expect(activationReducer(reset, { type: 'VERIFY_FAILED', error: error('invalid_code') })).toBe(reset);
  });
});

describe('impossible transitions', () => {
  const cases = STATE_ENTRIES.flatMap(([stateName, state]) =>
    ALL_EVENTS.filter((event) => !ACCEPTED_IN[event.type].includes(state.status)).map(
      (event) => [stateName, event.type, JSON.stringify(event), state, event] as const,
    ),
  );

  it('the matrix covers every state and every event type', () => {
    const statuses = new Set(Object.values(STATES).map((s) => s.status));
    expect(statuses.size).toBe(12);
    expect(new Set(ALL_EVENTS.map((e) => e.type)).size).toBe(Object.keys(EVENTS).length);
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases)('%s ignores %s (%s): same object', (_s, _t, _j, state, event) => {
    expect(activationReducer(state, event)).toBe(state);
  });

  const accepted = STATE_ENTRIES.flatMap(([stateName, state]) =>
    ALL_EVENTS.filter((event) => ACCEPTED_IN[event.type].includes(state.status)).map(
      (event) => [stateName, event.type, JSON.stringify(event), state, event] as const,
    ),
  );

  it.each(accepted)('%s accepts %s (%s): a new state', (_s, _t, _j, state, event) => {
    const next = activationReducer(state, event);
    expect(next).not.toBe(state);
    expect(next.attempt).toBe(state.attempt + (event.type === 'SUBMIT_CODE' || event.type === 'SIGNED_IN' ? 1 : 0));
  });
});

describe('signing in on the page (consent backends)', () => {
  const verifying = STATES['verifying (url)']!;

  it('verify waits for a sign-in, keeping the code and where it came from', () => {
    expect(activationReducer(verifying, { type: 'SIGN_IN_REQUIRED' })).toEqual({ status: 'signingIn', attempt: 1, userCode: 'WDJB-MJHT', source: 'url' });
  });

  it('signing in starts a new verify attempt, which then claims the code', () => {
    const signingIn = activationReducer(verifying, { type: 'SIGN_IN_REQUIRED' });
    expect(activationReducer(signingIn, { type: 'SIGNED_IN' })).toEqual({ status: 'verifying', attempt: 2, userCode: 'WDJB-MJHT', source: 'url' });
  });

  it('a verify answered "unauthenticated" asks for a sign-in instead of showing an error', () => {
    expect(activationReducer(verifying, { type: 'VERIFY_FAILED', error: error('unauthenticated') })).toEqual({
      status: 'signingIn',
      attempt: 1,
      userCode: 'WDJB-MJHT',
      source: 'url',
      error: error('unauthenticated'),
    });
  });

  it('a session that ended before consent goes back through sign-in with the same code', () => {
    const next = activationReducer(STATES.consenting!, { type: 'CONSENT_FAILED', error: error('unauthenticated') });
    expect(next).toEqual({ status: 'signingIn', attempt: 2, userCode: otherContext.userCode, source: 'typed', error: error('unauthenticated') });
  });
});

describe('properties', () => {
  const anyError = fc.constantFrom<ActivationError>(
    rateLimited,
    { code: 'rate_limited', retryAfterSeconds: null },
    ...(
      [
        'invalid_code',
        'expired',
        'already_used',
        'code_unavailable',
        'not_found',
        'forbidden',
        'unauthenticated',
        'network',
        'timeout',
        'unexpected_response',
        'mfa_wrong_code',
        'mfa_challenge_expired',
        'provider_error',
        'access_denied',
      ] as const
    ).map((code) => error(code)),
  );
  const anyContext = fc.constantFrom(context, otherContext);
  const anyEvent: fc.Arbitrary<ActivationEvent> = fc.oneof(
    fc.record({ type: fc.constant('SUBMIT_CODE' as const), userCode: fc.string({ maxLength: 12 }), source: fc.constantFrom('typed' as const, 'url' as const) }),
    fc.record({ type: fc.constant('VERIFIED' as const), context: anyContext, next: fc.constantFrom('choose' as const, 'consent' as const) }),
    fc.record({ type: fc.constant('VERIFY_FAILED' as const), error: anyError }),
    fc.constant({ type: 'SIGN_IN_REQUIRED' as const }),
    fc.constant({ type: 'SIGNED_IN' as const }),
    fc.constant({ type: 'CONFIRM' as const }),
    fc.constant({ type: 'EDIT_CODE' as const }),
    fc.record({ type: fc.constant('REDIRECT' as const), provider: fc.constantFrom('github', 'google'), url: fc.webUrl() }),
    fc.record({ type: fc.constant('REDIRECT_FAILED' as const), error: anyError }),
    fc.record({ type: fc.constant('NOT_ME' as const), deviceTold: fc.boolean() }),
    fc.record({ type: fc.constant('CONSENT_FAILED' as const), error: anyError }),
    fc.constant({ type: 'APPROVED' as const }),
    fc.constant({ type: 'DENIED' as const }),
    fc.record({ type: fc.constant('MFA_FAILED' as const), error: anyError }),
    fc.constant({ type: 'RESET' as const }),
  );
  const anyStart = fc.constantFrom(initialActivationState, ...Object.values(STATES));

  it('over random event sequences: ignored events return the same object, attempt grows only when a verify is due', () => {
    fc.assert(
      fc.property(anyStart, fc.array(anyEvent, { maxLength: 30 }), (start, events) => {
        let state = start;
        for (const event of events) {
          const next = activationReducer(state, event);
          if (!ACCEPTED_IN[event.type].includes(state.status)) expect(next).toBe(state);
          const submitted = event.type === 'SUBMIT_CODE' && state.status === 'entering';
          const signedIn = event.type === 'SIGNED_IN' && state.status === 'signingIn';
          expect(next.attempt).toBe(state.attempt + (submitted || signedIn ? 1 : 0));
          if (submitted) expect(next).toEqual({ status: 'verifying', attempt: state.attempt + 1, userCode: event.userCode, source: event.source });
          if (event.type === 'VERIFIED' && state.status === 'verifying') expect(next).toMatchObject({ context: event.context });
          if ('context' in state && 'context' in next) expect(next.context).toBe(state.context);
          state = next;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the reducer is pure: the same state and event give equal results and nothing is mutated', () => {
    fc.assert(
      fc.property(anyStart, anyEvent, (state, event) => {
        const before = structuredClone(state);
        const a = activationReducer(state, event);
        const b = activationReducer(state, event);
        expect(a).toEqual(b);
        expect(state).toEqual(before);
      }),
      { numRuns: 2000 },
    );
  });
});

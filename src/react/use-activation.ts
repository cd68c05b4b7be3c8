import { QueryClientContext, useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useReducer, useRef, useState } from 'react';
import { nextStepAfterVerify, type DeviceContext } from '../core/adapter';
import { activationReducer, initialActivationState, refusableContext, type ActivationEvent, type ActivationState } from '../core/activation';
import { readEntry, type Entry } from '../core/entry';
import { toActivationError, type ActivationError } from '../core/errors';
import { useActivationContext } from './ActivationProvider';
import { sessionQueryOptions, verifyQueryOptions } from './queries';
import { browserLocation } from './location';

/** The activation reducer, plus one more event: a whole state, the one the address says. */
const withEntry = (state: ActivationState, event: ActivationEvent | ActivationState): ActivationState =>
  'status' in event ? event : activationReducer(state, event);

export interface ActivationCallbacks {
  /** Called once when the device is approved. */
  onApproved?: () => void;
  /** Called once when the request ends denied (`deviceTold`: whether the backend was told). */
  onDenied?: (deviceTold: boolean) => void;
  /** Called for every failure the person sees, with its stable code. */
  onError?: (error: ActivationError) => void;
  /** Called after every state change. */
  onStateChange?: (state: ActivationState) => void;
}

/**
 * The whole activation ceremony without markup: state, and the actions a page can take.
 * `<ActivateDevice>` is this hook plus screens; build your own markup on it the same way.
 */
export const useActivation = (callbacks: ActivationCallbacks = {}) => {
  const { adapter, location } = useActivationContext();
  // The state starts where the page's address says. Render stays pure: a server has no address
  // and hydration must match its HTML (the plain code-entry screen), so the browser's address is
  // read once after mount (a plain effect, not a layout effect: the size budget, and React 18
  // warns about layout effects on a server). A `location` the host passes is read in the first
  // render. `entry` is `null` until then; its `state` is the state the page started in (the same
  // object).
  const [entry, setEntry] = useState<Entry | null>(() => (location === browserLocation ? null : readEntry(adapter, location.href())));
  const [state, dispatch] = useReducer(withEntry, entry?.state ?? initialActivationState);
  useEffect(() => {
    // (StrictMode runs this twice before `entry` is set: both reads agree, the second wins.)
    if (entry) return;
    const found = readEntry(adapter, location.href());
    dispatch(found.state);
    // The address is outside React and unknown until mount: reading it here is the point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntry(found);
  }, [adapter, location, entry]);

  useEffect(() => {
    if (entry?.scrubbedHref) location.replace(entry.scrubbedHref);
  }, [entry, location]);

  const verifying = state.status === 'verifying' ? state : null;
  // Backends that claim the code for whoever verifies it need a session first.
  const session = useQuery({ ...sessionQueryOptions(adapter), enabled: !!verifying && !!adapter.signIn });
  const verify = useQuery({
    ...verifyQueryOptions(adapter, verifying?.userCode ?? '', verifying?.attempt ?? 0),
    enabled: !!verifying && (!adapter.signIn || session.data != null),
  });
  // What the requests answered, as an event: each one moves the state on, and the reducer
  // ignores a repeat, so it is sent after every render until the state has left `verifying`.
  const answer: ActivationEvent | null = !verifying
    ? null
    : session.isError
      ? { type: 'VERIFY_FAILED', error: toActivationError(session.error) }
      : session.data === null
        ? { type: 'SIGN_IN_REQUIRED' }
        : verify.isSuccess
          ? { type: 'VERIFIED', context: verify.data, next: nextStepAfterVerify(adapter) }
          : verify.isError
            ? { type: 'VERIFY_FAILED', error: toActivationError(verify.error) }
            : null;
  useEffect(() => {
    if (answer) dispatch(answer);
  });

  const context = 'context' in state ? state.context : null;
  const consent = useMutation({
    // The decision names the adapter method that sends it; `edit`: after a denial, type another code.
    mutationFn: ({ decision, context: target }: { decision: 'approve' | 'deny'; context: DeviceContext; edit?: boolean }) => adapter[decision]!(target),
    onSuccess: (_, { decision, edit }) => dispatch(decision === 'approve' ? { type: 'APPROVED', confirmed: true } : { type: 'DENIED', edit }),
    onError: (error) => dispatch({ type: 'CONSENT_FAILED', error: toActivationError(error) }),
  });
  // A looked-up code the person refuses is denied where the adapter can: the lookup may have
  // claimed it for their account (better-auth), and it must not stay bound there unsaid.
  const refusable = adapter.deny ? refusableContext(state) : null;
  const refuse = (edit: boolean): boolean => {
    if (refusable) consent.mutate({ decision: 'deny', context: refusable, edit });
    return !!refusable;
  };

  // The host hears of each state once, with the callbacks it passed last. `callbacks` is often a
  // new object each render (so no ref to keep it): `previous` keeps a re-run to new states only.
  const previous = useRef<ActivationState | null>(null);
  useEffect(() => {
    // SSR: the page's first state is known once the address is read.
    if (!entry || previous.current === state) return;
    previous.current = state;
    callbacks.onStateChange?.(state);
    if (state.status === 'approved') callbacks.onApproved?.();
    if (state.status === 'denied') callbacks.onDenied?.(state.deviceTold);
    // `failed`, and the failures shown beside the code field or on the consent screen.
    if ('error' in state && state.error) callbacks.onError?.(state.error);
  }, [state, entry, callbacks]);

  // `dispatch` never changes, so neither do these.
  const [actions] = useState(() => ({
    submitCode: (userCode: string) => dispatch({ type: 'SUBMIT_CODE', userCode }),
    confirm: () => dispatch({ type: 'CONFIRM' }),
    reset: () => dispatch({ type: 'RESET' }),
    mfaVerified: () => dispatch({ type: 'APPROVED' }),
    mfaFailed: (error: ActivationError) => dispatch({ type: 'MFA_FAILED', error }),
  }));

  const chooseProvider = useCallback(
    (provider: string) => {
      if (!context) return;
      let url: string;
      try {
        // Only redirect adapters lead to `choosing`; one without `loginUrl` fails here like any bad URL.
        url = adapter.loginUrl!(provider, context);
      } catch (error) {
        return dispatch({ type: 'REDIRECT_FAILED', error: toActivationError(error) });
      }
      dispatch({ type: 'REDIRECT', provider, url });
      location.assign(url);
    },
    [adapter, context, location],
  );

  // ActivationProvider always sets a client, so no check (or useQueryClient's) is needed.
  const queryClient = useContext(QueryClientContext)!;
  const completeSignIn = useCallback(() => {
    queryClient.setQueryData(sessionQueryOptions(adapter).queryKey, {});
    dispatch({ type: 'SIGNED_IN' });
  }, [adapter, queryClient]);

  const consenting = state.status === 'consenting' ? state.context : null;
  return {
    state,
    /** The state the page started in: the address's, which is read after mount (`undefined` until then). */
    entryState: entry?.state,
    /** Whether an approve/deny request is in flight, and which. */
    pendingDecision: consent.isPending ? consent.variables?.decision : undefined,
    ...actions,
    chooseProvider,
    /** "This wasn't me": denies the code where the adapter can (the outcome says the device was told), else ends the page. */
    notMe: () => refuse(false) || dispatch({ type: 'NOT_ME', deviceTold: false }),
    /** "Enter a different code": denies a code this page may have claimed first, then shows an empty field. */
    editCode: () => refuse(true) || dispatch({ type: 'EDIT_CODE' }),
    approve: () => {
      if (consenting) consent.mutate({ decision: 'approve', context: consenting });
    },
    completeSignIn,
  };
};

export type ActivationController = ReturnType<typeof useActivation>;


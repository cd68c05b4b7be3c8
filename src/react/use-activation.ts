import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { nextStepAfterVerify, type DeviceContext } from '../core/adapter';
import { activationReducer, type ActivationState } from '../core/activation';
import { readEntry } from '../core/entry';
import { toActivationError, type ActivationError } from '../core/errors';
import { useActivationContext } from './ActivationProvider';
import { sessionQueryOptions, verifyQueryOptions } from './queries';

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
export function useActivation(callbacks: ActivationCallbacks = {}) {
  const { adapter, location } = useActivationContext();
  const [entry] = useState(() => readEntry(adapter, location.href()));
  const [state, dispatch] = useReducer(activationReducer, entry.state);

  useEffect(() => {
    if (entry.scrubbedHref) location.replace(entry.scrubbedHref);
  }, [entry, location]);

  const verifying = state.status === 'verifying' ? state : null;
  // Backends that claim the code for whoever verifies it need a session first.
  const queryClient = useQueryClient();
  const session = useQuery({ ...sessionQueryOptions(adapter), enabled: verifying !== null && adapter.signIn !== undefined });
  const signedIn = adapter.signIn === undefined || session.data != null;
  const verify = useQuery({
    ...verifyQueryOptions(adapter, verifying?.userCode ?? '', verifying?.attempt ?? 0),
    enabled: verifying !== null && signedIn,
  });
  useEffect(() => {
    if (!verifying) return;
    if (session.isError) dispatch({ type: 'VERIFY_FAILED', error: toActivationError(session.error) });
    else if (session.isSuccess && session.data === null) dispatch({ type: 'SIGN_IN_REQUIRED' });
    else if (verify.isSuccess) dispatch({ type: 'VERIFIED', context: verify.data, next: nextStepAfterVerify(adapter) });
    else if (verify.isError) dispatch({ type: 'VERIFY_FAILED', error: toActivationError(verify.error) });
  }, [verifying, session.isError, session.isSuccess, session.data, session.error, verify.isSuccess, verify.isError, verify.data, verify.error, adapter]);

  const context = 'context' in state ? state.context : null;
  const consent = useMutation({
    mutationFn: ({ decision, context: target }: { decision: 'approve' | 'deny'; context: DeviceContext }) =>
      decision === 'approve' ? adapter.approve!(target) : adapter.deny!(target),
    onSuccess: (_, { decision }) => dispatch({ type: decision === 'approve' ? 'APPROVED' : 'DENIED' }),
    onError: (error) => dispatch({ type: 'CONSENT_FAILED', error: toActivationError(error) }),
  });

  useOutcomeCallbacks(state, callbacks);

  const submitCode = useCallback((userCode: string) => dispatch({ type: 'SUBMIT_CODE', userCode }), []);
  const confirm = useCallback(() => dispatch({ type: 'CONFIRM' }), []);
  const editCode = useCallback(() => dispatch({ type: 'EDIT_CODE' }), []);
  const reset = useCallback(() => dispatch({ type: 'RESET' }), []);

  const chooseProvider = useCallback(
    (provider: string) => {
      if (!context || !adapter.loginUrl) return;
      let url: string;
      try {
        url = adapter.loginUrl(provider, context);
      } catch (error) {
        dispatch({ type: 'REDIRECT_FAILED', error: toActivationError(error) });
        return;
      }
      dispatch({ type: 'REDIRECT', provider, url });
      location.assign(url);
    },
    [adapter, context, location],
  );

  const notMe = useCallback(() => {
    if (context && adapter.deny && state.status === 'consenting') consent.mutate({ decision: 'deny', context });
    else dispatch({ type: 'NOT_ME', deviceTold: false });
  }, [adapter, consent, context, state.status]);

  const approve = useCallback(() => {
    if (context && state.status === 'consenting') consent.mutate({ decision: 'approve', context });
  }, [consent, context, state.status]);

  const completeSignIn = useCallback(() => {
    queryClient.setQueryData(sessionQueryOptions(adapter).queryKey, {});
    dispatch({ type: 'SIGNED_IN' });
  }, [adapter, queryClient]);

  const mfaVerified = useCallback(() => dispatch({ type: 'APPROVED' }), []);
  const mfaFailed = useCallback((error: ActivationError) => dispatch({ type: 'MFA_FAILED', error }), []);

  return {
    state,
    /** Whether an approve/deny request is in flight, and which. */
    pendingDecision: consent.isPending ? consent.variables?.decision : undefined,
    submitCode,
    confirm,
    editCode,
    reset,
    chooseProvider,
    notMe,
    approve,
    completeSignIn,
    mfaVerified,
    mfaFailed,
  };
}

export type ActivationController = ReturnType<typeof useActivation>;

function useOutcomeCallbacks(state: ActivationState, callbacks: ActivationCallbacks) {
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  const previous = useRef<ActivationState | null>(null);
  useEffect(() => {
    if (previous.current === state) return;
    previous.current = state;
    const { onApproved, onDenied, onError, onStateChange } = latest.current;
    onStateChange?.(state);
    if (state.status === 'approved') onApproved?.();
    if (state.status === 'denied') onDenied?.(state.deviceTold);
    if (state.status === 'failed') onError?.(state.error);
    if (state.status === 'entering' && state.error) onError?.(state.error);
    if (state.status === 'consenting' && state.error) onError?.(state.error);
  }, [state]);
}

import { useEffect, useReducer, useState } from 'react';
import { activationReducer, initialActivationState, type ActivationEvent, type ActivationState } from '../core/activation';
import type { ActivationAdapter } from '../core/adapter';
import { readEntry, type Entry } from '../core/entry';
import { browserLocation, type LocationPort } from './location';

/** The activation reducer, plus one more event: a whole state, the one the address says. */
function reduce(state: ActivationState, event: ActivationEvent | ActivationState): ActivationState {
  return 'status' in event ? event : activationReducer(state, event);
}

/**
 * The activation state, starting where the page's address says. Render stays pure: a server
 * has no address and hydration must match its HTML (the plain code-entry screen), so the
 * browser's address is read once after mount (a plain effect, not a layout effect: the size
 * budget, and React 18 warns about layout effects on a server). A `location` the host passes
 * is read in the first render. `entry` is `null` until then; its `state` is the state the page
 * started in (the same object), and the caller applies its `scrubbedHref`.
 */
export function useEntryState(adapter: ActivationAdapter, location: LocationPort) {
  const [entry, setEntry] = useState<Entry | null>(() => (location === browserLocation ? null : readEntry(adapter, location.href())));
  const [state, dispatch] = useReducer(reduce, entry?.state ?? initialActivationState);
  useEffect(() => {
    // (StrictMode runs this twice before `entry` is set: both reads agree, the second wins.)
    if (entry) return;
    const found = readEntry(adapter, location.href());
    dispatch(found.state);
    // The address is outside React and unknown until mount: reading it here is the point.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntry(found);
  }, [adapter, location, entry]);
  return [state, dispatch as (event: ActivationEvent) => void, entry] as const;
}

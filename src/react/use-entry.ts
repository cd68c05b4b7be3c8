import { useReducer, useRef, useState } from 'react';
import { activationReducer, type ActivationEvent, type ActivationState } from '../core/activation';
import type { ActivationAdapter } from '../core/adapter';
import { readEntry, type Entry } from '../core/entry';
import { browserLocation, type LocationPort } from './location';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

type EntryEvent = ActivationEvent | { readonly type: 'ADDRESS_READ'; readonly state: ActivationState };

function reduce(state: ActivationState, event: EntryEvent): ActivationState {
  return event.type === 'ADDRESS_READ' ? event.state : activationReducer(state, event);
}

/**
 * The activation state, starting where the page's address says. Render stays pure: a server
 * has no address and hydration must match its HTML (the plain code-entry screen), so the
 * browser's address is read once after mount, before paint. A `location` the host passes is
 * read in the first render. `entry` is `null` until then; its `state` is the state the page
 * started in (the same object), and the caller applies its `scrubbedHref`.
 */
export function useEntryState(adapter: ActivationAdapter, location: LocationPort) {
  const deferred = location === browserLocation;
  const [entry, setEntry] = useState<Entry | null>(() => (deferred ? null : readEntry(adapter, location.href())));
  const [blank] = useState<ActivationState>(() => ({ status: 'entering', attempt: 0 }));
  const [state, dispatch] = useReducer(reduce, entry?.state ?? blank);
  // A ref, not `entry`: StrictMode runs the effect twice before the new `entry` renders.
  const read = useRef(!deferred);
  useIsomorphicLayoutEffect(() => {
    if (read.current) return;
    read.current = true;
    const found = readEntry(adapter, location.href());
    // A plain visit keeps the state object it rendered, so hosts hear of it once.
    const moved = found.state.status !== 'entering' || found.state.userCode !== undefined;
    if (moved) dispatch({ type: 'ADDRESS_READ', state: found.state });
    setEntry(moved ? found : { ...found, state: blank });
  }, [adapter, location, blank]);
  return [state, dispatch as (event: ActivationEvent) => void, entry] as const;
}

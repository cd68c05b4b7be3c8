import type { QueryClient, UseQueryOptions } from '@tanstack/react-query';
import type { ActivationAdapter, DeviceContext, SignedInUser } from '../core/adapter';
import type { Entry } from '../core/entry';

/** How long display names may hold up a verified code. */
export const NAMES_WAIT_MS = 1500;

// Every verify call spends the person's rate limit, and a session lookup leads to one:
// never retried or refetched silently.
const ONCE = { retry: false, staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

// Declared return types: inferred ones name @tanstack/query-core (not a dependency of the kit)
// and helper types newer than the oldest react-query 5 the kit supports. (No `queryOptions()`
// either: at run time it returns its argument, and these types say all it would.)
type VerifyKey = readonly ['activate-kit', 'verify', string, string, number];
type SessionKey = readonly ['activate-kit', 'session', string];
/** A react-query options object for `useQuery`, `prefetchQuery` or `fetchQuery`. */
export type KitQueryOptions<TData, TKey extends readonly unknown[]> = UseQueryOptions<TData, Error, TData, TKey> & { queryKey: TKey };

/**
 * The verify request as a react-query options factory: the key carries the attempt number,
 * so each explicit submit is one request, and StrictMode's double mount or an early prefetch
 * (the standalone app starts it before React renders) share it.
 */
export const verifyQueryOptions = (adapter: ActivationAdapter, userCode: string, attempt: number): KitQueryOptions<DeviceContext, VerifyKey> => {
  return {
    queryKey: ['activate-kit', 'verify', adapter.id, userCode, attempt] as const,
    // The abort signal is deliberately not passed on: react-query cancels a query whose signal
    // was read when its last observer unmounts, and StrictMode's unmount would then cost a
    // second verify request. The adapter's own timeout still bounds the call.
    queryFn: async (): Promise<DeviceContext> => {
      const context = await adapter.verify(userCode);
      if (!adapter.describe) return context;
      // Names are a nicety: without them the slugs are shown. They may hold the verified code up
      // for a moment, never for the adapter's whole timeout, even if `describe` ignores its signal.
      const names = await Promise.race([
        adapter.describe(context, { signal: AbortSignal.timeout(NAMES_WAIT_MS) }).catch(() => ({})),
        new Promise<object>((resolve) => setTimeout(resolve, NAMES_WAIT_MS, {})),
      ]);
      return { ...context, ...names };
    },
    ...ONCE,
    retryOnMount: false,
  };
};

/** Who is signed in (sign-in backends only); `null` means the page must ask first. */
export const sessionQueryOptions = (adapter: ActivationAdapter): KitQueryOptions<SignedInUser | null, SessionKey> => {
  return {
    queryKey: ['activate-kit', 'session', adapter.id] as const,
    queryFn: (): Promise<SignedInUser | null> => adapter.signIn!.getSession(),
    ...ONCE,
  };
};

/**
 * Starts a linked code's first request before React renders, on the client the page will use;
 * `useActivation` then shares it instead of sending its own. That first request is the verify,
 * or, for backends that claim the code for whoever verifies it (`adapter.signIn`), "who is
 * signed in?" — the same order `useActivation` follows.
 */
export function prefetchEntry(queryClient: QueryClient, adapter: ActivationAdapter, entry: Entry): void {
  if (entry.state.status !== 'verifying') return;
  if (adapter.signIn) void queryClient.prefetchQuery(sessionQueryOptions(adapter));
  else void queryClient.prefetchQuery(verifyQueryOptions(adapter, entry.state.userCode, entry.state.attempt));
}

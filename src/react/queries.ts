import { queryOptions } from '@tanstack/react-query';
import type { ActivationAdapter, DeviceContext, SignedInUser } from '../core/adapter';

/**
 * The verify request as a react-query options factory: the key carries the attempt number,
 * so each explicit submit is one request, and StrictMode's double mount or an early prefetch
 * (the standalone app starts it before React renders) share it.
 */
export function verifyQueryOptions(adapter: ActivationAdapter, userCode: string, attempt: number) {
  return queryOptions({
    queryKey: ['activate-kit', 'verify', adapter.id, userCode, attempt] as const,
    // The abort signal is deliberately not passed on: react-query cancels a query whose signal
    // was read when its last observer unmounts, and StrictMode's unmount would then cost a
    // second verify request. The adapter's own timeout still bounds the call.
    queryFn: async (): Promise<DeviceContext> => {
      const context = await adapter.verify(userCode);
      if (!adapter.describe) return context;
      const names = await adapter.describe(context).catch(() => ({}));
      return { ...context, ...names };
    },
    // Every verify call spends the person's rate limit: never retried or refetched silently.
    retry: false,
    retryOnMount: false,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Who is signed in (sign-in backends only); `null` means the page must ask first. */
export function sessionQueryOptions(adapter: ActivationAdapter) {
  return queryOptions({
    queryKey: ['activate-kit', 'session', adapter.id] as const,
    queryFn: (): Promise<SignedInUser | null> => adapter.signIn!.getSession(),
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ActivationAdapter } from '../core/adapter';
import { en, type Messages } from '../i18n/en';
import { browserLocation, type LocationPort } from './location';

export interface ActivationContextValue {
  readonly adapter: ActivationAdapter;
  readonly messages: Messages;
  readonly location: LocationPort;
  /** Class names are prefixed parts (`part('button', 'primary')` is `ak-button ak-primary`) unless the kit renders unstyled. */
  readonly part: (...names: string[]) => string | undefined;
}

const ActivationContext = createContext<ActivationContextValue | null>(null);

export interface ActivationProviderProps {
  /** The backend, e.g. `createAuthOSAdapter({ baseUrl })`. Keep it stable (create it once). */
  adapter: ActivationAdapter;
  /**
   * React Query client. Default: the host app's client when one is above this provider,
   * otherwise a private one.
   */
  queryClient?: QueryClient;
  /** Overrides for any message, or a whole locale pack. Default: English. */
  messages?: Partial<Messages>;
  /**
   * The page address. Default: the browser's (`window.location` and `history.replaceState`), read
   * once after mount, so server rendering and hydration never touch it. A location you pass is
   * read in the first render, on a server too (e.g. `createMemoryLocation(requestUrl)`).
   */
  location?: LocationPort;
  /** Render without the kit's `ak-*` class names, for fully custom styling. Default: `false`. */
  unstyled?: boolean;
  children?: ReactNode;
}

/** Supplies the adapter, messages and address to every activate-kit component below it. */
export function ActivationProvider({ adapter, queryClient, messages, location, unstyled = false, children }: ActivationProviderProps) {
  const hostClient = useContext(QueryClientContext);
  // A plain client is enough: the kit's queries carry their own never-retry options (queries.ts),
  // which also hold on a host's client, whatever its defaults.
  const [ownClient] = useState(() => (queryClient ?? hostClient ? null : new QueryClient()));
  const value = useMemo<ActivationContextValue>(
    () => ({
      adapter,
      messages: messages ? { ...en, ...messages } : en,
      location: location ?? browserLocation,
      part: unstyled ? () => undefined : (...names) => names.map((name) => `ak-${name}`).join(' '),
    }),
    [adapter, messages, location, unstyled],
  );
  const client = queryClient ?? hostClient ?? ownClient!;
  return (
    <QueryClientProvider client={client}>
      <ActivationContext.Provider value={value}>{children}</ActivationContext.Provider>
    </QueryClientProvider>
  );
}

/** The nearest `<ActivationProvider>`'s values; throws a clear error when there is none. */
export function useActivationContext(): ActivationContextValue {
  const value = useContext(ActivationContext);
  if (!value) throw new Error('activate-kit: no <ActivationProvider> above this component.');
  return value;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

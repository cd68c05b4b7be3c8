import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ActivationAdapter } from '../core/adapter';
import { isRightToLeft } from '../i18n/direction';
import { en, type Messages } from '../i18n/en';
import { browserLocation, type LocationPort } from './location';

export interface ActivationContextValue {
  readonly adapter: ActivationAdapter;
  readonly messages: Messages;
  /** `lang` and `dir` for each kit root: the text's language, and right-to-left where it is. */
  readonly root: { readonly lang: string; readonly dir?: 'ltr' | 'rtl' };
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
  /**
   * A whole locale pack (`de` from `activate-kit/locales/de`), or overrides for any
   * message, on top of `locale`'s pack. Default: English.
   */
  messages?: Partial<Messages>;
  /**
   * The person's language as a BCP 47 tag (`"de"`, `"pt-BR"`, `"de-AT"`). Without a pack of that
   * language in `messages`, its pack is downloaded after mount (until then the text is English);
   * server-rendered pages pass the pack as `messages` instead, so the first HTML is translated.
   * A tag with a region also writes numbers the region's way. Default: the pack's own (`en`).
   */
  locale?: string;
  /** Text direction of the kit's roots. Default: `rtl` for right-to-left languages, otherwise the host page's. */
  dir?: 'ltr' | 'rtl';
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
export function ActivationProvider({ adapter, queryClient, messages, locale, dir, location, unstyled = false, children }: ActivationProviderProps) {
  const hostClient = useContext(QueryClientContext);
  // A plain client is enough: the kit's queries carry their own never-retry options (queries.ts),
  // which also hold on a host's client, whatever its defaults.
  const [ownClient] = useState(() => (queryClient ?? hostClient ? null : new QueryClient()));
  // A language the messages do not already speak is fetched as its own file, never bundled.
  const wanted = locale?.split('-')[0] !== (messages?.locale ?? 'en').split('-')[0] ? locale : undefined;
  // Which language the pack is for: an answer for a locale no longer wanted is ignored.
  const [loaded, setLoaded] = useState<[string, Partial<Messages>]>();
  useEffect(() => {
    if (wanted) {
      import('../i18n/locales/index').then(({ loadLocale }) => loadLocale(wanted)).then(
        (pack) => setLoaded([wanted, pack]),
        // A pack that fails to download leaves the page in English, still working.
        () => {},
      );
    }
  }, [wanted]);
  const value = useMemo<ActivationContextValue>(() => {
    const pack = wanted && loaded?.[0] === wanted ? loaded[1] : undefined;
    // Until a wanted pack arrives the text is English, and says so; then it is the pack's language
    // (loadLocale names it: de-AT for de-AT, pt-BR for pt, en for a language without a pack).
    const lang = wanted ? (pack?.locale ?? 'en') : (locale ?? messages?.locale ?? 'en');
    return {
      adapter,
      messages: { ...en, ...pack, ...messages, locale: lang, scopes: { ...en.scopes, ...pack?.scopes, ...messages?.scopes } },
      root: { lang, dir: dir ?? (isRightToLeft(lang) ? 'rtl' : undefined) },
      location: location ?? browserLocation,
      part: unstyled ? () => undefined : (...names) => names.map((name) => `ak-${name}`).join(' '),
    };
  }, [adapter, messages, locale, dir, wanted, loaded, location, unstyled]);
  const client = queryClient ?? hostClient ?? ownClient!;
  return (
    <QueryClientProvider client={client}>
      <ActivationContext.Provider value={value}>{children}</ActivationContext.Provider>
    </QueryClientProvider>
  );
}

/** The nearest `<ActivationProvider>`'s values; throws a clear error when there is none. */
export const useActivationContext = (): ActivationContextValue => {
  const value = useContext(ActivationContext);
  if (!value) throw new Error('activate-kit: no <ActivationProvider> above this component.');
  return value;
};

/** Joins class names, skipping empty ones. */
export const cx = (...names: (string | false | null | undefined)[]): string | undefined => {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
};

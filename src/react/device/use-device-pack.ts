import { useEffect, useMemo, useState } from 'react';
import type { DeviceMessages } from '../../i18n/device-en';
import { languageOf } from '../../i18n/lang';

/**
 * The messages for `locale`: `messages` when they already speak its language, otherwise its
 * device pack, downloaded after mount as its own file (English until it arrives, and when it
 * cannot be downloaded), with `messages` over it. Rendering never starts a download, so server
 * and first client render agree.
 *
 * `<ActivationProvider locale>` does the same inline: a hook shared by both measured 60 B more in
 * the page kit (a chunk between its two entries), which is over its size budget already.
 */
export function useDevicePack(locale: string | undefined, messages: Partial<DeviceMessages> | undefined): Partial<DeviceMessages> | undefined {
  const wanted = locale && languageOf(locale) !== languageOf(messages?.locale ?? 'en') ? locale : undefined;
  // Which tag the pack is for: an answer for a locale no longer wanted is ignored.
  const [loaded, setLoaded] = useState<[string, Partial<DeviceMessages>]>();
  useEffect(() => {
    if (!wanted) return;
    import('../../i18n/device-locales/index').then(({ loadDeviceLocale }) => loadDeviceLocale(wanted)).then(
      (pack) => setLoaded([wanted, pack]),
      // A pack that fails to download leaves the screen in English, still working.
      () => {},
    );
  }, [wanted]);
  return useMemo(() => {
    if (!wanted) return messages;
    const pack = loaded?.[0] === wanted ? loaded[1] : undefined;
    // Until it arrives the text is English, and lang says so; then the pack names its language.
    return { ...pack, ...messages, locale: pack?.locale ?? 'en' };
  }, [wanted, loaded, messages]);
}

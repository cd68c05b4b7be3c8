import { langFor } from './lang';
import { negotiateLocale } from './negotiate';

/** Pack modules by path (`./de.ts`), as `import.meta.glob` gives them, each loaded on demand. */
export type PackModules<T> = Record<string, () => Promise<Record<string, T>>>;

/**
 * Downloads the pack of `packs` that reads best for `tag` (`de-AT` → de, see
 * {@link negotiateLocale}). English is built in, so its "pack" only names the locale. `locale`
 * names the language the text is in: the tag asked for when it is the pack's language (de-AT
 * writes numbers its region's way), otherwise the pack's own (pt → pt-BR, tlh → en).
 */
export async function loadPack<T>(tag: string, packs: PackModules<T>): Promise<Partial<T> & { locale: string }> {
  const pack = negotiateLocale([tag]);
  // Each pack exports one object, named after its tag without the dash (pt-BR → ptBR).
  const messages: Partial<T> = pack === 'en' ? {} : (await packs[`./${pack}.ts`]!())[pack.replace('-', '')]!;
  return { ...messages, locale: langFor(tag, pack) };
}

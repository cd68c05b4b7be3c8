/**
 * Vite plugins for the standalone app's build (dist-app*). Each one checks that it is writing an
 * app build: Storybook's builder loads the same vite.config.ts and must be left alone.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const isAppBuild = (dir: string | undefined): dir is string => !!dir && basename(dir).startsWith('dist-app');

/** public/ also holds Storybook's MSW worker; the standalone app must not ship it. */
export function appPublicFilesOnly(): Plugin {
  return {
    name: 'activate-app:public-files-only',
    apply: 'build',
    async writeBundle({ dir }) {
      if (isAppBuild(dir)) await rm(join(dir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * Names the built entry script and stylesheet in index.html's "did not start" text
 * (`%APP_ENTRY_JS%`, `%APP_ENTRY_CSS%`), so an operator can tell from the page which file failed.
 */
export function appBootFileNames(): Plugin {
  return {
    name: 'activate-app:boot-file-names',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {});
        const entry = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry)?.fileName ?? 'src/app/main.tsx';
        const css = chunks.find((chunk) => chunk.type === 'asset' && chunk.fileName.endsWith('.css'))?.fileName ?? 'the stylesheet';
        return html.replaceAll('%APP_ENTRY_JS%', entry).replaceAll('%APP_ENTRY_CSS%', css);
      },
    },
  };
}

// Text files a browser downloads; images other than SVG and fonts are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.webmanifest']);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

/**
 * Writes `name.br` (quality 11) and `name.gz` (level 9) beside every text file of the app build,
 * where they are smaller, so any server can send them without compressing on each request
 * (nginx `brotli_static`/`gzip_static`, the reference server, most CDNs).
 */
export function precompress(): Plugin {
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  return {
    name: 'activate-app:precompress',
    apply: 'build',
    writeBundle: {
      // After the other plugins' writeBundle (public-files-only removes a file first).
      sequential: true,
      order: 'post',
      async handler({ dir }) {
        if (!isAppBuild(dir)) return;
        const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.has(extname(file)));
        await Promise.all(
          files.map(async (file) => {
            const raw = await readFile(file);
            const variants = [
              ['.br', await br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })],
              ['.gz', await gz(raw, { level: 9 })],
            ] as const;
            for (const [suffix, packed] of variants) if (packed.length < raw.length) await writeFile(`${file}${suffix}`, packed);
          }),
        );
      },
    },
  };
}

/**
 * Where the app's own files are (index.html, config.json, assets/), as an absolute URL ending
 * in `/`. Not derived from `location.pathname`: the same document answers `/activate`,
 * `/activate/success`, `/activate/mfa-challenge` and `/callback`, at any base path.
 */

/** How deep the built entry script sits below index.html (`assets/index-[hash].js`). */
const ASSETS_DIR = 'assets/';

export function appBaseUrl(): URL {
  // Development (vite serves /src/app/*.tsx): the document's base is the app's folder.
  if (import.meta.env.DEV) return new URL('./', document.baseURI);
  // Built: this module is assets/index-[hash].js, so its folder's parent holds index.html. The
  // script's URL is right even when a server forgot the <base href>, as long as it loaded.
  const scriptUrl = import.meta.url;
  const script = new URL('./', scriptUrl);
  if (script.pathname.endsWith(`/${ASSETS_DIR}`)) return new URL('../', script);
  return new URL('./', document.baseURI);
}

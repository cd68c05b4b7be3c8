// DEVELOPMENT SIMULATOR — not an AuthOS server, never deploy it.
// The HTML the simulator shows in place of an identity provider and of AuthOS's own error
// page. No scripts and no styles, so it renders under the strictest CSP.

import { escapeHtml, html } from './http-util.mjs';
import { PROVIDER_LABELS } from './defaults.mjs';

const BANNER =
  '<p><strong>DEVELOPMENT SIMULATOR</strong> — not a real identity provider and not an ' +
  'AuthOS server. Never deploy it.</p>';

/** @param {string} title @param {string} content */
function page(title, content) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
</head>
<body>
${BANNER}
<main>
${content}
</main>
</body>
</html>
`;
}

/** @param {string} provider */
export function providerLabel(provider) {
  return /** @type {Record<string, string>} */ (PROVIDER_LABELS)[provider] ?? provider;
}

/**
 * @param {{ provider: string, flow: 'service' | 'platform', userCode: string,
 *   target: string, completeUrl: (choice: 'demo' | 'mfa' | 'cancel') => string }} view
 */
export function providerPage(view) {
  const title = `Simulated ${providerLabel(view.provider)} sign-in — development simulator`;
  const link = (/** @type {'demo' | 'mfa' | 'cancel'} */ choice, /** @type {string} */ label) =>
    `<a href="${escapeHtml(view.completeUrl(choice))}">${escapeHtml(label)}</a>`;
  return html(
    200,
    page(
      title,
      `<h1>${escapeHtml(title)}</h1>
<p>Signing in to ${escapeHtml(view.target)} for device code
<code dir="ltr">${escapeHtml(view.userCode)}</code>
(${view.flow === 'platform' ? 'platform admin flow' : 'service flow'}).</p>
<ul>
<li>${link('demo', 'Continue as demo user')} — no second factor; the device is approved.</li>
<li>${link('mfa', 'Continue as MFA user')} — the activation page asks for an authenticator
or recovery code next.</li>
<li>${link('cancel', 'Cancel')} — behaves like a denial at the provider.</li>
</ul>`,
    ),
  );
}

/**
 * Stands in for AuthOS's own error page: the browser stays here, nothing goes back to the app.
 * @param {string} heading @param {string} detail
 */
export function errorPage(heading, detail) {
  return html(
    400,
    page(
      `${heading} — development simulator`,
      `<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(detail)}</p>
<p>A real AuthOS server shows its own error page here; nothing is sent back to the
activation page. Go back to your device and start again if needed.</p>`,
    ),
  );
}

/** A person-facing name for a provider id, title-cased (`my-sso` → `My Sso`); GitHub keeps its capital H. */
export const providerLabel = (id: string): string =>
  id === 'github' ? 'GitHub' : id.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/**
 * The mark for a provider id: its own for the brands AuthOS knows (GitHub, Google, Microsoft),
 * `key` (a neutral key icon) for any other safe id. The marks are SVG files beside the stylesheet
 * (`icons/*.svg`, drawn in a 120-unit box in whole units), which `activate-kit.css` puts on the
 * picker's `[data-icon]` element: they are pictures, so they live with the styles and cost the
 * page's JavaScript nothing. Same-origin files, so a strict CSP (`img-src 'self'`) allows them;
 * without the stylesheet (`unstyled`) there is no mark, and the label still says it all.
 */
export const providerIcon = (id: string): string => (/^(github|google|microsoft)$/.test(id) ? id : 'key');

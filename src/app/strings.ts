/**
 * The few words the standalone app says around the kit (its header and one notice), per language.
 * Each `src/app/locales/<tag>.ts` pairs them with the kit's pack for that language, so one
 * download brings the whole page's language. The configuration-problem page stays English: it is
 * written for the operator who deploys the app, not for the person with the code.
 */
export interface AppStrings {
  /** The BCP 47 tag, the same as the kit pack's `locale`. */
  readonly locale: string;
  /** The header and tab title when config.json names none. */
  readonly defaultTitle: string;
  /** The header's link to config.json's `supportUrl`. */
  readonly getHelp: string;
  /** Read by screen readers after `getHelp`: the link opens a new tab. */
  readonly opensInNewTab: string;
  /** Shown when a stylesheet failed to load; `{files}` lists their paths. */
  readonly stylesMissing: string;
}

export const appEn: AppStrings = {
  locale: 'en',
  defaultTitle: 'Device sign-in',
  getHelp: 'Get help',
  opensInNewTab: '(opens in a new tab)',
  stylesMissing: "This page's styles didn't load ({files}), so it looks plain, but it works. If this keeps happening, tell the site's administrator.",
};

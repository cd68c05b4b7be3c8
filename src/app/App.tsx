import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ActivateDevice, ActivationProvider, PasswordSignIn, type ActivationAdapter, type Messages } from '../index';
import { format } from '../i18n/format';
import type { AppConfig } from './config';
import { appEn, type AppStrings } from './strings';

/**
 * The page around the kit: the operator's name, logo and help link, then the whole flow.
 * Backends that sign in on this page (`adapter.signIn`, e.g. better-auth) get the kit's email +
 * password form, with its second factor when the account has one.
 */
export function App({
  config,
  adapter,
  queryClient,
  messages,
  strings = appEn,
  missingStyles = [],
}: {
  config: AppConfig;
  adapter: ActivationAdapter;
  queryClient: QueryClient;
  /** The chosen locale pack. Default: English. */
  messages?: Partial<Messages>;
  /** The app's own words in the same language. Default: English. */
  strings?: AppStrings;
  /** Stylesheets of this page that failed to load: the page still works, unstyled, and says which. */
  missingStyles?: readonly string[];
}) {
  return (
    <Page title={config.title ?? strings.defaultTitle} logoUrl={config.logoUrl} supportUrl={config.supportUrl} strings={strings}>
      {missingStyles.length > 0 && (
        <p className="app-styles-missing" role="note">
          {format(strings.locale, strings.stylesMissing, { files: missingStyles.join(', ') })}
        </p>
      )}
      <ActivationProvider adapter={adapter} queryClient={queryClient} messages={messages}>
        <ActivateDevice renderSignIn={adapter.signIn ? (props) => <PasswordSignIn {...props} /> : undefined} />
      </ActivationProvider>
    </Page>
  );
}

export function Page({
  title,
  logoUrl,
  supportUrl,
  strings = appEn,
  children,
}: {
  title: string;
  logoUrl?: string;
  supportUrl?: string;
  /** The header's words. Default: English. */
  strings?: AppStrings;
  children: ReactNode;
}) {
  return (
    <>
      <header className="app-header">
        <div className="app-brand">
          {/* Decorative next to the name; the name is the accessible text. */}
          {logoUrl && <img className="app-logo" src={logoUrl} alt="" width={32} height={32} />}
          <p className="app-title">{title}</p>
        </div>
        {supportUrl && (
          <a className="app-support" href={supportUrl} target="_blank" rel="noreferrer">
            {strings.getHelp}
            <span className="ak-visually-hidden"> {strings.opensInNewTab}</span>
          </a>
        )}
      </header>
      <main className="app-main">{children}</main>
    </>
  );
}

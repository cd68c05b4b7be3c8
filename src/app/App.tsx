import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ActivateDevice, ActivationProvider, PasswordSignIn, type ActivationAdapter } from '../index';
import type { AppConfig } from './config';

/** Shown when config.json names no title. */
export const DEFAULT_TITLE = 'Device sign-in';

/**
 * The page around the kit: the operator's name, logo and help link, then the whole flow.
 * Backends that sign in on this page (`adapter.signIn`, e.g. better-auth) get the kit's email +
 * password form, with its second factor when the account has one.
 */
export function App({
  config,
  adapter,
  queryClient,
  missingStyles = [],
}: {
  config: AppConfig;
  adapter: ActivationAdapter;
  queryClient: QueryClient;
  /** Stylesheets of this page that failed to load: the page still works, unstyled, and says which. */
  missingStyles?: readonly string[];
}) {
  return (
    <Page title={config.title ?? DEFAULT_TITLE} logoUrl={config.logoUrl} supportUrl={config.supportUrl}>
      {missingStyles.length > 0 && (
        <p className="app-styles-missing" role="note">
          This page&apos;s styles didn&apos;t load ({missingStyles.join(', ')}), so it looks plain, but it works. If this keeps
          happening, tell the site&apos;s administrator.
        </p>
      )}
      <ActivationProvider adapter={adapter} queryClient={queryClient}>
        <ActivateDevice renderSignIn={adapter.signIn ? (props) => <PasswordSignIn {...props} /> : undefined} />
      </ActivationProvider>
    </Page>
  );
}

export function Page({ title, logoUrl, supportUrl, children }: { title: string; logoUrl?: string; supportUrl?: string; children: ReactNode }) {
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
            Get help<span className="ak-visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
      </header>
      <main className="app-main">{children}</main>
    </>
  );
}

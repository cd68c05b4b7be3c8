import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { ActivateDevice, ActivationProvider, createMemoryLocation, DeviceContextPanel, en, type Messages } from '../../src/index';
import { ar } from '../../src/i18n/locales/ar';
import { de } from '../../src/i18n/locales/de';
import { ptBR } from '../../src/i18n/locales/pt-BR';
import { AUTHOS_BASE_URL } from '../fixtures/authos';
import { scriptedFetch } from '../helpers/scripted-fetch';

const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: scriptedFetch({}).fetch });
const location = createMemoryLocation('https://app.example.com/activate');

function page(props: { messages?: Partial<Messages>; locale?: string; dir?: 'ltr' | 'rtl' }) {
  const view = render(
    <ActivationProvider adapter={adapter} location={location} {...props}>
      <ActivateDevice />
    </ActivationProvider>,
  );
  return { ...view, root: view.container.querySelector('.ak-root')! };
}

describe('choosing a language', () => {
  test('messages={de}: German from the first render, and the kit root says so with lang', () => {
    const { root } = page({ messages: de });
    expect(screen.getByRole('heading', { name: de.enterTitle })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: de.submitCode })).toBeInTheDocument();
    expect(root).toHaveAttribute('lang', 'de');
    // A left-to-right language leaves the direction to the host page.
    expect(root).not.toHaveAttribute('dir');
  });

  test('Arabic turns the kit root right-to-left, while the code field stays left-to-right', () => {
    const { root } = page({ messages: ar });
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(screen.getByLabelText(ar.codeLabel)).toHaveAttribute('dir', 'ltr');
  });

  test('a direction the host sets wins', () => {
    const { root } = page({ messages: ar, dir: 'ltr' });
    expect(root).toHaveAttribute('dir', 'ltr');
  });

  test('locale="de" alone downloads the German pack after mount; until then the page is English and says so', async () => {
    const { root } = page({ locale: 'de' });
    expect(screen.getByRole('heading', { name: en.enterTitle })).toBeInTheDocument();
    expect(root).toHaveAttribute('lang', 'en');
    expect(await screen.findByRole('heading', { name: de.enterTitle })).toBeInTheDocument();
    expect(root).toHaveAttribute('lang', 'de');
  });

  test('locale="pt" reads the pt-BR pack and says so; a language without a pack stays English with lang="en"', async () => {
    const { root } = page({ locale: 'pt' });
    expect(await screen.findByRole('heading', { name: ptBR.enterTitle })).toBeInTheDocument();
    expect(root).toHaveAttribute('lang', 'pt-BR');
    const swahili = page({ locale: 'sw' });
    // The download resolves to English: the root must not claim Swahili for English text.
    await new Promise((settled) => setTimeout(settled, 50));
    expect(swahili.root).toHaveAttribute('lang', 'en');
    expect(within(swahili.container).getByRole('heading', { name: en.enterTitle })).toBeInTheDocument();
  });

  test('locale="de-AT" with the German pack: no download, and the region tag on the root', () => {
    const { root } = page({ messages: de, locale: 'de-AT' });
    expect(screen.getByRole('heading', { name: de.enterTitle })).toBeInTheDocument();
    expect(root).toHaveAttribute('lang', 'de-AT');
  });

  test('single overrides on top of a pack keep the rest of the pack', () => {
    page({ messages: { ...de, enterTitle: 'Fernseher verbinden' } });
    expect(screen.getByRole('heading', { name: 'Fernseher verbinden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: de.submitCode })).toBeInTheDocument();
  });
});

describe('scopes in plain words', () => {
  const context = { userCode: 'WDJBMJHT', providers: [], clientId: 'acme-tv', scopes: ['openid', 'email', 'offline_access', 'read:repo', 'x\u202Ey'] };
  const scopes = () =>
    within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);

  test('standard OpenID scopes are described; unknown ones are shown as the backend sent them', () => {
    render(
      <ActivationProvider adapter={adapter} location={location}>
        <DeviceContextPanel context={context} />
      </ActivationProvider>,
    );
    expect(scopes()).toEqual([en.scopes.openid, en.scopes.email, en.scopes.offline_access, 'read:repo', 'x\u202Ey']);
  });

  test("in the person's language, and hosts describe their own scopes without losing the standard ones", async () => {
    render(
      <ActivationProvider adapter={adapter} location={location} locale="de" messages={{ scopes: { 'read:repo': 'Ihre Repositorys lesen' } }}>
        <DeviceContextPanel context={context} />
      </ActivationProvider>,
    );
    expect(await screen.findByText(de.scopes.openid!)).toBeInTheDocument();
    expect(scopes()).toEqual([de.scopes.openid, de.scopes.email, de.scopes.offline_access, 'Ihre Repositorys lesen', 'x\u202Ey']);
  });
});

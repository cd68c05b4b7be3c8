import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ActivateDevice, en } from '../src/index';
import { contextResponses, returnUrls, toResponse, verifyResponses } from '../test/fixtures/authos';
import { backendOf, type AuthOSParameters } from './support/backend';
import { dark, inLanguage, narrow, rtl, type LanguageScreen } from './support/variants';
import { PSEUDO_TAG } from './support/pseudo-locale';
import { formatMessage } from '../src/index';
import { say } from '../test/helpers/say';
import { waitText } from '../src/i18n/error-text';

const USAGE = `
The whole \`/activate\` page: code entry (or confirmation of a code that arrived in a link),
who is asking, the provider choice, the second factor on return, and an outcome that only says
what is actually known. It reads \`user_code\` and the backend's return parameters from the
address once, then scrubs them with \`history.replaceState\`.

\`\`\`tsx
import { ActivationProvider, ActivateDevice } from 'activate-kit';
import { createAuthOSAdapter } from 'activate-kit/authos';
import 'activate-kit/styles.css';

const adapter = createAuthOSAdapter({ baseUrl: 'https://sso.example.com' });

export function ActivatePage() {
  return (
    <ActivationProvider adapter={adapter}>
      <ActivateDevice onApproved={() => console.info('device approved')} />
    </ActivationProvider>
  );
}
\`\`\`

Every story below runs the real AuthOS adapter against Mock Service Worker: a fresh development
simulator per story, or a recorded AuthOS answer where a real deployment misbehaves in ways the
simulator cannot (an HTML 502, a body of the wrong shape, no network). Redirects never leave
the page: the in-memory address records them.
`;

const meta = {
  title: 'ActivateDevice',
  component: ActivateDevice,
  tags: ['autodocs'],
  args: { onApproved: fn(), onDenied: fn(), onError: fn(), onStateChange: fn() },
  argTypes: {
    onApproved: { description: 'Called once when the device is approved.', table: { category: 'Callbacks' } },
    onDenied: { description: 'Called once when the request ends denied, with whether the backend was told.', table: { category: 'Callbacks' } },
    onError: { description: 'Called for every failure the person sees, with its stable `code`.', table: { category: 'Callbacks' } },
    onStateChange: { description: 'Called after every state change.', table: { category: 'Callbacks' } },
    className: { control: 'text' },
  },
  parameters: { docs: { description: { component: USAGE } } },
} satisfies Meta<typeof ActivateDevice>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

/** `parameters.authos`, typed. */
const authos = (parameters: AuthOSParameters) => ({ authos: parameters });
/** A code the simulator issued, arriving in a link (`verification_uri_complete`). */
const linkedCode: AuthOSParameters = {
  start: (world) => {
    const userCode = world.issueCode();
    return { href: world.link(userCode), userCode };
  },
};
const screen = (context: Pick<Context, 'canvasElement'>) => within(context.canvasElement);
const codeInput = (context: Pick<Context, 'canvasElement'>) => screen(context).getByLabelText(en.codeLabel);

/** The screen shows `message` in its alert, and keeps the code the person can fix. */
async function expectError(context: Context, message: string | RegExp, code: string) {
  const alert = await screen(context).findByRole('alert');
  await expect(alert).toHaveTextContent(message);
  await expect(codeInput(context)).toHaveValue(backendOf(context).userCode ?? '');
  await waitFor(() => expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code })));
}

// ── Entering a code ─────────────────────────────────────────────────────────────────────────

export const Empty: Story = {
  play: async (context) => {
    await expect(screen(context).getByRole('heading', { name: en.enterTitle })).toBeVisible();
    await expect(codeInput(context)).toHaveValue('');
    await expect(codeInput(context)).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(screen(context).getByRole('button', { name: en.submitCode })).not.toHaveAttribute('aria-disabled');
  },
};

export const Typing: Story = {
  parameters: authos({ start: (world) => ({ userCode: world.issueCode() }) }),
  play: async (context) => {
    const { userCode } = backendOf(context);
    // Lower case and no dash, as people type it: the field regroups as they go.
    await userEvent.type(codeInput(context), userCode!.replace('-', '').slice(0, 6).toLowerCase());
    await expect(codeInput(context)).toHaveValue(userCode!.slice(0, 7));
    await expect(screen(context).queryByRole('alert')).toBeNull();
  },
};

export const InvalidCharacter: Story = {
  play: async (context) => {
    await userEvent.type(codeInput(context), 'WDJB-MJH0');
    const problem = await screen(context).findByRole('alert');
    await expect(problem).toHaveTextContent(say(en.codeInvalidCharacter, { character: '0', name: en.digitZero, position: 8 }));
    await expect(codeInput(context)).toHaveAttribute('aria-invalid', 'true');
    // Nothing was sent: a malformed code never costs rate limit.
    await userEvent.keyboard('{Enter}');
    await expect(context.args.onStateChange).not.toHaveBeenCalledWith(expect.objectContaining({ status: 'verifying' }));
  },
};

export const Verifying: Story = {
  parameters: authos({
    start: (world) => world.link(world.issueCode()),
    // AuthOS never answers: the page stays in its "checking" state for as long as you look.
    handlers: [http.post('*/auth/device/verify', () => delay('infinite'))],
    timeoutMs: 24 * 60 * 60 * 1000,
  }),
  play: async (context) => {
    const button = await screen(context).findByRole('button', { name: en.verifying });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(codeInput(context)).toHaveAttribute('readonly');
    await expect(screen(context).getByRole('status')).toHaveTextContent(en.verifying);
  },
};

// ── Flows: type or paste, confirm, choose ───────────────────────────────────────────────────

export const TypeCodeAndChoose: Story = {
  name: 'Type a code, then choose a provider',
  parameters: authos({ start: (world) => ({ userCode: world.issueCode() }) }),
  play: async (context) => {
    const { userCode } = backendOf(context);
    await userEvent.type(codeInput(context), `${userCode}{Enter}`);
    // A typed code needs no confirmation: straight to who is asking and how to sign in.
    await screen(context).findByRole('heading', { name: en.chooseTitle });
    await expect(screen(context).getByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'Acme CLI', org: 'Acme Corp' }));
    await expect(screen(context).getByText(userCode!)).toBeVisible();
    await expect(screen(context).getAllByRole('button', { name: /^Continue with / })).toHaveLength(3);
  },
};

export const PasteCode: Story = {
  name: 'Paste a code',
  parameters: authos({ start: (world) => ({ userCode: world.issueCode() }) }),
  play: async (context) => {
    const { userCode } = backendOf(context);
    await userEvent.click(codeInput(context));
    // Pasted from a chat message: quotes, spaces and lower case are all fine.
    await userEvent.paste(`“${userCode!.toLowerCase().replace('-', ' ')}”`);
    await expect(codeInput(context)).toHaveValue(userCode);
    await userEvent.click(screen(context).getByRole('button', { name: en.submitCode }));
    await screen(context).findByRole('heading', { name: en.chooseTitle });
  },
};

export const ConfirmLinkedCode: Story = {
  name: 'Prefilled code: confirm it (display names)',
  parameters: authos(linkedCode),
  play: async (context) => {
    const { userCode, location } = backendOf(context);
    await screen(context).findByRole('heading', { name: en.confirmTitle });
    await expect(screen(context).getByText(userCode!)).toBeVisible();
    await expect(screen(context).getByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'Acme CLI', org: 'Acme Corp' }));
    await expect(screen(context).getByRole('button', { name: en.confirmYes })).toBeVisible();
    // The code left the address bar as soon as it was read.
    await expect(location.href()).not.toContain('user_code');
  },
};

export const ConfirmAndChoose: Story = {
  name: 'Prefilled code: confirm, then choose',
  parameters: authos(linkedCode),
  play: async (context) => {
    await userEvent.click(await screen(context).findByRole('button', { name: en.confirmYes }));
    await screen(context).findByRole('heading', { name: en.chooseTitle });
    await expect(screen(context).getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) })).toBeVisible();
  },
};

export const ContextSlugsOnly: Story = {
  name: 'Prefilled code: context with slugs only',
  parameters: authos({
    ...linkedCode,
    // Display names are a nicety: when /api/auth/context fails, the page shows the slugs.
    handlers: [http.get('*/api/auth/context', () => toResponse(contextResponses.badGateway))],
  }),
  play: async (context) => {
    await screen(context).findByRole('heading', { name: en.confirmTitle });
    await expect(screen(context).getByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'cli', org: 'acme' }));
  },
};

export const PlatformAdmin: Story = {
  name: 'Platform admin sign-in',
  parameters: authos({
    start: (world) => {
      const userCode = world.issueCode({ admin: true });
      return { href: world.link(userCode), userCode };
    },
  }),
  play: async (context) => {
    const { baseUrl, location, userCode } = backendOf(context);
    await screen(context).findByRole('heading', { name: en.confirmTitle });
    await expect(screen(context).getByRole('group', { name: en.contextLabel })).toHaveTextContent(en.adminSignIn);
    await userEvent.click(screen(context).getByRole('button', { name: en.confirmYes }));
    await userEvent.click(await screen(context).findByRole('button', { name: say(en.continueWith, { provider: 'Microsoft' }) }));
    const target = new URL(location.assigned[0]!);
    await expect(`${target.origin}${target.pathname}`).toBe(`${baseUrl}/auth/admin/microsoft`);
    await expect(Object.fromEntries(target.searchParams)).toEqual({ org_slug: 'platform', user_code: userCode });
  },
};

export const NoProviders: Story = {
  name: 'No sign-in methods configured',
  parameters: authos({
    start: (world) => {
      world.sim.setProviders('acme', []);
      return { userCode: world.issueCode() };
    },
  }),
  play: async (context) => {
    await userEvent.type(codeInput(context), `${backendOf(context).userCode}{Enter}`);
    await expect(await screen(context).findByRole('note')).toHaveTextContent(en.noProviders);
    await expect(screen(context).queryByRole('button', { name: /^Continue with / })).toBeNull();
  },
};

export const Redirecting: Story = {
  name: 'Choose a provider: redirecting',
  parameters: authos(linkedCode),
  play: async (context) => {
    const { baseUrl, location, sim, userCode } = backendOf(context);
    await userEvent.click(await screen(context).findByRole('button', { name: en.confirmYes }));
    await userEvent.click(await screen(context).findByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }));
    await screen(context).findByRole('heading', { name: say(en.redirectingTitle, { provider: 'GitHub' }) });
    // The page tried to leave exactly once, for AuthOS's own origin, with no redirect_uri.
    await expect(location.assigned).toHaveLength(1);
    const target = new URL(location.assigned[0]!);
    await expect(`${target.origin}${target.pathname}`).toBe(`${baseUrl}/auth/github`);
    await expect(Object.fromEntries(target.searchParams)).toEqual({ org: 'acme', service: 'cli', user_code: userCode });
    // …and the (simulated) AuthOS accepts it: its provider page offers to sign in.
    await expect(sim.handle({ method: 'GET', url: target.href }).status).toBe(200);
    await expect(screen(context).getByRole('link', { name: say(en.continueWith, { provider: 'GitHub' }) })).toHaveAttribute('href', target.href);
  },
};

// ── Errors from verify ──────────────────────────────────────────────────────────────────────

/** A linked code the simulator answers with an error, set up by `prepare` (older or newer server). */
const failingLink = (prepare: (world: Parameters<NonNullable<AuthOSParameters['start']>>[0], userCode: string) => void, generation: 'newer' | 'older' = 'older') =>
  authos({
    simulator: { generation },
    start: (world) => {
      const userCode = world.issueCode();
      prepare(world, userCode);
      return { href: world.link(userCode), userCode };
    },
  });

export const ErrorUnavailable: Story = {
  name: 'Error: unavailable (newer server)',
  parameters: authos({
    start: (world) => ({ href: world.link('WDJB-MJHT'), userCode: 'WDJB-MJHT' }),
  }),
  play: (context) => expectError(context, en.codeUnavailable, 'code_unavailable'),
};

export const ErrorInvalid: Story = {
  name: 'Error: invalid code (older server)',
  parameters: authos({
    simulator: { generation: 'older' },
    start: (world) => ({ href: world.link('WDJB-MJHT'), userCode: 'WDJB-MJHT' }),
  }),
  play: (context) => expectError(context, en.invalidCode, 'invalid_code'),
};

export const ErrorExpired: Story = {
  name: 'Error: expired (older server)',
  parameters: failingLink((world, code) => world.sim.expireCode(code)),
  play: (context) => expectError(context, en.expiredCode, 'expired'),
};

export const ErrorAlreadyUsed: Story = {
  name: 'Error: already used (older server)',
  parameters: failingLink((world, code) => world.sim.authorize(code)),
  play: (context) => expectError(context, en.alreadyUsed, 'already_used'),
};

export const ErrorNotFound: Story = {
  name: 'Error: organisation gone',
  parameters: failingLink((world) => world.sim.removeOrg('acme'), 'newer'),
  play: (context) => expectError(context, en.notFound, 'not_found'),
};

export const ErrorRateLimited: Story = {
  name: 'Error: rate limited, with countdown',
  parameters: authos({
    // AuthOS's bucket, but slow to refill, so the countdown stays on screen a while.
    simulator: { rateLimit: { deviceRefillMs: 20_000 } },
    start: (world) => {
      const userCode = world.issueCode();
      world.exhaustRateLimit('device');
      return { href: world.link(userCode), userCode };
    },
  }),
  play: async (context) => {
    await expectError(context, en.rateLimited, 'rate_limited');
    const timer = screen(context).getByRole('timer');
    const seconds = () => Number(/\d+/.exec(timer.textContent ?? '')?.[0]);
    const first = seconds();
    await expect(first).toBeGreaterThan(10);
    await expect(timer).toHaveTextContent(waitText(en, first));
    await expect(screen(context).getByRole('button', { name: en.submitCode })).toHaveAttribute('aria-disabled', 'true');
    // It counts down while the person watches.
    await waitFor(() => expect(seconds()).toBeLessThan(first), { timeout: 2500 });
  },
};

export const ErrorNetworkDown: Story = {
  name: 'Error: network down',
  parameters: authos({ ...linkedCode, handlers: [http.post('*/auth/device/verify', () => HttpResponse.error())] }),
  play: (context) => expectError(context, en.network, 'network'),
};

export const ErrorTimeout: Story = {
  name: 'Error: no answer in time',
  parameters: authos({
    ...linkedCode,
    handlers: [http.post('*/auth/device/verify', () => delay('infinite'))],
    timeoutMs: 300,
  }),
  play: (context) => expectError(context, en.timeout, 'timeout'),
};

export const ErrorOffline: Story = {
  name: 'Error: the browser is offline',
  parameters: authos({ ...linkedCode, handlers: [http.post('*/auth/device/verify', () => HttpResponse.error())] }),
  beforeEach: () => {
    // Only when the browser itself says it is offline is the person's connection blamed.
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    return () => Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
  },
  play: (context) => expectError(context, en.offline, 'offline'),
};

export const ErrorServiceDown: Story = {
  name: 'Error: service unavailable (HTML 502, no wait given)',
  parameters: authos({
    ...linkedCode,
    // What nginx in front of AuthOS says when AuthOS is down: a temporary outage, not an "unexpected answer".
    handlers: [http.post('*/auth/device/verify', () => toResponse(verifyResponses.badGateway))],
  }),
  play: (context) => expectError(context, `${en.serviceUnavailable} ${en.retryLater}`, 'service_unavailable'),
};

export const ErrorMaintenance: Story = {
  name: 'Error: maintenance (503 with Retry-After), counting down',
  parameters: authos({ ...linkedCode, handlers: [http.post('*/auth/device/verify', () => toResponse(verifyResponses.maintenance))] }),
  play: async (context) => {
    await expectError(context, en.serviceUnavailable, 'service_unavailable');
    await expect(screen(context).getByRole('timer')).toHaveTextContent(waitText(en, 120));
    // The same code is worth sending again once the service is back: the button says "Try again".
    await expect(screen(context).getByRole('button', { name: en.tryAgain })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ErrorRedirected: Story = {
  name: 'Error: verify redirected to another origin (never followed)',
  parameters: authos({
    ...linkedCode,
    handlers: [http.post('*/auth/device/verify', () => new HttpResponse(null, { status: 302, headers: { location: 'https://evil.example/verify' } }))],
  }),
  play: async (context) => {
    await expectError(context, en.unexpectedResponse, 'unexpected_response');
    await expect(screen(context).queryByRole('heading', { name: en.confirmTitle })).toBeNull();
  },
};

export const ErrorLookupRefused: Story = {
  name: 'Error: 403 before anyone signed in (the lookup is refused)',
  parameters: authos({ ...linkedCode, handlers: [http.post('*/auth/device/verify', () => toResponse(verifyResponses.forbidden))] }),
  // Not "your account can't…": nobody has signed in yet.
  play: (context) => expectError(context, en.lookupRefused, 'lookup_refused'),
};

export const ErrorAbsurdWait: Story = {
  name: 'Error: Retry-After: 99999999999 (said as "later")',
  parameters: authos({ ...linkedCode, handlers: [http.post('*/auth/device/verify', () => toResponse(verifyResponses.absurdWait))] }),
  play: async (context) => {
    await expectError(context, `${en.rateLimited} ${en.retryLater}`, 'rate_limited');
    await expect(screen(context).queryByRole('timer')).toBeNull();
  },
};

export const ErrorProviderFlood: Story = {
  name: 'Error: ten thousand providers (a broken answer, not ten thousand buttons)',
  parameters: authos({ ...linkedCode, handlers: [http.post('*/auth/device/verify', () => toResponse(verifyResponses.providerFlood))] }),
  play: async (context) => {
    await expectError(context, en.unexpectedResponse, 'unexpected_response');
    await expect(screen(context).queryAllByRole('button', { name: /^Continue with / })).toHaveLength(0);
  },
};

export const NamesBlank: Story = {
  name: 'Prefilled code: display names blank once invisible characters go (slugs shown)',
  parameters: authos({ ...linkedCode, handlers: [http.get('*/api/auth/context', () => toResponse(contextResponses.blankNames))] }),
  play: async (context) => {
    await screen(context).findByRole('heading', { name: en.confirmTitle });
    await expect(screen(context).getByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'cli', org: 'acme' }));
  },
};

export const NamesHang: Story = {
  name: 'Prefilled code: a display-name lookup that hangs holds nothing up',
  parameters: authos({ ...linkedCode, handlers: [http.get('*/api/auth/context', () => delay('infinite'))] }),
  play: async (context) => {
    // Names may hold the verified code up for 1.5 s, never for the adapter's 10 s timeout.
    await screen(context).findByRole('heading', { name: en.confirmTitle }, { timeout: 4000 });
    await expect(screen(context).getByRole('group', { name: en.contextLabel })).toHaveTextContent(say(en.signInTo, { service: 'cli', org: 'acme' }));
  },
};

export const ErrorMalformedProviders: Story = {
  name: 'Error: a provider list that is not a list of ids',
  parameters: authos({ ...linkedCode, handlers: [http.post('*/auth/device/verify', () => toResponse(verifyResponses.providerObjects))] }),
  // A broken answer, never "this service has no sign-in methods".
  play: (context) => expectError(context, en.unexpectedResponse, 'unexpected_response'),
};

export const ErrorHugeLinkedCode: Story = {
  name: 'Error: a linked code that cannot be a code',
  parameters: authos({ start: (world) => ({ href: `${world.link('WDJB-MJHT').split('?')[0]}?user_code=${'A'.repeat(100_000)}` }) }),
  play: async (context) => {
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.badLink);
    await expect(codeInput(context)).toHaveValue('');
    await expect(backendOf(context).location.href()).not.toContain('user_code');
  },
};

export const ErrorUnexpectedShape: Story = {
  name: 'Error: unexpected response (wrong shape)',
  parameters: authos({
    ...linkedCode,
    handlers: [http.post('*/auth/device/verify', () => toResponse(verifyResponses.wrongShape))],
  }),
  play: (context) => expectError(context, en.unexpectedResponse, 'unexpected_response'),
};

// ── Back from the provider ──────────────────────────────────────────────────────────────────

export const MfaChallengeAfterSignIn: Story = {
  name: 'Back from the provider: MFA challenge',
  parameters: authos({
    start: (world) => {
      const userCode = world.issueCode();
      return { href: world.signInAtProvider(userCode, 'mfa'), userCode };
    },
  }),
  play: async (context) => {
    const { href, location } = backendOf(context);
    await expect(href).toContain('/activate/mfa-challenge?preauth_token=');
    await expect(screen(context).getByRole('heading', { name: en.mfaTitle })).toBeVisible();
    await expect(screen(context).getByLabelText(en.mfaCodeLabel)).toHaveAttribute('inputmode', 'numeric');
    // The pre-auth token, device code id and user code are scrubbed from the address at once.
    await expect(location.href()).toBe('https://app.example.test/activate/mfa-challenge');
  },
};

export const MfaWrongThenRight: Story = {
  name: 'MFA: wrong code, then the right one',
  parameters: MfaChallengeAfterSignIn.parameters,
  play: async (context) => {
    const backend = backendOf(context);
    const field = screen(context).getByLabelText(en.mfaCodeLabel);
    await userEvent.type(field, `${backend.wrongTotp()}{Enter}`);
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.mfaWrongCode);
    // The field is selected again, so the next code replaces the wrong one.
    await waitFor(() => expect(field).toHaveFocus());
    // No click first: the wrong code is selected, so typing replaces it, as it would for a person.
    await userEvent.type(field, `${backend.totp()}{Enter}`, { skipClick: true });
    await screen(context).findByRole('heading', { name: en.approvedTitle });
    await waitFor(() => expect(context.args.onApproved).toHaveBeenCalledOnce());
    await expect(backend.sim.inspect(backend.userCode!)?.status).toBe('authorized');
  },
};

export const Approved: Story = {
  name: 'Back from the provider: approved',
  parameters: authos({
    start: (world) => {
      const userCode = world.issueCode();
      return { href: world.signInAtProvider(userCode, 'demo'), userCode };
    },
  }),
  play: async (context) => {
    const { sim, userCode } = backendOf(context);
    await expect(screen(context).getByRole('heading', { name: en.approvedTitle })).toBeVisible();
    await expect(screen(context).getByText(en.approvedBody)).toBeVisible();
    await waitFor(() => expect(context.args.onApproved).toHaveBeenCalledOnce());
    await expect(sim.inspect(userCode!)?.status).toBe('authorized');
  },
};

export const DeniedAtProvider: Story = {
  name: 'Back from the provider: denied',
  parameters: authos({
    // The platform flow is the one that comes back on a denial (service flows stay on AuthOS's page).
    start: (world) => {
      const userCode = world.issueCode({ admin: true });
      return { href: world.signInAtProvider(userCode, 'cancel'), userCode };
    },
  }),
  play: async (context) => {
    await expect(backendOf(context).href).toContain('/callback?error=access_denied');
    await expect(screen(context).getByRole('heading', { name: en.refusedTitle })).toBeVisible();
    await expect(screen(context).getByText(en.refusedBody)).toBeVisible();
    await waitFor(() => expect(context.args.onDenied).toHaveBeenCalledWith(false));
  },
};

export const DamagedReturnLink: Story = {
  name: 'Back from the provider: a damaged return link',
  parameters: authos({ start: () => 'https://app.example.test/activate/mfa-challenge?user_code=WDJB-MJHT&device_code_id=' }),
  play: async (context) => {
    // The link is the problem, and the person can start again from it.
    await expect(screen(context).getByRole('heading', { name: en.failedTitle })).toBeVisible();
    await expect(screen(context).getByText(en.badLink)).toBeVisible();
    await userEvent.click(screen(context).getByRole('button', { name: en.startAgain }));
    await expect(codeInput(context)).toHaveValue('');
  },
};

export const SuccessWithError: Story = {
  name: 'Back from the provider: an error beside a success flag',
  parameters: authos({ start: () => returnUrls.successWithError.replace('https://app.example.com', 'https://app.example.test') }),
  play: async (context) => {
    await expect(screen(context).getByRole('heading', { name: en.refusedTitle })).toBeVisible();
    await expect(context.args.onApproved).not.toHaveBeenCalled();
  },
};

export const ProviderError: Story = {
  name: 'Back from the provider: provider error',
  // The simulator has no failing provider; this is the return URL AuthOS writes when one fails.
  parameters: authos({ start: () => returnUrls.platformProviderError }),
  play: async (context) => {
    await expect(screen(context).getByRole('heading', { name: en.failedTitle })).toBeVisible();
    await expect(screen(context).getByText(en.providerError)).toBeVisible();
    await waitFor(() => expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'provider_error' })));
  },
};

export const ExpiredDuringMfa: Story = {
  name: 'MFA: the code expired meanwhile',
  parameters: authos({
    start: (world) => {
      const userCode = world.issueCode();
      const href = world.signInAtProvider(userCode, 'mfa');
      world.sim.expireCode(userCode);
      return { href, userCode };
    },
  }),
  play: async (context) => {
    await userEvent.type(screen(context).getByLabelText(en.mfaCodeLabel), `${backendOf(context).totp()}{Enter}`);
    await screen(context).findByRole('heading', { name: en.expiredTitle });
    await expect(screen(context).getByText(en.expiredBody)).toBeVisible();
    await expect(screen(context).getByRole('button', { name: en.startAgain })).toBeVisible();
  },
};

export const NotMe: Story = {
  name: '“This wasn’t me”',
  parameters: authos(linkedCode),
  play: async (context) => {
    await userEvent.click(await screen(context).findByRole('button', { name: en.notMe }));
    await screen(context).findByRole('heading', { name: en.deniedTitle });
    // AuthOS has no deny endpoint: the page says so rather than pretending the device was told.
    await expect(screen(context).getByText(en.notMeBody)).toBeVisible();
    await waitFor(() => expect(context.args.onDenied).toHaveBeenCalledWith(false));
  },
};

// ── Theming ─────────────────────────────────────────────────────────────────────────────────

/** A host app's brand, as in the Introduction: unlayered rules on `.ak-root` beat the kit's layer. */
const BRAND_CSS = `
.brand-demo.ak-root {
  --ak-accent: light-dark(#6d28d9, #c4b5fd);
  --ak-focus: light-dark(#6d28d9, #c4b5fd);
  --ak-surface: light-dark(#f5f3ff, #1e1b2e);
  --ak-radius: 4px;
  --ak-font: Georgia, 'Times New Roman', serif;
  --ak-max-width: 32rem;
}`;

export const CustomTheme: Story = {
  name: 'Custom theme (--ak-* properties)',
  args: { className: 'brand-demo' },
  parameters: authos(linkedCode),
  decorators: [
    (Story) => (
      <>
        <style>{BRAND_CSS}</style>
        <Story />
      </>
    ),
  ],
  play: async (context) => {
    const button = await screen(context).findByRole('button', { name: en.confirmYes });
    await expect(getComputedStyle(button).borderRadius).toBe('4px');
  },
};

// ── Every screen in dark mode, at 320 px and right-to-left ──────────────────────────────────

export const EmptyDark = dark(Empty);
export const EmptyNarrow = narrow(Empty);
export const EmptyRtl = rtl(Empty);
export const VerifyingDark = dark(Verifying);
export const VerifyingNarrow = narrow(Verifying);
export const VerifyingRtl = rtl(Verifying);
export const ErrorDark = dark(ErrorAlreadyUsed);
export const ErrorNarrow = narrow(ErrorAlreadyUsed);
export const ErrorRtl = rtl(ErrorAlreadyUsed);
export const ConfirmDark = dark(ConfirmLinkedCode);
export const ConfirmNarrow = narrow(ConfirmLinkedCode);
export const ConfirmRtl = rtl(ConfirmLinkedCode);
export const ChooseDark = dark(TypeCodeAndChoose);
export const ChooseNarrow = narrow(TypeCodeAndChoose);
export const ChooseRtl = rtl(TypeCodeAndChoose);
export const RedirectingDark = dark(Redirecting);
export const RedirectingNarrow = narrow(Redirecting);
export const RedirectingRtl = rtl(Redirecting);
export const MfaDark = dark(MfaChallengeAfterSignIn);
export const MfaNarrow = narrow(MfaChallengeAfterSignIn);
export const MfaRtl = rtl(MfaChallengeAfterSignIn);
export const ApprovedDark = dark(Approved);
export const ApprovedNarrow = narrow(Approved);
export const ApprovedRtl = rtl(Approved);
export const DeniedDark = dark(NotMe);
export const DeniedNarrow = narrow(NotMe);
export const DeniedRtl = rtl(NotMe);
export const ExpiredDark = dark(ExpiredDuringMfa);
export const ExpiredNarrow = narrow(ExpiredDuringMfa);
export const ExpiredRtl = rtl(ExpiredDuringMfa);
export const FailedDark = dark(ProviderError);
export const FailedNarrow = narrow(ProviderError);
export const FailedRtl = rtl(ProviderError);
export const CustomThemeDark = dark(CustomTheme);

// ── Languages ───────────────────────────────────────────────────────────────────────────────
// The main screens at 320 px in German (long words), Arabic (right to left), Japanese (CJK) and
// the pseudo-locale (accented, 40 % longer): each reached in that language, then checked for
// lang/dir, its heading, no English left and no sideways scrolling; axe runs on each.

const press = async ({ canvasElement }: Pick<Context, 'canvasElement'>, name: string) => userEvent.click(await within(canvasElement).findByRole('button', { name }));
const LANGUAGE_SCREENS = {
  Entry: [Empty, { state: 'entering', title: (m) => m.enterTitle }],
  CodeError: [ErrorAlreadyUsed, { state: 'entering', title: (m) => m.enterTitle }],
  RateLimited: [ErrorRateLimited, { state: 'entering', title: (m) => m.enterTitle }],
  Confirm: [ConfirmLinkedCode, { state: 'confirming', title: (m) => m.confirmTitle }],
  Choose: [ConfirmLinkedCode, { state: 'choosing', title: (m) => m.chooseTitle, steps: (context, m) => press(context, m.confirmYes) }],
  Redirecting: [ConfirmLinkedCode, {
    state: 'redirecting',
    title: (m) => formatMessage(m.locale, m.redirectingTitle, { provider: 'GitHub' }),
    steps: async (context, m) => {
      await press(context, m.confirmYes);
      await press(context, formatMessage(m.locale, m.continueWith, { provider: 'GitHub' }));
    },
  }],
  NotMe: [ConfirmLinkedCode, { state: 'denied', title: (m) => m.deniedTitle, steps: (context, m) => press(context, m.notMe) }],
  Mfa: [MfaChallengeAfterSignIn, { state: 'mfa', title: (m) => m.mfaTitle }],
  MfaRecovery: [MfaChallengeAfterSignIn, { state: 'mfa', title: (m) => m.mfaTitle, steps: (context, m) => press(context, m.mfaUseRecovery) }],
  Refused: [DeniedAtProvider, { state: 'denied', title: (m) => m.refusedTitle }],
  Failed: [DamagedReturnLink, { state: 'failed', title: (m) => m.failedTitle }],
} satisfies Record<string, [Story, LanguageScreen]>;
const inLanguageStory = (tag: string, screen: keyof typeof LANGUAGE_SCREENS): Story => {
  const [story, check] = LANGUAGE_SCREENS[screen];
  return { ...inLanguage(tag, check)(story), name: `${screen} (${tag}, 320 px)` };
};

export const EntryDe = inLanguageStory('de', 'Entry');
export const CodeErrorDe = inLanguageStory('de', 'CodeError');
export const RateLimitedDe = inLanguageStory('de', 'RateLimited');
export const ConfirmDe = inLanguageStory('de', 'Confirm');
export const ChooseDe = inLanguageStory('de', 'Choose');
export const RedirectingDe = inLanguageStory('de', 'Redirecting');
export const NotMeDe = inLanguageStory('de', 'NotMe');
export const MfaDe = inLanguageStory('de', 'Mfa');
export const MfaRecoveryDe = inLanguageStory('de', 'MfaRecovery');
export const RefusedDe = inLanguageStory('de', 'Refused');
export const FailedDe = inLanguageStory('de', 'Failed');
export const EntryAr = inLanguageStory('ar', 'Entry');
export const CodeErrorAr = inLanguageStory('ar', 'CodeError');
export const RateLimitedAr = inLanguageStory('ar', 'RateLimited');
export const ConfirmAr = inLanguageStory('ar', 'Confirm');
export const ChooseAr = inLanguageStory('ar', 'Choose');
export const RedirectingAr = inLanguageStory('ar', 'Redirecting');
export const NotMeAr = inLanguageStory('ar', 'NotMe');
export const MfaAr = inLanguageStory('ar', 'Mfa');
export const MfaRecoveryAr = inLanguageStory('ar', 'MfaRecovery');
export const RefusedAr = inLanguageStory('ar', 'Refused');
export const FailedAr = inLanguageStory('ar', 'Failed');
export const EntryJa = inLanguageStory('ja', 'Entry');
export const CodeErrorJa = inLanguageStory('ja', 'CodeError');
export const RateLimitedJa = inLanguageStory('ja', 'RateLimited');
export const ConfirmJa = inLanguageStory('ja', 'Confirm');
export const ChooseJa = inLanguageStory('ja', 'Choose');
export const RedirectingJa = inLanguageStory('ja', 'Redirecting');
export const NotMeJa = inLanguageStory('ja', 'NotMe');
export const MfaJa = inLanguageStory('ja', 'Mfa');
export const MfaRecoveryJa = inLanguageStory('ja', 'MfaRecovery');
export const RefusedJa = inLanguageStory('ja', 'Refused');
export const FailedJa = inLanguageStory('ja', 'Failed');
export const EntryPseudo = inLanguageStory(PSEUDO_TAG, 'Entry');
export const CodeErrorPseudo = inLanguageStory(PSEUDO_TAG, 'CodeError');
export const RateLimitedPseudo = inLanguageStory(PSEUDO_TAG, 'RateLimited');
export const ConfirmPseudo = inLanguageStory(PSEUDO_TAG, 'Confirm');
export const ChoosePseudo = inLanguageStory(PSEUDO_TAG, 'Choose');
export const RedirectingPseudo = inLanguageStory(PSEUDO_TAG, 'Redirecting');
export const NotMePseudo = inLanguageStory(PSEUDO_TAG, 'NotMe');
export const MfaPseudo = inLanguageStory(PSEUDO_TAG, 'Mfa');
export const MfaRecoveryPseudo = inLanguageStory(PSEUDO_TAG, 'MfaRecovery');
export const RefusedPseudo = inLanguageStory(PSEUDO_TAG, 'Refused');
export const FailedPseudo = inLanguageStory(PSEUDO_TAG, 'Failed');

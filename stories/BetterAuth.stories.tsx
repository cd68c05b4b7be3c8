import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BETTER_AUTH_USER_CODE } from '../src/adapters/better-auth';
import { ActivateDevice, PasswordSignIn, en, formatUserCode } from '../src/index';
import { ADA, betterAuthLoader, betterAuthOf, GRACE, PASSWORD, type BetterAuthParameters, type BetterAuthServer } from './support/better-auth-backend';
import { ACTIVATE_URL } from './support/backend';
import { dark, inLanguage, narrow, rtl, type LanguageScreen } from './support/variants';
import { PSEUDO_TAG } from './support/pseudo-locale';
import { waitText } from '../src/i18n/error-text';

const USAGE = `
\`<ActivateDevice>\` on a backend with **explicit consent**: better-auth's \`deviceAuthorization\`
plugin (with \`emailAndPassword\` and, optionally, \`twoFactor\`). The person signs in on the
activation page itself — before the code is looked up, because better-auth's \`GET /device\`
claims a code for whoever is signed in — then sees the application's client id and the scopes it
asks for, and answers **Allow** or **Deny**. A denial reaches the device, so the page can say so.

\`\`\`tsx
import { ActivationProvider, ActivateDevice, PasswordSignIn } from 'activate-kit';
import { createBetterAuthAdapter } from 'activate-kit/better-auth';
import 'activate-kit/styles.css';

// better-auth's URL (origin + base path). Its session is a cookie: list this page's origin in
// trustedOrigins, allow credentials in CORS and expose X-Retry-After if it lives elsewhere.
const adapter = createBetterAuthAdapter({ baseUrl: 'https://example.com/api/auth' });

export function ActivatePage() {
  return (
    <ActivationProvider adapter={adapter}>
      <ActivateDevice renderSignIn={(p) => <PasswordSignIn {...p} />} onApproved={() => console.info('device approved')} />
    </ActivationProvider>
  );
}
\`\`\`

\`renderSignIn\` is the sign-in step: \`<PasswordSignIn>\` (email and password, then the second
factor when the account has one), or your own form — call \`onSignedIn\` once better-auth has set
its session cookie. Without it the page asks the person to sign in elsewhere and come back.

Every story below runs the real better-auth adapter over \`fetch\` against an in-memory
better-auth (Mock Service Worker, a fresh one per story) that answers with the bodies, statuses
and headers better-auth 1.7.25 sends, and enforces its production rate limits. Accounts:
\`${ADA.email}\` and, with an authenticator app, \`${GRACE.email}\`; password \`${PASSWORD}\`.
`;

const meta = {
  title: 'better-auth/ActivateDevice',
  component: ActivateDevice,
  tags: ['autodocs'],
  loaders: [betterAuthLoader],
  args: {
    renderSignIn: (props) => <PasswordSignIn {...props} />,
    onApproved: fn(),
    onDenied: fn(),
    onError: fn(),
    onStateChange: fn(),
  },
  argTypes: {
    renderSignIn: {
      control: false,
      description: 'The sign-in step: `(p) => <PasswordSignIn {...p} />` or your own form (call `p.onSignedIn()` once signed in).',
    },
    onApproved: { description: 'Called once when the device is approved.', table: { category: 'Callbacks' } },
    onDenied: { description: 'Called once when the request ends denied, with whether the backend was told (`true` after Deny).', table: { category: 'Callbacks' } },
    onError: { description: 'Called for every failure the person sees, with its stable `code`.', table: { category: 'Callbacks' } },
    onStateChange: { description: 'Called after every state change.', table: { category: 'Callbacks' } },
    className: { control: 'text' },
  },
  parameters: { betterAuth: {} satisfies BetterAuthParameters, docs: { description: { component: USAGE } } },
} satisfies Meta<typeof ActivateDevice>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

/** `parameters.betterAuth`, typed. */
const betterAuth = (parameters: BetterAuthParameters) => ({ betterAuth: parameters });
const screen = (context: Pick<Context, 'canvasElement'>) => within(context.canvasElement);
/** How the page writes a better-auth code: `ABCD-EFGH`. */
const shown = (userCode: string) => formatUserCode(userCode, BETTER_AUTH_USER_CODE);
/** How many times the page looked the code up (each one spends 1 of better-auth's 5 per 30 minutes). */
const lookups = (server: BetterAuthServer) => server.requests.filter((r) => r === 'GET /device').length;

/** A device's code arriving in a link (`verification_uri_complete`), optionally signed in already. */
function linkedCode(prepare?: (server: BetterAuthServer, userCode: string) => void): BetterAuthParameters['start'] {
  return (server) => {
    const userCode = server.issueCode();
    prepare?.(server, userCode);
    return { href: server.link(userCode), userCode };
  };
}
const signedInAsAda = (server: BetterAuthServer) => server.signIn(ADA.email);

async function signIn(context: Context, email: string, password = PASSWORD) {
  await screen(context).findByRole('heading', { name: en.signInTitle });
  await userEvent.type(screen(context).getByLabelText(en.emailLabel), email);
  await userEvent.type(screen(context).getByLabelText(en.passwordLabel), `${password}{Enter}`);
}

/** The consent screen, with everything a person needs to decide: the code to compare with the device (RFC 8628 §5.4), who asks, Allow / Deny. */
async function expectConsent(context: Context) {
  const { userCode } = betterAuthOf(context);
  await screen(context).findByRole('heading', { name: en.consentTitle });
  await expect(screen(context).getByText(shown(userCode!))).toHaveAttribute('dir', 'ltr');
  const details = screen(context).getByRole('group', { name: en.contextLabel });
  await expect(details).toHaveTextContent(`${en.clientLabel}: acme-tv`);
  await expect(within(details).getAllByRole('listitem').map((item) => item.textContent)).toEqual([en.scopes.openid, en.scopes.profile, en.scopes.email]);
  await expect(details).toHaveTextContent(en.antiPhishing);
  await expect(screen(context).getByRole('button', { name: en.approve })).not.toHaveAttribute('aria-disabled');
  await expect(screen(context).getByRole('button', { name: en.deny })).not.toHaveAttribute('aria-disabled');
}

/** A failed lookup: the code field again, the code kept, and a sentence that says which failure. */
async function expectCodeError(context: Context, message: string, code: string) {
  const alert = await screen(context).findByRole('alert');
  await expect(alert).toHaveTextContent(message);
  await expect(screen(context).getByLabelText(en.codeLabel)).toHaveValue(shown(betterAuthOf(context).userCode!));
  await waitFor(() => expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code })));
}

// ── Signing in on the page ──────────────────────────────────────────────────────────────────

export const SignInForm: Story = {
  name: 'Sign-in form (linked code, signed out)',
  parameters: betterAuth({ start: linkedCode() }),
  play: async (context) => {
    const { server, location } = betterAuthOf(context);
    await expect(await screen(context).findByRole('heading', { name: en.signInTitle })).toBeVisible();
    await expect(screen(context).getByText(en.signInIntro)).toBeVisible();
    await expect(screen(context).getByLabelText(en.emailLabel)).toHaveAttribute('autocomplete', 'username');
    await expect(screen(context).getByLabelText(en.passwordLabel)).toHaveAttribute('autocomplete', 'current-password');
    await expect(screen(context).getByRole('button', { name: en.signInSubmit })).not.toHaveAttribute('aria-disabled');
    // Signed out, the code was not looked up: a lookup now would not claim it, and costs rate limit.
    await expect(server.requests).toEqual(['GET /get-session']);
    await expect(location.href()).not.toContain('user_code');
  },
};

export const WrongPassword: Story = {
  name: 'Sign-in: wrong password',
  parameters: betterAuth({ start: linkedCode() }),
  play: async (context) => {
    const { server } = betterAuthOf(context);
    await signIn(context, ADA.email, 'not-the-password');
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.invalidCredentials);
    await expect(screen(context).getByLabelText(en.emailLabel)).toHaveValue(ADA.email);
    await expect(screen(context).getByLabelText(en.passwordLabel)).toHaveAccessibleDescription(en.invalidCredentials);
    await expect(screen(context).getByRole('button', { name: en.signInSubmit })).not.toHaveAttribute('aria-disabled');
    await expect(lookups(server)).toBe(0);
    await expect(server.sessionEmail()).toBeNull();
  },
};

export const SignInThenConsent: Story = {
  name: 'Sign in, then compare the code and consent on one screen',
  parameters: betterAuth({ start: linkedCode() }),
  play: async (context) => {
    const { server, userCode } = betterAuthOf(context);
    await signIn(context, ADA.email);
    // A linked code is matched against the device (RFC 8628 §5.4) on the consent screen itself…
    await expectConsent(context);
    await expect(screen(context).queryByRole('button', { name: en.confirmYes })).toBeNull();
    // …and was looked up exactly once, after sign-in, which claimed it for Ada.
    await expect(server.requests).toEqual(['GET /get-session', 'POST /sign-in/email', 'GET /device']);
    await expect(server.inspect(userCode!)).toMatchObject({ status: 'pending', claimedBy: 'usr_ada' });
  },
};

export const SignInWithMfa: Story = {
  name: 'Sign in with a second factor (wrong code, then right)',
  parameters: betterAuth({ start: (server) => ({ userCode: server.issueCode() }) }),
  play: async (context) => {
    const { server, userCode } = betterAuthOf(context);
    // Typed this time: a typed code needs no confirmation, so consent follows sign-in directly.
    await userEvent.type(screen(context).getByLabelText(en.codeLabel), `${userCode!.toLowerCase()}{Enter}`);
    await signIn(context, GRACE.email);
    const field = await screen(context).findByLabelText(en.mfaCodeLabel);
    await expect(screen(context).getByRole('heading', { name: en.mfaTitle })).toHaveFocus();
    await userEvent.type(field, `${server.wrongTotp()}{Enter}`);
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.mfaWrongCode);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(server.sessionEmail()).toBeNull();
    // The wrong code is selected again, so the next one replaces it.
    await waitFor(() => expect(field).toHaveFocus());
    const right = server.totp();
    await userEvent.type(field, `${right.slice(0, 3)} ${right.slice(3)}{Enter}`, { skipClick: true });
    await expectConsent(context);
    await expect(server.sessionEmail()).toBe(GRACE.email);
    await expect(server.requests.filter((r) => r.startsWith('POST /two-factor/'))).toEqual(['POST /two-factor/verify-totp', 'POST /two-factor/verify-totp']);
  },
};

// ── Consent ─────────────────────────────────────────────────────────────────────────────────

export const Consent: Story = {
  name: 'Consent: client id and scopes',
  parameters: betterAuth({
    // Ada signed in to the app earlier, then typed the code from her TV.
    start: (server) => {
      signedInAsAda(server);
      return { userCode: server.issueCode() };
    },
  }),
  play: async (context) => {
    const { userCode } = betterAuthOf(context);
    await userEvent.type(screen(context).getByLabelText(en.codeLabel), `${userCode}{Enter}`);
    await expectConsent(context);
    await expect(screen(context).getByRole('heading', { name: en.consentTitle })).toHaveFocus();
  },
};

export const Approve: Story = {
  name: 'Consent: Allow → approved',
  parameters: Consent.parameters,
  play: async (context) => {
    const { server, userCode } = betterAuthOf(context);
    await Consent.play!(context);
    await userEvent.click(screen(context).getByRole('button', { name: en.approve }));
    // better-auth confirmed the approval, so the page says the device was approved.
    await expect(await screen(context).findByRole('heading', { name: en.confirmedTitle })).toHaveFocus();
    await expect(screen(context).getByText(en.confirmedBody)).toBeVisible();
    await waitFor(() => expect(context.args.onApproved).toHaveBeenCalledOnce());
    await expect(server.inspect(userCode!)?.status).toBe('approved');
  },
};

export const Deny: Story = {
  name: 'Consent: Deny → the device has been told',
  parameters: Consent.parameters,
  play: async (context) => {
    const { server, userCode } = betterAuthOf(context);
    await Consent.play!(context);
    await userEvent.click(screen(context).getByRole('button', { name: en.deny }));
    await expect(await screen(context).findByRole('heading', { name: en.deniedTitle })).toBeVisible();
    await expect(screen(context).getByText(en.notMeToldBody)).toBeVisible();
    await waitFor(() => expect(context.args.onDenied).toHaveBeenCalledWith(true));
    await expect(server.inspect(userCode!)?.status).toBe('denied');
    await expect(context.args.onApproved).not.toHaveBeenCalled();
  },
};

export const ConsentRateLimited: Story = {
  name: 'Consent: rate limited, with countdown',
  parameters: betterAuth({
    // A slow window (better-auth's `rateLimit.customRules`), so the countdown stays a while.
    customRules: { '/device/approve': { window: 60, max: 3 } },
    start: (server) => {
      signedInAsAda(server);
      server.exhaustRateLimit('/device/approve');
      return { userCode: server.issueCode() };
    },
  }),
  play: async (context) => {
    const { server, userCode } = betterAuthOf(context);
    await Consent.play!(context);
    await userEvent.click(screen(context).getByRole('button', { name: en.approve }));
    // Still the consent screen: the same press may work once the wait is over.
    const alert = await screen(context).findByRole('alert');
    await expect(alert).toHaveTextContent(en.rateLimited);
    await expect(screen(context).getByRole('heading', { name: en.consentTitle })).toBeVisible();
    const timer = within(alert).getByRole('timer');
    const seconds = () => Number(/\d+/.exec(timer.textContent ?? '')?.[0]);
    const first = seconds();
    await expect(first).toBeGreaterThan(50);
    await expect(timer).toHaveTextContent(waitText(en, first));
    await expect(screen(context).getByRole('button', { name: en.approve })).toHaveAttribute('aria-disabled', 'true');
    await expect(screen(context).getByRole('button', { name: en.deny })).toHaveAttribute('aria-disabled', 'true');
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'rate_limited', retryAfterSeconds: first }));
    await expect(server.inspect(userCode!)?.status).toBe('pending');
    // It counts down while the person watches.
    await waitFor(() => expect(seconds()).toBeLessThan(first), { timeout: 2500 });
  },
};

export const SessionExpired: Story = {
  name: 'Consent: session expired → told why, sign in again, code kept',
  parameters: Consent.parameters,
  play: async (context) => {
    const { server, userCode } = betterAuthOf(context);
    await Consent.play!(context);
    // The session cookie expires (or is revoked) while the consent screen is open.
    server.endSession();
    await userEvent.click(screen(context).getByRole('button', { name: en.approve }));
    await expect(await screen(context).findByRole('heading', { name: en.signInTitle })).toHaveFocus();
    await expect(screen(context).getByText(en.signInIntro)).toBeVisible();
    // The person is told why they are asked again.
    await expect(screen(context).getByRole('alert')).toHaveTextContent(en.unauthenticated);
    await expect(server.inspect(userCode!)?.status).toBe('pending');
    await signIn(context, ADA.email);
    // Nothing to retype: the kept code is looked up again (still Ada's claim) and shown for consent.
    await expectConsent(context);
    await expect(lookups(server)).toBe(2);
    await userEvent.click(screen(context).getByRole('button', { name: en.approve }));
    await screen(context).findByRole('heading', { name: en.confirmedTitle });
    await expect(server.inspect(userCode!)?.status).toBe('approved');
  },
};

export const DecidedElsewhere: Story = {
  name: 'Consent: already processed (decided in another tab)',
  parameters: Consent.parameters,
  play: async (context) => {
    const { server, userCode } = betterAuthOf(context);
    await Consent.play!(context);
    server.decide(userCode!, 'approved');
    await userEvent.click(screen(context).getByRole('button', { name: en.deny }));
    // better-auth: 400 "Device code already processed". Not "denied", not "used": this request was answered elsewhere.
    await expect(await screen(context).findByRole('heading', { name: en.failedTitle })).toBeVisible();
    await expect(screen(context).getByText(en.alreadyAnswered)).toBeVisible();
    await waitFor(() => expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'already_answered' })));
    await expect(context.args.onDenied).not.toHaveBeenCalled();
    await expect(screen(context).getByRole('button', { name: en.startAgain })).toBeVisible();
  },
};

// ── Codes better-auth refuses ───────────────────────────────────────────────────────────────

export const InvalidCode: Story = {
  name: 'Error: invalid code',
  parameters: betterAuth({
    start: (server) => {
      signedInAsAda(server);
      // Well-formed, but no device asked for it (or its device already collected its token).
      return { href: server.link('WDJBMJHT'), userCode: 'WDJBMJHT' };
    },
  }),
  play: (context) => expectCodeError(context, en.invalidCode, 'invalid_code'),
};

export const ExpiredCode: Story = {
  name: 'Error: expired code',
  parameters: betterAuth({
    start: linkedCode((server, code) => {
      signedInAsAda(server);
      server.expireCode(code);
    }),
  }),
  play: (context) => expectCodeError(context, en.expiredCode, 'expired'),
};

export const AlreadyProcessed: Story = {
  name: 'Error: already processed',
  parameters: betterAuth({
    start: linkedCode((server, code) => {
      signedInAsAda(server);
      // Claimed and approved in another tab; its device has not polled yet (after that, better-auth forgets it).
      server.decide(code, 'approved');
    }),
  }),
  play: (context) => expectCodeError(context, en.alreadyAnswered, 'already_answered'),
};

export const ClaimedByAnotherAccount: Story = {
  name: 'Error: claimed by another account',
  parameters: betterAuth({
    start: linkedCode((server, code) => {
      signedInAsAda(server);
      // Grace's signed-in lookup got there first: better-auth answers Ada 200, without the client.
      server.claim(code, GRACE.email);
    }),
  }),
  play: (context) => expectCodeError(context, en.forbidden, 'forbidden'),
};

// ── Without a sign-in step ──────────────────────────────────────────────────────────────────

export const SignInElsewhere: Story = {
  name: 'Without renderSignIn: sign in elsewhere, then Continue',
  args: { renderSignIn: undefined },
  parameters: betterAuth({ start: linkedCode() }),
  play: async (context) => {
    const { location, server } = betterAuthOf(context);
    await expect(await screen(context).findByRole('heading', { name: en.signInTitle })).toBeVisible();
    await expect(screen(context).getByText(en.signInUnavailable)).toBeVisible();
    await expect(screen(context).queryByLabelText(en.emailLabel)).toBeNull();
    await expect(lookups(server)).toBe(0);
    // The code left the address bar when it was read: a reload starts again with an empty field.
    await expect(location.href()).toBe(ACTIVATE_URL);
    // Signed in elsewhere (another tab), Continue looks the kept code up once and moves on.
    server.signIn(ADA.email);
    await userEvent.click(screen(context).getByRole('button', { name: en.submitCode }));
    await expect(await screen(context).findByRole('heading', { name: en.consentTitle })).toHaveFocus();
    await expect(lookups(server)).toBe(1);
  },
};

// ── Dark mode, 320 px and right-to-left ─────────────────────────────────────────────────────

export const SignInFormDark = dark(SignInForm);
export const SignInFormNarrow = narrow(SignInForm);
export const SignInFormRtl = rtl(SignInForm);
export const ConsentDark = dark(Consent);
export const ConsentNarrow = narrow(Consent);
export const ConsentRtl = rtl(Consent);

// ── Languages ───────────────────────────────────────────────────────────────────────────────
// Signing in and consent at 320 px in German, Arabic, Japanese and the pseudo-locale (see the
// same section in ActivateDevice.stories.tsx for what each checks).

const LANGUAGE_SCREENS = {
  SignIn: [SignInForm, { state: 'signingIn', title: (m) => m.signInTitle }],
  Consent: [
    Consent,
    {
      state: 'consenting',
      title: (m) => m.consentTitle,
      steps: async (context, m) => userEvent.type(screen(context).getByLabelText(m.codeLabel), `${betterAuthOf(context).userCode}{Enter}`),
    },
  ],
} satisfies Record<string, [Story, LanguageScreen]>;
const inLanguageStory = (tag: string, screen: keyof typeof LANGUAGE_SCREENS): Story => {
  const [story, check] = LANGUAGE_SCREENS[screen];
  return { ...inLanguage(tag, check)(story), name: `${screen} (${tag}, 320 px)` };
};

export const SignInDe = inLanguageStory('de', 'SignIn');
export const ConsentDe = inLanguageStory('de', 'Consent');
export const SignInAr = inLanguageStory('ar', 'SignIn');
export const ConsentAr = inLanguageStory('ar', 'Consent');
export const SignInJa = inLanguageStory('ja', 'SignIn');
export const ConsentJa = inLanguageStory('ja', 'Consent');
export const SignInPseudo = inLanguageStory(PSEUDO_TAG, 'SignIn');
export const ConsentPseudo = inLanguageStory(PSEUDO_TAG, 'Consent');

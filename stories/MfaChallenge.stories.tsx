import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MfaChallenge, en } from '../src/index';
import { DEMO_RECOVERY_CODES } from '../dev/simulator/core.mjs';
import { MFA_CHALLENGE, mfaResponses, toResponse } from '../test/fixtures/authos';
import { backendOf, type AuthOSParameters, type World } from './support/backend';
import { dark, narrow, rtl } from './support/variants';

const USAGE = `
The second factor, after AuthOS sends the browser back to \`/activate/mfa-challenge?preauth_token=…\`:
a 6-digit authenticator code (\`autocomplete="one-time-code"\`, \`inputmode="numeric"\`) or a
recovery code. A wrong code, an expired challenge and a rate limit each get their own message.
The session AuthOS answers with is checked and thrown away, never stored.

\`\`\`tsx
import { ActivationProvider, MfaChallenge } from 'activate-kit';

// \`challenge\` is what adapter.readReturn(new URL(location.href)) found: { preauthToken, deviceCodeId }.
<ActivationProvider adapter={adapter}>
  <div className="ak-root">
    <MfaChallenge challenge={challenge} onVerified={() => navigate('/activate/done')} onRestart={() => navigate('/activate')} />
  </div>
</ActivationProvider>
\`\`\`

In these stories the challenge is real: the simulator issued a device code, its "MFA user"
signed in at the simulated provider, and the pre-auth token came back in the return URL.
`;

/** A device code, signed in at the simulated provider as the MFA user: a live challenge. */
function mfaChallenge(world: World) {
  const userCode = world.issueCode();
  const href = world.signInAtProvider(userCode, 'mfa');
  const back = world.adapter.readReturn!(new URL(href));
  if (back?.kind !== 'mfa') throw new Error(`stories: expected an MFA challenge in ${href}`);
  return { href, userCode, challenge: back.challenge };
}

const meta = {
  title: 'MfaChallenge',
  component: MfaChallenge,
  tags: ['autodocs'],
  // `challenge` is replaced by the live one each story's simulator hands out.
  args: { challenge: MFA_CHALLENGE, onVerified: fn(), onError: fn(), onRestart: fn(), focusHeading: false },
  argTypes: { challenge: { control: false } },
  parameters: {
    kit: { root: true },
    authos: { start: mfaChallenge } satisfies AuthOSParameters,
    docs: { description: { component: USAGE } },
  },
  render: (args, context) => <MfaChallenge {...args} challenge={backendOf(context).challenge ?? args.challenge} />,
} satisfies Meta<typeof MfaChallenge>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

const screen = (context: Pick<Context, 'canvasElement'>) => within(context.canvasElement);
const field = (context: Pick<Context, 'canvasElement'>, label = en.mfaCodeLabel) => screen(context).getByLabelText(label);

async function submit(context: Context, code: string, label?: string) {
  await userEvent.type(field(context, label), `${code}{Enter}`);
}

export const AuthenticatorCode: Story = {
  name: 'Authenticator code',
  play: async (context) => {
    await expect(screen(context).getByRole('heading', { name: en.mfaTitle })).toBeVisible();
    await expect(field(context)).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(field(context)).toHaveAttribute('inputmode', 'numeric');
    await expect(screen(context).getByRole('button', { name: en.mfaSubmit })).not.toHaveAttribute('aria-disabled');
  },
};

export const RightCode: Story = {
  name: 'Authenticator code: accepted',
  play: async (context) => {
    const { sim, totp, userCode } = backendOf(context);
    // Typed the way authenticator apps show it, with a space in the middle.
    await submit(context, `${totp().slice(0, 3)} ${totp().slice(3)}`);
    await waitFor(() => expect(context.args.onVerified).toHaveBeenCalledOnce());
    await expect(sim.inspect(userCode!)?.status).toBe('authorized');
  },
};

export const RecoveryCode: Story = {
  name: 'Recovery code',
  play: async (context) => {
    await userEvent.click(screen(context).getByRole('button', { name: en.mfaUseRecovery }));
    await expect(screen(context).getByText(en.mfaRecoveryIntro)).toBeVisible();
    await expect(field(context, en.mfaRecoveryLabel)).toHaveAttribute('inputmode', 'text');
    await submit(context, DEMO_RECOVERY_CODES[0]!, en.mfaRecoveryLabel);
    await waitFor(() => expect(context.args.onVerified).toHaveBeenCalledOnce());
    await expect(screen(context).getByRole('button', { name: en.mfaUseAuthenticator })).toBeVisible();
  },
};

export const WrongCode: Story = {
  name: 'Wrong code',
  play: async (context) => {
    await submit(context, backendOf(context).wrongTotp());
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.mfaWrongCode);
    await expect(field(context)).toHaveAttribute('aria-invalid', 'true');
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'mfa_wrong_code' }));
    await expect(context.args.onVerified).not.toHaveBeenCalled();
  },
};

export const WrongRecoveryCode: Story = {
  name: 'Wrong recovery code',
  play: async (context) => {
    await userEvent.click(screen(context).getByRole('button', { name: en.mfaUseRecovery }));
    await submit(context, 'not-a-recovery-code', en.mfaRecoveryLabel);
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.mfaWrongRecovery);
  },
};

export const ExpiredChallenge: Story = {
  name: 'Expired challenge',
  parameters: {
    authos: {
      start: (world) => {
        const started = mfaChallenge(world);
        // Pre-auth tokens live five minutes; the person came back after six.
        world.advance(6 * 60_000);
        return started;
      },
    } satisfies AuthOSParameters,
  },
  play: async (context) => {
    await submit(context, backendOf(context).totp());
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.mfaChallengeExpired);
    await expect(field(context)).toHaveAttribute('readonly');
    await expect(screen(context).queryByRole('button', { name: en.mfaSubmit })).toBeNull();
    await userEvent.click(screen(context).getByRole('button', { name: en.startAgain }));
    await expect(context.args.onRestart).toHaveBeenCalledOnce();
  },
};

export const RateLimited: Story = {
  name: 'Rate limited',
  parameters: {
    authos: {
      // AuthOS allows about one MFA answer a second; this bucket refills slowly so the wait shows.
      simulator: { rateLimit: { mfaRefillMs: 20_000 } },
      start: (world) => {
        const started = mfaChallenge(world);
        world.exhaustRateLimit('mfa');
        return started;
      },
    } satisfies AuthOSParameters,
  },
  play: async (context) => {
    await submit(context, backendOf(context).totp());
    const alert = await screen(context).findByRole('alert');
    await expect(alert).toHaveTextContent(en.rateLimited);
    await expect(screen(context).getByRole('timer')).toHaveTextContent(/\d+ seconds/);
    await expect(screen(context).getByRole('button', { name: en.mfaSubmit })).toHaveAttribute('aria-disabled', 'true');
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'rate_limited' }));
  },
};

export const Verifying: Story = {
  parameters: {
    authos: {
      start: mfaChallenge,
      handlers: [http.post('*/api/auth/mfa/verify', () => delay('infinite'))],
      timeoutMs: 24 * 60 * 60 * 1000,
    } satisfies AuthOSParameters,
  },
  play: async (context) => {
    await submit(context, backendOf(context).totp());
    await expect(await screen(context).findByRole('button', { name: en.mfaVerifying })).toHaveAttribute('aria-disabled', 'true');
    await expect(field(context)).toHaveAttribute('readonly');
  },
};

export const NotASession: Story = {
  name: 'Unreadable answer (HTML 200): look at the device, no second try',
  parameters: {
    authos: {
      start: mfaChallenge,
      // A single-page app's index.html answering the POST: not an approval.
      handlers: [http.post('*/api/auth/mfa/verify', () => toResponse(mfaResponses.spaFallback))],
    } satisfies AuthOSParameters,
  },
  play: async (context) => {
    await submit(context, backendOf(context).totp());
    // The server may have approved already: sending the answer again would be wrong.
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.unconfirmed);
    await expect(context.args.onVerified).not.toHaveBeenCalled();
    await expect(screen(context).queryByRole('button', { name: en.mfaSubmit })).toBeNull();
  },
};

// ── Dark mode, 320 px and right-to-left ─────────────────────────────────────────────────────

export const AuthenticatorCodeDark = dark(AuthenticatorCode);
export const AuthenticatorCodeNarrow = narrow(AuthenticatorCode);
export const AuthenticatorCodeRtl = rtl(AuthenticatorCode);
export const WrongCodeDark = dark(WrongCode);
export const WrongCodeNarrow = narrow(WrongCode);
export const WrongCodeRtl = rtl(WrongCode);
export const RecoveryCodeRtl = rtl(RecoveryCode);

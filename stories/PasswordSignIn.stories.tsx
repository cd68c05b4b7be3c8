import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PasswordSignIn, en } from '../src/index';
import { ADA, betterAuthLoader, betterAuthOf, GRACE, GRACE_BACKUP_CODES, PASSWORD, type BetterAuthParameters } from './support/better-auth-backend';
import { narrow } from './support/variants';

const USAGE = `
A small email + password sign-in for backends that sign the person in on the activation page
itself (\`adapter.signIn\`; the better-auth adapter has it). When the account has a second factor,
it continues in place with \`<MfaChallenge>\` (authenticator code or backup code); \`onSignedIn\`
is called once the backend holds a session — a cookie the adapter never reads or stores.

\`\`\`tsx
import { ActivateDevice, PasswordSignIn } from 'activate-kit';

// The usual way: as the sign-in step of the whole page.
<ActivateDevice renderSignIn={(p) => <PasswordSignIn {...p} />} />

// Or on its own, inside an <ActivationProvider> whose adapter can sign in:
<div className="ak-root">
  <PasswordSignIn onSignedIn={() => refetchSession()} />
</div>
\`\`\`

A wrong pair gets one sentence that does not say which half was wrong, and keeps the email; the
form's fields carry \`autocomplete="username"\` and \`"current-password"\` for password managers.
The stories run the real better-auth adapter against an in-memory better-auth (see
[better-auth/ActivateDevice](?path=/docs/better-auth-activatedevice--docs)): \`${ADA.email}\`, or
\`${GRACE.email}\` with an authenticator app; password \`${PASSWORD}\`.
`;

const meta = {
  title: 'better-auth/PasswordSignIn',
  component: PasswordSignIn,
  tags: ['autodocs'],
  loaders: [betterAuthLoader],
  args: { onSignedIn: fn() },
  argTypes: { onSignedIn: { description: 'Called once the backend has a session (after the second factor, if any).', table: { category: 'Callbacks' } } },
  parameters: { kit: { root: true }, betterAuth: {} satisfies BetterAuthParameters, docs: { description: { component: USAGE } } },
} satisfies Meta<typeof PasswordSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

const screen = (context: Pick<Context, 'canvasElement'>) => within(context.canvasElement);

async function submit(context: Context, email: string, password = PASSWORD) {
  await userEvent.type(screen(context).getByLabelText(en.emailLabel), email);
  await userEvent.type(screen(context).getByLabelText(en.passwordLabel), `${password}{Enter}`);
}

export const Form: Story = {
  play: async (context) => {
    await expect(screen(context).getByRole('heading', { name: en.signInTitle })).toBeVisible();
    await expect(screen(context).getByLabelText(en.emailLabel)).toHaveAttribute('type', 'email');
    await expect(screen(context).getByLabelText(en.passwordLabel)).toHaveAttribute('type', 'password');
    await expect(screen(context).getByRole('button', { name: en.signInSubmit })).not.toHaveAttribute('aria-disabled');
  },
};

export const SignedIn: Story = {
  name: 'Right password',
  play: async (context) => {
    await submit(context, ADA.email);
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
    await expect(betterAuthOf(context).server.sessionEmail()).toBe(ADA.email);
  },
};

export const WrongPassword: Story = {
  name: 'Wrong password',
  play: async (context) => {
    await submit(context, ADA.email, 'not-the-password');
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.invalidCredentials);
    await expect(screen(context).getByLabelText(en.emailLabel)).toHaveValue(ADA.email);
    await expect(context.args.onSignedIn).not.toHaveBeenCalled();
  },
};

export const SecondFactor: Story = {
  name: 'Second factor: authenticator code',
  play: async (context) => {
    const { server } = betterAuthOf(context);
    await submit(context, GRACE.email);
    await expect(await screen(context).findByRole('heading', { name: en.mfaTitle })).toHaveFocus();
    await expect(context.args.onSignedIn).not.toHaveBeenCalled();
    await userEvent.type(screen(context).getByLabelText(en.mfaCodeLabel), `${server.totp()}{Enter}`);
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
    await expect(server.sessionEmail()).toBe(GRACE.email);
  },
};

export const BackupCode: Story = {
  name: 'Second factor: backup code',
  play: async (context) => {
    const { server } = betterAuthOf(context);
    await submit(context, GRACE.email);
    await userEvent.click(await screen(context).findByRole('button', { name: en.mfaUseRecovery }));
    // better-auth's backup codes are case-sensitive: sent exactly as typed.
    await userEvent.type(screen(context).getByLabelText(en.mfaRecoveryLabel), `${GRACE_BACKUP_CODES[0]}{Enter}`);
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
    await expect(server.requests.at(-1)).toBe('POST /two-factor/verify-backup-code');
  },
};

export const ChallengeExpired: Story = {
  name: 'Second factor: challenge expired',
  play: async (context) => {
    const { server } = betterAuthOf(context);
    await submit(context, GRACE.email);
    const field = await screen(context).findByLabelText(en.mfaCodeLabel);
    // better-auth's two-factor cookie lives 10 minutes; the person came back after 11.
    server.advance(11 * 60_000);
    await userEvent.type(field, `${server.totp()}{Enter}`);
    await expect(await screen(context).findByRole('alert')).toHaveTextContent(en.mfaChallengeExpired);
    await expect(field).toHaveAttribute('readonly');
    // Inside sign-in the way out is "Sign in" again (the device code is still fine), back to the
    // password form with the email kept.
    await userEvent.click(screen(context).getByRole('button', { name: en.signInSubmit }));
    await expect(await screen(context).findByRole('heading', { name: en.signInTitle })).toHaveFocus();
    await expect(screen(context).getByLabelText(en.emailLabel)).toHaveValue(GRACE.email);
    await expect(context.args.onSignedIn).not.toHaveBeenCalled();
  },
};

export const RateLimited: Story = {
  name: 'Rate limited, with countdown',
  parameters: {
    // better-auth allows 3 sign-in attempts per 10 seconds; someone used them up.
    betterAuth: { start: (server) => server.exhaustRateLimit('/sign-in/email') } satisfies BetterAuthParameters,
  },
  play: async (context) => {
    await submit(context, ADA.email);
    const alert = await screen(context).findByRole('alert');
    await expect(alert).toHaveTextContent(en.rateLimited);
    await expect(within(alert).getByRole('timer')).toHaveTextContent(/^You can try again in \d+ seconds?\.$/);
    await expect(screen(context).getByRole('button', { name: en.signInSubmit })).toHaveAttribute('aria-disabled', 'true');
    await expect(context.args.onSignedIn).not.toHaveBeenCalled();
  },
};

export const WrongPasswordNarrow = narrow(WrongPassword);

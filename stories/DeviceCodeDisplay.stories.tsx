import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ar } from '../src/i18n/device-locales/ar';
import { de } from '../src/i18n/device-locales/de';
import { ja } from '../src/i18n/device-locales/ja';
import { format } from '../src/i18n/format';
import { DeviceCodeView, deviceEn, type DeviceCode } from '../src/react/device/index';
import { deviceCode } from '../test/fixtures/device-code';
import { dark, narrow, rtl } from './support/variants';

const USAGE = `
The screen that SHOWS the code (TV, kiosk, desktop, web device): where to go, the code, a QR code
of \`verification_uri_complete\`, a countdown, and the outcome. \`<DeviceCodeDisplay>\` runs the
session (\`useDeviceAuthorization\`) and renders \`<DeviceCodeView>\`; these stories render the view
for each state. The token never reaches the screen: it goes to \`onApproved\` only.

\`\`\`tsx
import { DeviceCodeDisplay } from 'activate-kit/device-react';
import { betterAuthDialect } from 'activate-kit/device';

const dialect = betterAuthDialect({ baseURL: 'https://app.example.com/api/auth', clientId: 'tv-app' });

<DeviceCodeDisplay dialect={dialect} layout="tv" onApproved={(token) => keychain.save(token)} />
\`\`\`
`;

// Stories are looked at for a while: the code stays valid for most of an hour.
const code: DeviceCode = deviceCode(45);

const meta = {
  title: 'Device/DeviceCodeDisplay',
  component: DeviceCodeView,
  tags: ['autodocs'],
  args: { state: { status: 'waiting', code }, onRestart: fn(), layout: 'standard' },
  parameters: { docs: { description: { component: USAGE } } },
} satisfies Meta<typeof DeviceCodeView>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = { canvasElement: HTMLElement };

const root = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('.ak-device')!;

/** The person sees the code, where to enter it, the QR code with its text alternative, and a countdown. */
async function showsCode({ canvasElement }: Context, qrUrl = 'id.example.com/activate?user_code=WDJB-MJHT') {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { level: 2, name: deviceEn.title })).toBeVisible();
  await expect(canvas.getByText('WDJB-MJHT')).toBeVisible();
  await expect(canvas.getByText('id.example.com/activate')).toBeVisible();
  await expect(canvas.getByRole('img', { name: format('en', deviceEn.qrAlt, { url: qrUrl }) })).toBeVisible();
  await expect(canvas.getByText(/The code expires in \d+ minutes\./)).toBeVisible();
  await expect(canvas.queryByRole('button')).toBeNull();
}

const outcome = (state: string, title: string, body: string, button?: string) =>
  async function play({ canvasElement, args }: Context & { args: { onRestart?: () => void } }) {
    const canvas = within(canvasElement);
    await expect(root(canvasElement)).toHaveAttribute('data-state', state);
    const status = canvas.getByRole('status');
    await expect(within(status).getByRole('heading', { name: title })).toBeVisible();
    await expect(status).toHaveTextContent(body);
    await expect(canvas.queryByText('WDJB-MJHT')).toBeNull();
    if (!button) {
      await expect(canvas.queryByRole('button')).toBeNull();
      return;
    }
    await userEvent.click(canvas.getByRole('button', { name: button }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
  };

export const Waiting: Story = {
  play: async (context) => {
    await showsCode(context);
    await expect(within(context.canvasElement).getByRole('status')).toHaveTextContent(deviceEn.waiting);
  },
};

export const Requesting: Story = {
  name: 'Requesting a code',
  args: { state: { status: 'requesting' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(deviceEn.requesting);
    await expect(within(canvasElement).queryByRole('img')).toBeNull();
  },
};

export const SlowDown: Story = {
  name: 'Waiting, asked to slow down',
  args: { state: { status: 'slow_down', code, interval: 10 } },
  play: async (context) => {
    await showsCode(context);
    await expect(within(context.canvasElement).getByRole('status')).toHaveTextContent(deviceEn.slowDown);
  },
};

export const NoCompleteUri: Story = {
  name: 'No verification_uri_complete (QR of the address)',
  args: { state: { status: 'waiting', code: { ...code, verificationUriComplete: undefined } } },
  play: (context) => showsCode(context, 'id.example.com/activate'),
};

export const LongCode: Story = {
  name: 'A long code (wraps between groups)',
  args: { state: { status: 'waiting', code: { ...code, userCode: 'BCDF-GHJK-LMNP', verificationUriComplete: undefined } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('BCDF-GHJK-LMNP')).toBeVisible();
  },
};

export const Approved: Story = {
  args: { state: { status: 'approved', code } },
  play: outcome('approved', deviceEn.approvedTitle, deviceEn.approvedBody),
};

export const Denied: Story = {
  args: { state: { status: 'denied', code } },
  play: outcome('denied', deviceEn.deniedTitle, deviceEn.deniedBody, deviceEn.newCode),
};

export const Expired: Story = {
  args: { state: { status: 'expired', code } },
  play: outcome('expired', deviceEn.expiredTitle, deviceEn.expiredBody, deviceEn.newCode),
};

export const ErrorNetwork: Story = {
  name: 'Error: network',
  args: { state: { status: 'error', error: { code: 'network', detail: 'Failed to fetch' } } },
  play: outcome('error', deviceEn.errorTitle, deviceEn.network, deviceEn.tryAgain),
};

export const ErrorRateLimited: Story = {
  name: 'Error: rate limited',
  args: { state: { status: 'error', error: { code: 'rate_limited', detail: '429', status: 429 }, code } },
  play: outcome('error', deviceEn.errorTitle, deviceEn.rateLimited, deviceEn.tryAgain),
};

export const ErrorClientRefused: Story = {
  name: 'Error: client refused',
  args: { state: { status: 'error', error: { code: 'client_refused', detail: 'invalid_client', status: 401 } } },
  play: outcome('error', deviceEn.errorTitle, deviceEn.clientRefused, deviceEn.tryAgain),
};

export const ErrorServer: Story = {
  name: 'Error: server',
  args: { state: { status: 'error', error: { code: 'server', detail: '503', status: 503 }, code } },
  play: outcome('error', deviceEn.errorTitle, deviceEn.serverError, deviceEn.tryAgain),
};

export const ErrorBadResponse: Story = {
  name: 'Error: bad response',
  args: { state: { status: 'error', error: { code: 'bad_response', detail: 'not JSON', status: 200 } } },
  play: outcome('error', deviceEn.errorTitle, deviceEn.badResponse, deviceEn.tryAgain),
};

export const Tv: Story = {
  name: 'TV layout',
  args: { layout: 'tv' },
  play: async (context) => {
    await showsCode(context);
    await expect(root(context.canvasElement)).toHaveAttribute('data-layout', 'tv');
  },
};

export const TvExpired: Story = {
  name: 'TV layout: expired (the button has focus for the remote)',
  args: { layout: 'tv', state: { status: 'expired', code } },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: deviceEn.newCode });
    await waitFor(() => expect(button).toHaveFocus());
    // The remote's D-pad keeps focus on the only control; OK presses it.
    await userEvent.keyboard('{ArrowDown}');
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

export const WaitingDark = dark(Waiting);
export const TvDark = dark(Tv);
export const ErrorNetworkDark = dark(ErrorNetwork);
export const WaitingRtl = rtl(Waiting);
export const WaitingNarrow = narrow(Waiting);
export const LongCodeNarrow = narrow(LongCode);

export const Unreachable: Story = {
  name: 'Waiting, the sign-in service unreachable (still trying)',
  args: { state: { status: 'waiting', code, trouble: 'network' } },
  play: async (context) => {
    await showsCode(context);
    await expect(within(context.canvasElement).getByRole('status')).toHaveTextContent(deviceEn.retrying);
  },
};

export const UngroupedCode: Story = {
  name: 'A code sent without dashes (better-auth), shown in groups of four',
  args: { state: { status: 'waiting', code: { ...code, userCode: 'XZGS2YRJ', verificationUriComplete: 'https://id.example.com/activate?user_code=XZGS2YRJ' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('XZGS-2YRJ')).toBeVisible();
    // The QR code opens the address exactly as the server sent it.
    await expect(within(canvasElement).getByRole('img', { name: format('en', deviceEn.qrAlt, { url: 'id.example.com/activate?user_code=XZGS2YRJ' }) })).toBeVisible();
  },
};
export const ExpiredNarrow = narrow(Expired);

/** A real pack on the screen: heading and countdown in the language, the code and address still Latin and left to right. */
const speaks = (messages: typeof ar, minutes: number) =>
  async function play({ canvasElement }: Context) {
    const canvas = within(canvasElement);
    const shown = root(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: messages.title })).toBeVisible();
    await expect(shown).toHaveAttribute('lang', messages.locale);
    // The countdown reads the clock after mount (the first render shows `expiresIn`); then this
    // minute or, just past a boundary, the next.
    const countdowns = [minutes, minutes + 1].map((count) => format(messages.locale, messages.expiresInMinutes, { count }));
    await waitFor(() => expect(canvas.getByText((text) => countdowns.includes(text))).toBeVisible());
    await expect(canvas.getByText('WDJB-MJHT')).toHaveAttribute('dir', 'ltr');
    await expect(canvas.getByRole('img', { name: format(messages.locale, messages.qrAlt, { url: 'id.example.com/activate?user_code=WDJB-MJHT' }) })).toBeVisible();
  };

// The code stays valid for 45 minutes in these stories; the countdown rounds up.
const storyMinutes = () => Math.ceil((code.expiresAt - Date.now()) / 60_000);

export const WaitingArabic: Story = {
  name: 'Waiting, in Arabic (right to left)',
  args: { messages: ar },
  play: async (context) => {
    await speaks(ar, storyMinutes())(context);
    await expect(root(context.canvasElement)).toHaveAttribute('dir', 'rtl');
  },
};

export const TvJapanese: Story = {
  name: 'TV layout, in Japanese',
  args: { layout: 'tv', messages: ja },
  play: async (context) => speaks(ja, storyMinutes())(context),
};

export const DeniedGermanNarrow = narrow({
  name: 'Denied, in German (long words)',
  args: { messages: de, state: { status: 'denied', code } },
  play: outcome('denied', de.deniedTitle, de.deniedBody, de.newCode),
} satisfies Story);

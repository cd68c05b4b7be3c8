import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Outcome, en } from '../src/index';
import { dark, narrow, rtl } from './support/variants';

const USAGE = `
The end of the ceremony, worded to what is actually known. AuthOS can redirect to "success" even
when the code expired meanwhile, so success sends the person back to the device rather than
promising it is signed in; "This wasn't me" on AuthOS ends only this page (there is no deny
endpoint), and says so.

\`\`\`tsx
import { Outcome } from 'activate-kit';

<div className="ak-root">
  <Outcome state={{ status: 'expired', attempt: 1 }} onRestart={() => navigate('/activate')} />
</div>
\`\`\`
`;

const meta = {
  title: 'Parts/Outcome',
  component: Outcome,
  tags: ['autodocs'],
  args: { state: { status: 'approved', attempt: 1, confirmed: false }, onRestart: fn() },
  parameters: { kit: { root: true }, docs: { description: { component: USAGE } } },
} satisfies Meta<typeof Outcome>;

export default meta;
type Story = StoryObj<typeof meta>;

const shows = (title: string, body: string) =>
  async function play({ canvasElement }: { canvasElement: HTMLElement }) {
    await expect(within(canvasElement).getByRole('heading', { name: title })).toBeVisible();
    await expect(within(canvasElement).getByText(body)).toBeVisible();
  };

export const Approved: Story = {
  play: async (context) => {
    await shows(en.approvedTitle, en.approvedBody)(context);
    // Nothing to start again after a success.
    await expect(within(context.canvasElement).queryByRole('button')).toBeNull();
  },
};

export const ApprovedConfirmed: Story = {
  name: 'Approved, confirmed by the backend (consent backends)',
  args: { state: { status: 'approved', attempt: 1, confirmed: true } },
  play: shows(en.confirmedTitle, en.confirmedBody),
};

export const NotMe: Story = {
  name: 'Denied: this wasn’t me (device not told)',
  args: { state: { status: 'denied', attempt: 1, reason: 'not_me', deviceTold: false } },
  play: shows(en.deniedTitle, en.notMeBody),
};

export const NotMeDeviceTold: Story = {
  name: 'Denied: device told (consent backends)',
  args: { state: { status: 'denied', attempt: 1, reason: 'not_me', deviceTold: true } },
  play: shows(en.deniedTitle, en.notMeToldBody),
};

export const Refused: Story = {
  name: 'Denied at the provider',
  args: { state: { status: 'denied', attempt: 1, reason: 'refused', deviceTold: false } },
  play: shows(en.refusedTitle, en.refusedBody),
};

export const Expired: Story = {
  args: { state: { status: 'expired', attempt: 1 } },
  play: async (context) => {
    await shows(en.expiredTitle, en.expiredBody)(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: en.startAgain }));
    await expect(context.args.onRestart).toHaveBeenCalledOnce();
  },
};

export const Failed: Story = {
  args: { state: { status: 'failed', attempt: 1, error: { code: 'forbidden', status: 403 } } },
  play: shows(en.failedTitle, en.forbidden),
};

export const Unconfirmed: Story = {
  name: 'Failed: an unreadable answer after approving (look at the device)',
  args: { state: { status: 'failed', attempt: 1, error: { code: 'unconfirmed', status: 200 } } },
  play: shows(en.failedTitle, en.unconfirmed),
};

export const BadLink: Story = {
  name: 'Failed: a damaged return link',
  args: { state: { status: 'failed', attempt: 0, error: { code: 'bad_link' } } },
  play: async (context) => {
    await shows(en.failedTitle, en.badLink)(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: en.startAgain }));
    await expect(context.args.onRestart).toHaveBeenCalledOnce();
  },
};

export const ExpiredDark = dark(Expired);
export const ExpiredNarrow = narrow(Expired);
export const ExpiredRtl = rtl(Expired);

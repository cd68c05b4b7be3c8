import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CodeEntry, en } from '../src/index';
import { backendOf, failureOf, type AuthOSParameters } from './support/backend';
import { dark, narrow, rtl } from './support/variants';
import { say } from '../test/helpers/say';

const USAGE = `
The code form on its own: one real, labelled \`<input>\` (\`autocomplete="one-time-code"\`), regrouped
as the person types, checked against the backend's code format before any request is sent, and
fillable by pasting anywhere on the page. \`<ActivateDevice>\` uses it for its first screen.

\`\`\`tsx
import { CodeEntry } from 'activate-kit';

<div className="ak-root">
  <CodeEntry onSubmit={(userCode) => verify.mutate(userCode)} pending={verify.isPending} error={error} />
</div>
\`\`\`
`;

const meta = {
  title: 'Parts/CodeEntry',
  component: CodeEntry,
  tags: ['autodocs'],
  args: { onSubmit: fn(), focusInput: false },
  parameters: { kit: { root: true }, docs: { description: { component: USAGE } } },
  render: (args, context) => <CodeEntry {...args} error={args.error ?? backendOf(context).error} />,
} satisfies Meta<typeof CodeEntry>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Submit: Story = {
  name: 'Submit a valid code',
  play: async ({ args, canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText(en.codeLabel), 'wdjb mjht{Enter}');
    await expect(args.onSubmit.mock.calls).toEqual([['WDJB-MJHT']]);
  },
};

export const TooShort: Story = {
  name: 'Too short, on submit',
  play: async ({ args, canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText(en.codeLabel), 'WDJB{Enter}');
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(say(en.codeTooShort, { length: 4, count: 8 }));
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const Pending: Story = {
  args: { defaultCode: 'WDJBMJHT', pending: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: en.verifying })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const WithError: Story = {
  name: 'With a backend error',
  args: { defaultCode: 'WDJB-MJHT' },
  parameters: {
    // The error is the one the real adapter raises for this code on a newer AuthOS.
    authos: { start: async ({ adapter }) => ({ error: await failureOf(() => adapter.verify('WDJB-MJHT')) }) } satisfies AuthOSParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(en.codeUnavailable);
  },
};

export const EmptyDark = dark(Empty);
export const WithErrorNarrow = narrow(WithError);
export const WithErrorRtl = rtl(WithError);

import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, within } from 'storybook/test';
import { DeviceContextPanel, en } from '../src/index';
import { contextResponses, toResponse } from '../test/fixtures/authos';
import { backendOf, type AuthOSParameters, type World } from './support/backend';
import { dark, narrow, rtl } from './support/variants';
import { say } from '../test/helpers/say';

const USAGE = `
Who is asking, in the backend's own words — display names when it has them, slugs otherwise —
with the anti-phishing warning RFC 8628 §5.4 asks for. Backend strings render as text only, and
the code being authorised is always shown left-to-right.

\`\`\`tsx
import { DeviceContextPanel } from 'activate-kit';

// \`context\` is what adapter.verify(userCode) (plus adapter.describe) answered.
<div className="ak-root">
  <DeviceContextPanel context={context} />
</div>
\`\`\`
`;

/** The context the real adapter builds for a freshly issued code: verify, then display names. */
async function verified({ adapter, issueCode }: World, input?: Parameters<World['issueCode']>[0]) {
  const context = await adapter.verify(issueCode(input));
  return { context: { ...context, ...(await adapter.describe!(context)) } };
}

const meta = {
  title: 'Parts/DeviceContextPanel',
  component: DeviceContextPanel,
  tags: ['autodocs'],
  // Replaced by the context each story's backend answered with.
  args: { context: { userCode: 'WDJB-MJHT', providers: [] } },
  argTypes: { context: { control: false } },
  parameters: {
    kit: { root: true },
    docs: { description: { component: USAGE } },
  },
  render: (args, context) => <DeviceContextPanel {...args} context={backendOf(context).context ?? args.context} />,
} satisfies Meta<typeof DeviceContextPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

const panel = (canvasElement: HTMLElement) => within(canvasElement).getByRole('group', { name: en.contextLabel });

export const DisplayNames: Story = {
  name: 'Display names',
  parameters: { authos: { start: (world) => verified(world) } satisfies AuthOSParameters },
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveTextContent(say(en.signInTo, { service: 'Acme CLI', org: 'Acme Corp' }));
    await expect(panel(canvasElement)).toHaveTextContent(en.antiPhishing);
  },
};

export const SlugsOnly: Story = {
  name: 'Slugs only (names unavailable)',
  parameters: {
    authos: {
      start: (world) => verified(world),
      handlers: [http.get('*/api/auth/context', () => toResponse(contextResponses.notFound))],
    } satisfies AuthOSParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveTextContent(say(en.signInTo, { service: 'cli', org: 'acme' }));
  },
};

export const PlatformAdmin: Story = {
  name: 'Platform admin',
  parameters: { authos: { start: (world) => verified(world, { admin: true }) } satisfies AuthOSParameters },
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveTextContent(en.adminSignIn);
  },
};

export const UntidyNames: Story = {
  name: 'Untidy display names',
  parameters: {
    authos: {
      start: (world) => verified(world),
      // A bidi override and a newline in the org name, a 500-character service name.
      handlers: [http.get('*/api/auth/context', () => toResponse(contextResponses.untidyNames))],
    } satisfies AuthOSParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(panel(canvasElement)).toHaveTextContent(say(en.signInTo, { service: 'S'.repeat(120), org: 'Acme Corp' }));
    await expect(panel(canvasElement).textContent).not.toContain('\u202E');
  },
};

export const ClientAndScopes: Story = {
  name: 'Client id and scopes (consent backends)',
  // A better-auth style context: no org or service, an OAuth client id and scopes instead.
  args: { context: { userCode: 'WDJBMJHT', clientId: 'acme-tv', scopes: ['openid', 'profile', 'read:library'], providers: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(panel(canvasElement)).getAllByRole('listitem')).toHaveLength(3);
  },
};

export const DisplayNamesDark = dark(DisplayNames);
export const DisplayNamesNarrow = narrow(DisplayNames);
export const DisplayNamesRtl = rtl(DisplayNames);

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DeviceContextPanel, ProviderPicker, en } from '../src/index';
import { verifyResponses } from '../test/fixtures/authos';
import { backendOf, type AuthOSParameters } from './support/backend';
import { dark, narrow, rtl } from './support/variants';
import { say } from '../test/helpers/say';

const USAGE = `
One accessible button per login provider, with its brand mark. Known AuthOS providers
(\`github\`, \`google\`, \`microsoft\`) get their logos; any other id that is a safe slug gets a
generic key icon and a title-cased label; anything else is never rendered (and never becomes
part of a URL). An empty list gets a helpful message instead of an empty page.

\`\`\`tsx
import { ActivationProvider, DeviceContextPanel, ProviderPicker } from 'activate-kit';

// Inside <ActivationProvider adapter={adapter}>, e.g. on your own page:
<div className="ak-root">
  <DeviceContextPanel context={context} />
  <ProviderPicker providers={context.providers} onSelect={(id) => location.assign(adapter.loginUrl!(id, context))} />
</div>
\`\`\`

Standalone parts take their colours from the nearest \`.ak-root\`, which these stories provide.
`;

const meta = {
  title: 'ProviderPicker',
  component: ProviderPicker,
  tags: ['autodocs'],
  args: { providers: ['github', 'google', 'microsoft'], onSelect: fn() },
  argTypes: { pendingProvider: { control: 'select', options: [undefined, 'github', 'google', 'microsoft'] } },
  parameters: { kit: { root: true }, docs: { description: { component: USAGE } } },
} satisfies Meta<typeof ProviderPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const buttons = (canvasElement: HTMLElement) => within(canvasElement).queryAllByRole('button');

export const None: Story = {
  args: { providers: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent(en.noProviders);
    await expect(buttons(canvasElement)).toHaveLength(0);
  },
};

export const One: Story = {
  args: { providers: ['github'] },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: say(en.continueWith, { provider: 'GitHub' }) }));
    await expect(args.onSelect.mock.calls).toEqual([['github']]);
  },
};

export const Three: Story = {
  play: async ({ args, canvasElement }) => {
    const [github, google, microsoft] = buttons(canvasElement);
    await expect(github).toHaveAccessibleName(say(en.continueWith, { provider: 'GitHub' }));
    await expect(google).toHaveAccessibleName(say(en.continueWith, { provider: 'Google' }));
    await expect(microsoft).toHaveAccessibleName(say(en.continueWith, { provider: 'Microsoft' }));
    // Keyboard alone: Tab to the second button, Enter.
    await userEvent.tab();
    await userEvent.tab();
    await expect(google).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect.mock.calls).toEqual([['google']]);
  },
};

export const UnknownButSafe: Story = {
  name: 'Unknown but safe provider',
  args: { providers: ['github', 'okta-workforce'] },
  play: async ({ args, canvasElement }) => {
    const generic = within(canvasElement).getByRole('button', { name: say(en.continueWith, { provider: 'Okta Workforce' }) });
    await expect(generic).toHaveAttribute('data-provider', 'okta-workforce');
    await userEvent.click(generic);
    await expect(args.onSelect).toHaveBeenCalledWith('okta-workforce');
  },
};

const hostile = (JSON.parse(verifyResponses.hostileProviders.body) as { available_providers: string[] }).available_providers;

export const UnsafeIdsDropped: Story = {
  name: 'Hostile provider list: unsafe ids dropped',
  // Straight from a recorded answer: duplicates, `../admin`, `javascript:`, numbers, null, 65 characters.
  args: { providers: hostile },
  play: async ({ canvasElement }) => {
    const labels = buttons(canvasElement).map((button) => button.textContent);
    await expect(labels).toEqual([say(en.continueWith, { provider: 'GitHub' }), say(en.continueWith, { provider: 'Gitlab' })]);
  },
};

export const Pending: Story = {
  name: 'Redirecting to one provider',
  args: { pendingProvider: 'google' },
  play: async ({ canvasElement }) => {
    for (const button of buttons(canvasElement)) await expect(button).toBeDisabled();
    await expect(within(canvasElement).getByRole('button', { name: say(en.continueWith, { provider: 'Google' }) })).toHaveAttribute('data-pending', 'true');
  },
};

const LONG_ORG = 'Nordisk Forskningsinfrastruktur for Høyytelsesberegning, Datalagring og Langtidsbevaring av Forskningsdata';
const LONG_SERVICE = 'Kontinuerligintegrasjonsogleveransekommandolinjeverktøyforutviklereogdriftspersonell';

export const LongNames: Story = {
  name: 'Very long organisation and service names',
  parameters: {
    authos: {
      simulator: {
        orgs: [{ slug: 'acme', name: LONG_ORG, providers: ['github', 'google', 'microsoft'], services: [{ slug: 'cli', name: LONG_SERVICE }] }],
      },
      // The context comes from the real adapter: verify, then the display names, over MSW.
      start: async ({ adapter, issueCode }) => {
        const verified = await adapter.verify(issueCode());
        return { context: { ...verified, ...(await adapter.describe!(verified)) } };
      },
    } satisfies AuthOSParameters,
  },
  render: (args, context) => {
    const device = backendOf(context).context!;
    return (
      <div className="ak-screen">
        <DeviceContextPanel context={device} />
        <ProviderPicker {...args} providers={device.providers} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement).getByRole('group', { name: en.contextLabel });
    await expect(panel).toHaveTextContent(say(en.signInTo, { service: LONG_SERVICE, org: LONG_ORG }));
    // Everything wraps: nothing is wider than the kit's box, even the 84-letter word.
    const root = canvasElement.querySelector('.ak-root')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

// ── Dark mode, 320 px and right-to-left ─────────────────────────────────────────────────────

export const ThreeDark = dark(Three);
export const ThreeNarrow = narrow(Three);
export const ThreeRtl = rtl(Three);
export const LongNamesDark = dark(LongNames);
export const LongNamesNarrow = narrow(LongNames);
export const LongNamesRtl = rtl(LongNames);
export const NoneDark = dark(None);

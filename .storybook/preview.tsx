import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import '../src/styles/activate-kit.css';
import { backendLoader, startWorker, takeUnhandledRequests } from '../stories/support/backend';
import { MOBILE_320, withFrame, withKit } from '../stories/support/decorators';
import { LANGUAGE_ITEMS } from '../stories/support/languages';

/** WCAG 2.2 AA: every A and AA rule up to 2.2 (the same set as test/browser/axe.ts). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  // msw-storybook-addon 3 takes the worker setup as an argument (it has no initialize());
  // startWorker() fails any AuthOS request no handler answers. backendLoader builds each
  // story's simulator, adapter and in-memory address (see stories/support/backend.ts).
  loaders: [mswLoader(startWorker), backendLoader],
  beforeEach: () => {
    takeUnhandledRequests();
  },
  afterEach: () => {
    const missed = takeUnhandledRequests();
    if (missed.length > 0) throw new Error(`Backend requests no handler answered:\n${missed.join('\n')}`);
  },
  // The first decorator is the innermost: the provider sits inside the themed frame.
  decorators: [withKit, withFrame],
  globalTypes: {
    theme: {
      description: 'Colour scheme (data-theme on an ancestor of the kit)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (dir on an ancestor of the kit)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language: the kit's messages from that locale pack (the root takes its lang and, for right-to-left languages, dir)",
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGE_ITEMS, dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    viewport: {
      options: {
        [MOBILE_320]: { name: 'Small phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        ...MINIMAL_VIEWPORTS,
      },
    },
    a11y: {
      // Violations fail the story in the Storybook UI's test panel and in `vitest --project storybook`.
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_22_AA } },
    },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'ActivateDevice', 'ProviderPicker', 'MfaChallenge', '*'] },
    },
  },
};

export default preview;

import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Configured by hand (`storybook init` is broken on this machine kind, see shared/STACK.md).
 * The default `react-docgen` is kept: `react-docgen-typescript` breaks under TypeScript 7.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The MSW worker (public/mockServiceWorker.js) ships with the static build, so it works offline.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;

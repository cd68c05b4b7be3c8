import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/react-vite';
import * as projectAnnotations from './preview';

// The a11y addon's annotations make axe run after every story (and its play function) in tests.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);

/**
 * The same story in dark mode, at 320 px and right-to-left, by globals rather than by copying
 * it: `export const ConfirmDark = dark(Confirm);` keeps its backend, play function and checks.
 * Variants stay off the docs pages (one rendering of each state is enough there).
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import type { Globals } from 'storybook/internal/types';
import { MOBILE_320 } from './decorators';

interface Variable {
  name?: string;
  globals?: Globals;
  tags?: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any story's play function
  play?: (context: StoryContext<any>) => Promise<void> | void;
}

const variant =
  (globals: Globals, label: string, check?: (canvasElement: HTMLElement) => Promise<void>) =>
  <S extends Variable>(story: S): S => ({
    ...story,
    ...(story.name ? { name: `${story.name} (${label})` } : {}),
    globals: { ...story.globals, ...globals },
    tags: [...(story.tags ?? []), '!autodocs', label.replace(/\W+/g, '-')],
    ...(check && {
      play: async (context: StoryContext) => {
        await story.play?.(context);
        await check(context.canvasElement);
      },
    }),
  });

/** WCAG 1.4.10 (reflow): at 320 px nothing needs sideways scrolling. */
async function reflows(canvasElement: HTMLElement) {
  const frame = canvasElement.querySelector<HTMLElement>('[data-testid="story-frame"]') ?? canvasElement;
  await expect(frame.getBoundingClientRect().width).toBeLessThanOrEqual(320);
  await expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
}

/** `data-theme="dark"` on the story's frame. */
export const dark = variant({ theme: 'dark' }, 'dark');
/** A 320 px wide viewport (the page in Storybook, the browser in story tests) and frame. */
export const narrow = variant({ viewport: { value: MOBILE_320, isRotated: false } }, '320 px', reflows);
/** `dir="rtl"` on the story's frame: layout mirrors, codes stay left-to-right. */
export const rtl = variant({ direction: 'rtl' }, 'rtl');

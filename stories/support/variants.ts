/**
 * The same story in dark mode, at 320 px and right-to-left, by globals rather than by copying
 * it: `export const ConfirmDark = dark(Confirm);` keeps its backend, play function and checks.
 * Variants stay off the docs pages (one rendering of each state is enough there).
 */
import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { Globals } from 'storybook/internal/types';
import { directionOf } from '../../src/i18n/direction';
import { en, type Messages } from '../../src/index';
import { MOBILE_320 } from './decorators';
import { messagesFor } from './languages';

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

/** What a language story checks once its screen is reached. */
export interface LanguageScreen {
  /** The kit root's `data-state` on this screen (omit for parts rendered without `<ActivateDevice>`). */
  readonly state?: string;
  /** The heading, as a message of the pack. */
  readonly title: (messages: Messages) => string;
  /** How to reach the screen from the story's start, in that language (e.g. click "Yes, it matches"). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any story's context
  readonly steps?: (context: StoryContext<any>, messages: Messages) => Promise<unknown>;
}

/** Every English sentence of the catalogue, placeholders cut out: none may be left on a translated screen. */
const englishSentences = (pack: Messages) =>
  Object.entries(en).flatMap(([key, value]) => {
    const texts = typeof value === 'string' ? [value] : Object.values(value as Record<string, string>);
    const translated = pack[key as keyof Messages];
    return texts
      .filter((text) => key !== 'locale' && !(typeof translated === 'string' ? translated === text : Object.values(translated).includes(text)))
      .flatMap((text) => text.split(/\{\w+\}/))
      .filter((part) => part.trim().length >= 12);
  });

/**
 * The story's screen in another language at 320 px: the story's start and backend, but its own
 * steps (in that language) instead of the English play function, then the checks every
 * translated screen must pass — the kit speaks the language (`lang`, `dir`, heading, no English
 * left), and nothing needs sideways scrolling. axe runs on it like on every story.
 */
export const inLanguage =
  (tag: string, screen: LanguageScreen) =>
  <S extends Variable>(story: S): S => ({
    ...story,
    name: `${story.name ?? 'Story'} (${tag}, 320 px)`,
    globals: { ...story.globals, locale: tag, viewport: { value: MOBILE_320, isRotated: false } },
    tags: [...(story.tags ?? []), '!autodocs', 'language'],
    play: async (context: StoryContext) => {
      const { canvasElement } = context;
      const messages = messagesFor(tag);
      await screen.steps?.(context, messages);
      const heading = await within(canvasElement).findByRole('heading', { level: 2, name: screen.title(messages) });
      const root = heading.closest<HTMLElement>('.ak-root') ?? heading.closest<HTMLElement>('[lang]')!;
      if (screen.state) await waitFor(() => expect(root).toHaveAttribute('data-state', screen.state));
      await expect(root).toHaveAttribute('lang', tag);
      if (directionOf(tag) === 'rtl') await expect(root).toHaveAttribute('dir', 'rtl');
      const text = root.textContent ?? '';
      await expect(englishSentences(messages).filter((sentence) => text.includes(sentence))).toEqual([]);
      await reflows(canvasElement);
    },
  });

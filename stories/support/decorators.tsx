/**
 * Decorators shared by every story: the kit's provider around the story (fed by the story's
 * backend), and a frame that applies the toolbar's theme, text direction and 320 px width.
 */
import type { Decorator } from '@storybook/react-vite';
import { ActivationProvider } from '../../src/index';
import { pageKitOf } from './backend';
import { messagesFor } from './languages';

/** `parameters.kit` of a story. */
export interface KitParameters {
  /**
   * Wrap the story in `.ak-root`, as a page that composes the parts itself must: the kit's custom
   * properties live there. `<ActivateDevice>` renders its own root. Default: `false`.
   */
  readonly root?: boolean;
  /** Render without the kit's class names (`unstyled`). Default: `false`. */
  readonly unstyled?: boolean;
}

/** `<ActivationProvider>` with the story's real adapter (AuthOS or better-auth), in-memory address and query client. */
export const withKit: Decorator = (Story, context) => {
  const backend = pageKitOf(context);
  const kit = (context.parameters.kit ?? {}) as KitParameters;
  return (
    <ActivationProvider
      adapter={backend.adapter}
      location={backend.location}
      queryClient={backend.queryClient}
      unstyled={kit.unstyled}
      messages={messagesFor(context.globals.locale)}
    >
      {kit.root ? (
        <div className="ak-root">
          <Story />
        </div>
      ) : (
        <Story />
      )}
    </ActivationProvider>
  );
};

export type Theme = 'light' | 'dark';
export type Direction = 'ltr' | 'rtl';

/** The viewport option for a small phone; see `parameters.viewport.options` in the preview. */
export const MOBILE_320 = 'mobile320';

const PAGE_BACKGROUND: Record<Theme, string> = { light: '#ffffff', dark: '#0d1117' };

/**
 * Theme and direction as the kit documents them (`data-theme` and `dir` on an ancestor), and at
 * the 320 px viewport a frame exactly that wide, so the Storybook UI, the docs page and the
 * story tests all show the narrow layout.
 */
export const withFrame: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const direction: Direction = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const viewport = (context.globals.viewport as { value?: string } | undefined)?.value;
  const narrow = viewport === MOBILE_320;
  return (
    <div
      data-theme={theme}
      dir={direction}
      data-testid="story-frame"
      style={{
        background: PAGE_BACKGROUND[theme],
        colorScheme: theme,
        padding: context.viewMode === 'docs' ? '1rem 0' : 0,
        width: narrow ? 320 : undefined,
        maxWidth: '100%',
        marginInline: narrow ? 'auto' : undefined,
        minHeight: context.viewMode === 'docs' ? undefined : '100vh',
        boxSizing: 'border-box',
      }}
    >
      <Story />
    </div>
  );
};

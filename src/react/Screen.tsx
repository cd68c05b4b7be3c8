import { useId, type ReactNode } from 'react';
import { cx, useActivationContext } from './ActivationProvider';

export interface ScreenProps {
  /** The screen's heading; it receives focus when the screen appears. */
  title: string;
  /** Move focus to the heading on mount (screens reached by a state change). Default: `true`. */
  focusHeading?: boolean;
  /** Extra class for the screen's `<section>`. */
  className?: string;
  children?: ReactNode;
}

// A ref callback, not an effect: focus lands as the heading is attached, in the same frame the
// screen appears (before anyone can type), and a server, which attaches nothing, never runs it.
// One function for every screen, so React calls it again only when `focusHeading` turns it on.
const focus = (element: HTMLElement | null) => element?.focus();

/** One step of the flow: a labelled region whose heading takes focus, so screen readers follow along. */
export function Screen({ title, focusHeading = true, className, children }: ScreenProps) {
  const { part, root } = useActivationContext();
  const id = useId();
  return (
    <section {...root} className={cx(part('screen'), className)} aria-labelledby={id}>
      <h2 id={id} ref={focusHeading ? focus : undefined} tabIndex={-1} className={part('title')}>
        {title}
      </h2>
      {children}
    </section>
  );
}

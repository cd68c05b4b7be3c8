import { useCallback, useId, type ReactNode } from 'react';
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

/** One step of the flow: a labelled region whose heading takes focus, so screen readers follow along. */
export function Screen({ title, focusHeading = true, className, children }: ScreenProps) {
  const { part } = useActivationContext();
  const id = useId();
  // A ref callback, not an effect: focus lands as the heading is attached, in the same frame the
  // screen appears (before anyone can type), and a server, which attaches nothing, never runs it.
  const heading = useCallback(
    (element: HTMLHeadingElement | null) => {
      if (focusHeading) element?.focus();
    },
    [focusHeading],
  );
  return (
    <section className={cx(part('screen'), className)} aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1} className={part('title')}>
        {title}
      </h2>
      {children}
    </section>
  );
}

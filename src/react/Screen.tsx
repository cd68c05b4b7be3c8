import { useId, useRef, type ReactNode } from 'react';
import { cx, useActivationContext } from './ActivationProvider';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

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
  const heading = useRef<HTMLHeadingElement>(null);
  // Layout effect: focus lands in the same frame the screen appears, before anyone can type.
  // (SSR: the isomorphic variant, so React 18 servers do not warn.)
  useIsomorphicLayoutEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <section className={cx(part('screen'), className)} aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1} className={part('title')}>
        {title}
      </h2>
      {children}
    </section>
  );
}

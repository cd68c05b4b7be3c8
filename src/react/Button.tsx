import type { ButtonHTMLAttributes, SyntheticEvent } from 'react';
import { cx, useActivationContext } from './ActivationProvider';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The style after `button`: `primary`, `secondary`, `link` or `provider`. */
  kind: string;
  /** Refuse presses for now (request in flight, rate limit) while keeping focus. Default: `false`. */
  blocked?: boolean;
}

/** Every button the kit renders: `ak-button ak-{kind}`, and `type="button"` unless it submits. */
export function Button({ kind, className, blocked, onClick, ...props }: ButtonProps) {
  const { part } = useActivationContext();
  return (
    <button
      // A `type` in props ("submit") replaces this one, and keeps its place first.
      type="button"
      className={cx(part('button', kind), className)}
      // aria-disabled, not disabled: a disabled button drops keyboard focus to <body>.
      aria-disabled={blocked || undefined}
      onClick={unlessBlocked(blocked, onClick)}
      {...props}
    />
  );
}

/** A handler that does nothing while `blocked`: a button's press, or a form's submit (Enter in a field submits too). */
export const unlessBlocked = <E extends SyntheticEvent>(blocked: boolean | undefined, submit?: (event: E) => unknown) =>
  (event: E) => (blocked ? event.preventDefault() : void submit?.(event));

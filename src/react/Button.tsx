import type { ButtonHTMLAttributes, FormEvent } from 'react';
import { cx, useActivationContext } from './ActivationProvider';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The style after `button`: `primary`, `secondary`, `link` or `provider`. */
  kind: string;
  /** Refuse presses for now (request in flight, rate limit) while keeping focus. Default: `false`. */
  blocked?: boolean;
}

/** Every button the kit renders: `ak-button ak-{kind}`, and `type="button"` unless it submits. */
export function Button({ kind, type = 'button', className, blocked, onClick, ...props }: ButtonProps) {
  const { part } = useActivationContext();
  return (
    <button
      type={type}
      className={cx(part('button', kind), className)}
      // aria-disabled, not disabled: a disabled button drops keyboard focus to <body>.
      aria-disabled={blocked || undefined}
      onClick={(event) => (blocked ? event.preventDefault() : onClick?.(event))}
      {...props}
    />
  );
}

/** A form's submit handler that does nothing while `blocked` (Enter in a field submits too). */
export function unlessBlocked(blocked: boolean, submit: (event: FormEvent<HTMLFormElement>) => unknown) {
  return (event: FormEvent<HTMLFormElement>) => (blocked ? event.preventDefault() : void submit(event));
}

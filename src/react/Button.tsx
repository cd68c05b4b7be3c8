import type { ButtonHTMLAttributes } from 'react';
import { cx, useActivationContext } from './ActivationProvider';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** The style after `button`: `primary`, `secondary`, `link` or `provider`. */
  kind: string;
}

/** Every button the kit renders: `ak-button ak-{kind}`, and `type="button"` unless it submits. */
export function Button({ kind, type = 'button', className, ...props }: ButtonProps) {
  const { part } = useActivationContext();
  return <button type={type} className={cx(part('button', kind), className)} {...props} />;
}

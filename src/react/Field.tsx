import { useId, type InputHTMLAttributes, type Ref } from 'react';
import type { ActivationError } from '../core/errors';
import { cx, useActivationContext } from './ActivationProvider';
import { ErrorNotice } from './ErrorNotice';

export interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  /** The visible label. */
  label: string;
  /** The input's class after `ak-input` (`code-input`, `mfa-input`, …). */
  kind: string;
  /** react-hook-form's `ref` (a prop, not `ref`, so React 18 needs no forwardRef). */
  inputRef: Ref<HTMLInputElement>;
  /** A standing hint below the field. Default: none. */
  hint?: string;
  /** What is wrong with the value itself, found before any request. Default: none. */
  problem?: string;
  /** The backend's last failure about this value; the value stays in the field. Default: none. */
  error?: ActivationError;
  /** A sentence to show for `error` instead of its code's own. Default: the code's. */
  errorText?: string;
}

/**
 * One labelled text input with its hint, local problem and backend failure, each pointed at by
 * `aria-describedby` so a screen reader reads them with the field. Codes are left-to-right and
 * never autocorrected in any locale; `input` props given here win over those defaults.
 */
export function Field({ label, kind, inputRef, hint, problem, error, errorText, ...input }: FieldProps) {
  const { part } = useActivationContext();
  const id = useId();
  return (
    <>
      <label className={part('label')} htmlFor={id}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className={part('input', kind)}
        type="text"
        dir="ltr"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={cx(hint && `${id}-hint`, problem && `${id}-problem`, error && `${id}-error`)}
        data-invalid={problem ? '' : undefined}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className={part('hint')}>
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className={part('problem')} role="alert">
          {problem}
        </p>
      )}
      {error && <ErrorNotice id={`${id}-error`} error={error} text={errorText} />}
    </>
  );
}

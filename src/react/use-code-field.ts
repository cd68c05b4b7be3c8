import { useEffect, useRef, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { checkUserCode, formatUserCode, normaliseUserCode, toRequestCode, type UserCodeFormat } from '../core/user-code';
import { problemText } from '../i18n/error-text';
import { useActivationContext } from './ActivationProvider';

interface CodeForm {
  code: string;
}

/**
 * The code input's behaviour: react-hook-form owns the value, which is regrouped as the person
 * types (caret kept in place), checked against the backend's format before any request, and
 * fillable by pasting anywhere on the page.
 */
export const useCodeField = (format: UserCodeFormat, options: { defaultCode?: string; onValid: (code: string) => void }) => {
  const { messages } = useActivationContext();
  // Checked on submit, then again as the person corrects it (react-hook-form's default modes).
  const form = useForm<CodeForm>({ defaultValues: { code: formatUserCode(options.defaultCode ?? '', format) } });
  const input = useRef<HTMLInputElement | null>(null);
  const { ref, ...field } = form.register('code', {
    validate: (value) => {
      const check = checkUserCode(value, format);
      return check.ok || problemText(messages, check.problem);
    },
  });

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const el = event.target;
    // The caret belongs after the same code characters: where the text before it ends once regrouped.
    const at = formatUserCode(el.value.slice(0, el.selectionStart ?? el.value.length), format).length;
    el.value = formatUserCode(el.value, format);
    if (document.activeElement === el) el.setSelectionRange(at, at);
    void field.onChange(event);
  };

  // Paste anywhere on the page lands in the field. In the field itself, a paste replaces a code
  // that is already whole (people paste to retry); otherwise the browser inserts it as usual.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const text = event.clipboardData?.getData('text');
      const target = event.target as HTMLElement | null;
      const ours =
        target === input.current
          ? normaliseUserCode(form.getValues('code')).length >= format.length
          : !target?.closest('input, textarea, [contenteditable="true"]');
      if (!text || !ours) return;
      event.preventDefault();
      // `form` is the same object on every render, and its formState is read at paste time.
      form.setValue('code', formatUserCode(text, format), { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
      input.current?.focus();
    };
    // Subscribed once per form and format, not again after every keystroke's render.
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [form, format]);

  // A code that arrived malformed (a damaged link, a kept attempt) shows its problem at once.
  useEffect(() => {
    if (form.getValues('code')) void form.trigger();
  }, [form]);

  // Read in render, so each change re-renders like useWatch would (the kit is not built with the
  // React Compiler, whose memoising this warns about).
  // eslint-disable-next-line react-hooks/incompatible-library
  const live = checkUserCode(form.watch('code'), format);
  // A wrong character is worth saying at once; "too short" is not, while the person is still typing.
  const liveProblem = !live.ok && live.problem.kind === 'invalid_character' ? problemText(messages, live.problem) : undefined;

  // Only called once `validate` has passed, so the code is well-formed.
  const submit = form.handleSubmit(({ code }) => options.onValid(toRequestCode(code, format)));

  return {
    inputProps: {
      ...field,
      onChange,
      ref: (el: HTMLInputElement | null) => {
        input.current = el;
        ref(el);
      },
    },
    problem: form.formState.errors.code?.message ?? liveProblem,
    submit,
    focus: () => input.current?.focus(),
  };
};

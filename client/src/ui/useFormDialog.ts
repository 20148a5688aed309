import { useState, type FormEvent } from "react";
import { describeFieldError } from "../app/errorText.ts";
import { useT } from "../i18n/I18nProvider.tsx";
import { useModalDialog } from "./useModalDialog.ts";

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * The state of a modal form in a FormDialog (create a review, a paper): opened by `open`
 * (`onOpen` resets the form's own fields; its errors reset here), focusing `focus`; field
 * errors, the form's own error, submitting.
 */
export function useFormDialog<F extends string>(open: boolean, focus: string, fields: readonly F[], onOpen: () => void) {
  const t = useT();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const dialog = useModalDialog(open, focus, () => {
    onOpen();
    setErrors({});
    setError(null);
  });

  /** The form's submit handler: clears the form's error, then runs `handle`. */
  const submit = (handle: () => void | Promise<void>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    void handle();
  };

  /** Shows the field errors found; with any, takes the keyboard to the first field to fix and answers false. */
  const showIssues = (found: FieldErrors<F>): boolean => {
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (!first) return true;
    dialog.current?.querySelector<HTMLElement>(`[name=${first}]`)?.focus();
    return false;
  };

  /** Sends the form: an error the server names a field for sits at that field, any other at the form. */
  const send = async (request: () => Promise<void>) => {
    setSubmitting(true);
    try {
      await request();
    } catch (caught) {
      const { field, text } = describeFieldError(t, caught, fields);
      if (field) setErrors({ [field]: text } as FieldErrors<F>);
      else setError(text);
    } finally {
      setSubmitting(false);
    }
  };

  return { dialog, errors, error, submitting, submit, showIssues, send };
}

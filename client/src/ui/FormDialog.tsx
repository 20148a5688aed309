import { useId, type FormEvent, type ReactNode, type RefObject } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { Alert } from "./Alert.tsx";
import { CloseIcon } from "./icons.tsx";
import { Spinner } from "./Spinner.tsx";
import "./dialog.css";

type FormDialogProps = {
  dialogRef: RefObject<HTMLDialogElement | null>;
  title: string;
  description: string;
  /** A wider dialog with actions that stay in view while its form scrolls. */
  wide?: boolean;
  submitting: boolean;
  /** An error of the whole form (field errors sit at their fields). */
  error: string | null;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
};

/**
 * The frame of a modal form (create a review, a paper): title, close button, description,
 * the fields, a form-level error and Cancel / submit. Escape and Cancel close it except
 * while it is submitting.
 */
export function FormDialog({ dialogRef, title, description, wide = false, submitting, error, submitLabel, onClose, onSubmit, children }: FormDialogProps) {
  const t = useT();
  const id = useId();
  return (
    <dialog
      ref={dialogRef}
      className={wide ? "dialog dialog--wide" : "dialog"}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      onClose={onClose}
      onCancel={(event) => {
        if (submitting) event.preventDefault();
      }}
    >
      <form className="dialog__form" noValidate onSubmit={onSubmit} aria-busy={submitting}>
        <header className="dialog__header">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" className="icon-button" aria-label={t("common.close")} onClick={onClose} disabled={submitting}>
            <CloseIcon />
          </button>
        </header>
        <p className="dialog__description" id={`${id}-description`}>
          {description}
        </p>
        {children}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <footer className={wide ? "dialog__actions dialog__actions--sticky" : "dialog__actions"}>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={submitting}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? <Spinner size={16} /> : null}
            {submitLabel}
          </button>
        </footer>
      </form>
    </dialog>
  );
}

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { Alert } from "./Alert.tsx";
import { Spinner } from "./Spinner.tsx";
import "./dialog.css";
import "./ui.css";
import { rememberFocus } from "./focus/index.ts";

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  /** Runs the action; answers null when done (the dialog closes) or the sentence saying why it failed (it stays open). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  /** The confirm button's look: `danger` (default) for destructive actions, `primary` for a next step. */
  confirmTone?: "danger" | "primary";
};

/**
 * "Are you sure?" for an action that cannot be undone, as a modal dialog. The
 * safe choice (Cancel) has focus first; a failure is shown inside, where the user looks.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, busyLabel, onConfirm, onClose, confirmTone = "danger" }: ConfirmDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setError(null);
      setBusy(false);
      const restoreFocus = rememberFocus();
      element.addEventListener("close", restoreFocus, { once: true });
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const failure = await onConfirm();
    setBusy(false);
    if (failure === null) onClose();
    else setError(failure);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog dialog--confirm"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onClose}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      <div className="dialog__form">
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        <div className="dialog__body" id={bodyId}>
          {children}
        </div>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <footer className="dialog__actions">
          <button ref={cancel} type="button" className="button button--secondary" onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </button>
          <button type="button" className={`button button--${confirmTone}`} onClick={confirm} disabled={busy}>
            {busy ? <Spinner size={16} /> : null}
            {busy ? busyLabel : confirmLabel}
          </button>
        </footer>
      </div>
    </dialog>
  );
}

import { useState } from "react";
import "./layout.css";
import "./statusBar.css";
import type { MessageKey } from "../i18n/messages/en.ts";
import { useT } from "../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "./ConfirmDialog.tsx";

/** One move of a document's status (a report's, a paper's): its button and its confirmation's words. */
export type StatusStep = {
  to: string;
  kind: string;
  /** The usual next step (shown as the primary button). */
  primary: boolean;
  label: MessageKey;
  confirmTitle: MessageKey;
  confirmText: MessageKey;
};

type StatusStepsProps<S extends StatusStep> = {
  steps: readonly S[];
  /** The group's accessible name. */
  label: string;
  busyLabel: string;
  /** The step whose confirmation is drawn as dangerous (it locks the document). */
  dangerKind: string;
  /** Makes the move; resolves with an error text to show in the dialog, or null. */
  onConfirm: (step: S) => Promise<string | null>;
  /** `data-<attribute>` on each button holds the step's kind (tests and styles find them by it). */
  dataAttribute: string;
};

/** The buttons of a document's next status steps, each confirmed in a dialog that says its consequences. */
export function StatusSteps<S extends StatusStep>({ steps, label, busyLabel, dangerKind, onConfirm, dataAttribute }: StatusStepsProps<S>) {
  const t = useT();
  const [pending, setPending] = useState<S | null>(null);
  return (
    <>
      <div className="workflow__actions cluster" role="group" aria-label={label}>
        {steps.map((step) => (
          <button
            key={step.to}
            type="button"
            className={`button button--small ${step.primary ? "button--primary" : "button--secondary"}`}
            {...{ [`data-${dataAttribute}`]: step.kind }}
            onClick={() => setPending(step)}
          >
            {t(step.label)}
          </button>
        ))}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending ? t(pending.confirmTitle) : ""}
        confirmLabel={pending ? t(pending.label) : ""}
        busyLabel={busyLabel}
        confirmTone={pending?.kind === dangerKind ? "danger" : "primary"}
        onConfirm={() => (pending ? onConfirm(pending) : Promise.resolve(null))}
        onClose={() => setPending(null)}
      >
        {pending ? <p>{t(pending.confirmText)}</p> : null}
      </ConfirmDialog>
    </>
  );
}

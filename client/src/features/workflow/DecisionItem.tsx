import {
  RECOMMENDATION_DECISIONS,
  RECOMMENDATION_NOTE_MAX,
  writeRecommendationDecision,
  type RecommendationDecision,
  type RecommendationDecisionKind,
} from "@review/shared/self";
import { useEffect, useId, useState, type ReactNode } from "react";
import type * as Y from "yjs";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import type { DocumentRecommendation } from "../../editor/documentRecommendations.ts";
import { useDateTimeFormat } from "../../i18n/useDateTimeFormat.ts";

const DECISION_TONE: Record<RecommendationDecisionKind, "success" | "info" | "danger"> = {
  take_forward: "success",
  consider: "info",
  decline: "danger",
};

export const DECISION_LABEL: Record<RecommendationDecisionKind, MessageKey> = {
  take_forward: "workflow.decisions.take_forward",
  consider: "workflow.decisions.consider",
  decline: "workflow.decisions.decline",
};

type DecisionItemProps = {
  index: number;
  recommendation: DocumentRecommendation;
  decision: RecommendationDecision | null;
  deciderName: (userId: string) => string;
  /** The self document when the user may decide now; null shows the decision read-only. */
  selfDoc: Y.Doc | null;
  /** Whether to show the decision line at all (before final only recorded ones are). */
  showDecision: boolean;
  /** Shown below the decision: the recommendation's addressees and follow-up. */
  children?: ReactNode;
};

/** One recommendation with the host's decision: a radio group and a note for those who decide, text for the rest. */
export function DecisionItem({ index, recommendation, decision, deciderName, selfDoc, showDecision, children }: DecisionItemProps) {
  const t = useT();
  const me = useCurrentUser();
  const formatDateTime = useDateTimeFormat();
  const baseId = useId();
  const [choice, setChoice] = useState<RecommendationDecisionKind | null>(decision?.decision ?? null);
  const [note, setNote] = useState(decision?.note ?? "");
  const [error, setError] = useState<string | null>(null);
  // Those who decide see the form until a decision exists, then the decision with "Change".
  const [editing, setEditing] = useState(false);

  // Someone else decided meanwhile: show their decision (unsaved local edits give way to it).
  useEffect(() => {
    setChoice(decision?.decision ?? null);
    setNote(decision?.note ?? "");
  }, [decision?.decision, decision?.note, decision?.decidedAt]);

  const dirty = choice !== (decision?.decision ?? null) || note.trim() !== (decision?.note ?? "");
  const save = (next: { decision: RecommendationDecisionKind; note: string } | null) => {
    if (!selfDoc) return;
    try {
      writeRecommendationDecision(selfDoc, recommendation.id, next, { by: me.id });
      setError(null);
      setEditing(false);
    } catch (caught) {
      setError(t("workflow.decisions.error", { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  };

  return (
    <li className="decision" data-recommendation-id={recommendation.id} data-decision={decision?.decision ?? "none"}>
      <div className="decision__head">
        <span className="decision__index" aria-hidden="true">
          {index}
        </span>
        <blockquote className="decision__text">{recommendation.text || t("workflow.decisions.emptyText")}</blockquote>
      </div>

      {showDecision && (!selfDoc || (decision && !editing)) ? (
        <div className="decision__outcome">
          {decision ? (
            <>
              <span className={`decision-badge pill pill--${DECISION_TONE[decision.decision]}`}>{t(DECISION_LABEL[decision.decision])}</span>
              {decision.note ? <p className="decision__note">{decision.note}</p> : null}
              <p className="decision__meta">
                {t("workflow.decisions.by", { name: deciderName(decision.decidedBy), date: formatDateTime(decision.decidedAt) })}
              </p>
            </>
          ) : (
            <span className="decision-badge pill pill--neutral">{t("workflow.decisions.none")}</span>
          )}
          {selfDoc && decision ? (
            <div className="decision__actions cluster">
              <button type="button" className="button button--ghost button--small" onClick={() => save(null)}>
                {t("workflow.decisions.clear")}
              </button>
              <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
                {t("workflow.decisions.change")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      {selfDoc && (!decision || editing) ? (
        <form
          className="decision__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (choice) save({ decision: choice, note });
          }}
        >
          <fieldset className="decision__choices">
            <legend className="visually-hidden">{t("workflow.decisions.legend", { index })}</legend>
            {RECOMMENDATION_DECISIONS.map((kind) => (
              <label key={kind} className={`decision-choice decision-choice--${kind}`}>
                <input type="radio" name={`${baseId}-decision`} value={kind} checked={choice === kind} onChange={() => setChoice(kind)} />
                {t(DECISION_LABEL[kind])}
              </label>
            ))}
          </fieldset>
          <label className="decision__note-label" htmlFor={`${baseId}-note`}>
            {t("workflow.decisions.note")}
          </label>
          <textarea
            id={`${baseId}-note`}
            className="decision__note-input"
            rows={2}
            maxLength={RECOMMENDATION_NOTE_MAX}
            value={note}
            aria-describedby={`${baseId}-hint`}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <p className="decision__hint" id={`${baseId}-hint`}>
            {t("workflow.decisions.noteHint", { max: RECOMMENDATION_NOTE_MAX })}
          </p>
          {error ? (
            <p className="decision__error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="decision__actions cluster">
            {decision ? (
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => {
                  setChoice(decision.decision);
                  setNote(decision.note);
                  setEditing(false);
                }}
              >
                {t("common.cancel")}
              </button>
            ) : null}
            <button type="submit" className="button button--primary button--small" disabled={!choice || !dirty}>
              {t("workflow.decisions.save")}
            </button>
          </div>
        </form>
      ) : null}
      {children}
    </li>
  );
}

import { useId, useState, type FormEvent } from "react";
import { EVIDENCE_LIMITS, SOURCE_KINDS, evidenceCardInputSchema, type EvidenceCard, type SourceKind, type Stance } from "@review/shared";
import { addCard, updateCard } from "@review/shared/board";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { CloseIcon } from "../../ui/icons.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { SOURCE_LABEL, STANCE_LABEL } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { plannedVisitDays, visitDayDate, visitDayOptions } from "./cardFilters.ts";
import { SessionSelect } from "./SessionSelect.tsx";
import { StanceChoice } from "./StanceChoice.tsx";
import { useModalDialog } from "../../ui/useModalDialog.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "../../ui/dialog.css";
import "./forms.css";

type Draft = { text: string; source: SourceKind; sourceLabel: string; tests: number[]; stance: Stance; visitDay: number | null; sessionId: string | null };
type Issues = Partial<Record<"text" | "sourceLabel", string>>;

/** Source kind, day and session of the last card written here: the next card usually shares them. */
let lastUsed: { source: SourceKind; visitDay: number | null; sessionId: string | null } | null = null;

/** Which visit day today is, when the visit is on now. */
function todaysVisitDay(review: { visitStart: string | null; visitEnd: string | null }): number | null {
  const today = new Date();
  return visitDayOf(review, `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`);
}

/** The visit day (1-based) a date falls on, or null outside the planned visit. */
function visitDayOf(review: { visitStart: string | null; visitEnd: string | null }, date: string): number | null {
  const days = plannedVisitDays(review) ?? 0;
  for (let day = 1; day <= days; day++) if (visitDayDate(review, day) === date) return day;
  return null;
}

/** Adds a card to the factor (`card` null) or edits one. */
export function CardFormDialog({
  open,
  factor,
  card,
  usedDays,
  onClose,
}: {
  open: boolean;
  factor: ScopedFactor;
  card: EvidenceCard | null;
  usedDays: readonly (number | null)[];
  onClose: () => void;
}) {
  const { t, formatDate } = useI18n();
  const contentLang = useContentLang();
  const { review, doc, origin, me, announce, programme } = useBoardEnv();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => blankDraft());
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);

  function blankDraft(): Draft {
    return {
      text: "",
      source: lastUsed?.source ?? "interview",
      sourceLabel: "",
      tests: [],
      stance: "supports",
      visitDay: todaysVisitDay(review) ?? lastUsed?.visitDay ?? null,
      sessionId: lastUsed?.sessionId && programme.byId.has(lastUsed.sessionId) ? lastUsed.sessionId : null,
    };
  }

  const dialog = useModalDialog(open, "textarea", () => {
    setDraft(
      card
        ? { text: card.text, source: card.source, sourceLabel: card.sourceLabel, tests: [...card.tests], stance: card.stance, visitDay: card.visitDay, sessionId: card.sessionId ?? null }
        : blankDraft(),
    );
    setIssues({});
    setError(null);
  });

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const toggleTest = (index: number) =>
    setDraft((current) => ({
      ...current,
      tests: current.tests.includes(index) ? current.tests.filter((n) => n !== index) : [...current.tests, index].sort((a, b) => a - b),
    }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { ...draft, sourceLabel: draft.sourceLabel.trim() };
    const parsed = evidenceCardInputSchema.safeParse(input);
    if (!parsed.success) {
      const found: Issues = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "text" && !found.text)
          found.text = issue.code === "too_big" ? t("validation.tooLong", { max: EVIDENCE_LIMITS.textMax }) : t("board.form.textRequired");
        if (field === "sourceLabel" && !found.sourceLabel) found.sourceLabel = t("validation.tooLong", { max: EVIDENCE_LIMITS.sourceLabelMax });
      }
      setIssues(found);
      if (Object.keys(found).length === 0) setError(t("error.unexpected"));
      return;
    }
    try {
      if (card) {
        if (!updateCard(doc, card.id, parsed.data, { origin })) {
          setError(t("board.form.gone"));
          return;
        }
        announce(t("board.card.saved"));
      } else {
        addCard(doc, factor.id, parsed.data, { author: me.id }, { origin });
        lastUsed = { source: parsed.data.source, visitDay: parsed.data.visitDay, sessionId: parsed.data.sessionId ?? null };
        announce(t("board.card.added", { column: t(STANCE_LABEL[parsed.data.stance]) }));
      }
      onClose();
    } catch {
      setError(t("error.unexpected"));
    }
  };

  // Choosing a session also sets the visit day its date falls on.
  const chooseSession = (sessionId: string | null) => {
    const entry = sessionId ? programme.byId.get(sessionId) : undefined;
    const date = entry ? programme.days.find((day) => day.id === entry.session.dayId)?.date : undefined;
    const visitDay = date ? visitDayOf(review, date) : null;
    setDraft((current) => ({ ...current, sessionId, visitDay: visitDay ?? current.visitDay }));
  };

  const days = visitDayOptions(review, [...usedDays, draft.visitDay]);
  const textIssueId = `${id}-text-error`;

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form className="dialog__form" noValidate onSubmit={onSubmit}>
        <header className="dialog__header">
          <h2 id={`${id}-title`}>{card ? t("board.form.editTitle") : t("board.form.addTitle")}</h2>
          <button type="button" className="icon-button" aria-label={t("common.close")} onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <p className="dialog__description">{t("board.form.factor", { number: factor.number, name: factor.name })}</p>

        <div className={`field${issues.text ? " field--invalid" : ""}`}>
          <label className="field__label" htmlFor={`${id}-text`}>
            {t("board.form.text")}
          </label>
          <textarea
            id={`${id}-text`}
            className="input board-form__text"
            rows={4}
            value={draft.text}
            onChange={(event) => set("text", event.target.value)}
            aria-invalid={issues.text ? true : undefined}
            aria-describedby={`${id}-text-hint${issues.text ? ` ${textIssueId}` : ""}`}
            maxLength={EVIDENCE_LIMITS.textMax}
            required
          />
          <p className="field__hint" id={`${id}-text-hint`}>
            {t("board.form.textHint")}
          </p>
          {issues.text ? (
            <p className="field__error" id={textIssueId} role="alert">
              {issues.text}
            </p>
          ) : null}
        </div>

        <div className="board-form__row">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-source`}>
              {t("board.form.source")}
            </label>
            <select id={`${id}-source`} className="input select" value={draft.source} onChange={(event) => set("source", event.target.value as SourceKind)}>
              {SOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(SOURCE_LABEL[kind])}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${issues.sourceLabel ? " field--invalid" : ""}`}>
            <label className="field__label" htmlFor={`${id}-label`}>
              {t("board.form.sourceLabel")}
            </label>
            <input
              id={`${id}-label`}
              className="input"
              value={draft.sourceLabel}
              onChange={(event) => set("sourceLabel", event.target.value)}
              maxLength={EVIDENCE_LIMITS.sourceLabelMax}
              aria-describedby={`${id}-label-hint`}
              aria-invalid={issues.sourceLabel ? true : undefined}
              autoComplete="off"
            />
            <p className="field__hint" id={`${id}-label-hint`}>
              {t("board.form.sourceLabelHint")}
            </p>
            {issues.sourceLabel ? (
              <p className="field__error" role="alert">
                {issues.sourceLabel}
              </p>
            ) : null}
          </div>
        </div>

        <StanceChoice legend={t("board.form.stance")} name={`${id}-stance`} value={draft.stance} onChange={(stance) => set("stance", stance)} />

        <fieldset className="board-form__fieldset">
          <legend className="field__label">{t("board.form.tests")}</legend>
          <ul className="test-choice">
            {factor.tests.map((test, index) => (
              <li key={index}>
                <label className="test-choice__option">
                  <input type="checkbox" checked={draft.tests.includes(index)} onChange={() => toggleTest(index)} />
                  <span className="test-tag" aria-hidden="true">
                    {t("board.test.short", { number: index + 1 })}
                  </span>
                  <span>
                    <span className="visually-hidden">{t("board.test.long", { number: index + 1 })}: </span>
                    <span lang={contentLang}>{test}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <div className="board-form__row">
          <div className="field board-form__day">
            <label className="field__label" htmlFor={`${id}-day`}>
              {t("board.form.visitDay")}
            </label>
            <select
              id={`${id}-day`}
              className="input select"
              value={draft.visitDay === null ? "" : String(draft.visitDay)}
              onChange={(event) => set("visitDay", event.target.value === "" ? null : Number(event.target.value))}
            >
              <option value="">{t("board.visitDay.none")}</option>
              {days.map((day) => {
                const date = visitDayDate(review, day);
                return (
                  <option key={day} value={day}>
                    {date ? t("board.visitDay.dated", { day, date: formatDate(`${date}T12:00:00Z`) }) : t("board.visitDay", { day })}
                  </option>
                );
              })}
            </select>
          </div>
          <SessionSelect
            id={`${id}-session`}
            days={programme.days}
            value={draft.sessionId}
            known={draft.sessionId === null || programme.byId.has(draft.sessionId)}
            onChange={chooseSession}
          />
        </div>

        {error ? <Alert tone="error">{error}</Alert> : null}
        <footer className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary">
            {card ? t("board.form.save") : t("board.form.add")}
          </button>
        </footer>
      </form>
    </dialog>
  );
}

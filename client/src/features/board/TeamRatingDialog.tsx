import { useId, useState, type FormEvent } from "react";
import { EVIDENCE_LIMITS, RATINGS, SOURCE_KINDS, teamRatingSchema, type Rating } from "@review/shared";
import type { FactorState } from "@review/shared/board";
import { recordProjectTeamRating, withdrawProjectTeamRating } from "../../api/projects.ts";
import { ApiError } from "../../api/http.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { CloseIcon } from "../../ui/icons.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { RATING_LABEL, SOURCE_LABEL, STANCE_LABEL } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { useModalDialog } from "../../ui/useModalDialog.ts";
import "../../ui/dialog.css";
import "./forms.css";

type Issues = Partial<Record<"rating" | "rationale" | "cites", string>>;

/**
 * The moderator records the team's rating of a factor: the level, why, and the cards it rests
 * on (at least one; the shared model refuses a rating without). Shows which source kinds the
 * chosen cards cover, so a rating resting on one kind only is a conscious choice. With several
 * host projects, `project.name` names the one rated (`state` is that project's rating).
 */
export function TeamRatingDialog({
  open,
  factor,
  state,
  project,
  onClose,
}: {
  open: boolean;
  factor: ScopedFactor;
  state: FactorState;
  project: { id: string; name: string | null };
  onClose: () => void;
}) {
  const t = useT();
  const { review, announce, notify } = useBoardEnv();
  const [saving, setSaving] = useState(false);
  const id = useId();
  const [rating, setRating] = useState<Rating | null>(null);
  const [rationale, setRationale] = useState("");
  const [cites, setCites] = useState<string[]>([]);
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);

  const dialog = useModalDialog(open, "input[type=radio]", () => {
    setRating(state.rating);
    setRationale(state.rationale);
    setCites(state.cites.filter((cardId) => state.cards.some((card) => card.id === cardId)));
    setIssues({});
    setError(null);
  });

  const toggle = (cardId: string) => {
    setCites((current) => (current.includes(cardId) ? current.filter((c) => c !== cardId) : [...current, cardId]));
    setIssues((current) => ({ ...current, cites: undefined }));
  };
  const chosenKinds = SOURCE_KINDS.filter((kind) => state.cards.some((card) => card.source === kind && cites.includes(card.id)));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Issues = {};
    if (!rating) found.rating = t("board.team.form.ratingRequired");
    const parsed = teamRatingSchema.safeParse({ rating: rating ?? undefined, rationale, cites });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === "rationale" && !found.rationale)
          found.rationale = issue.code === "too_big" ? t("validation.tooLong", { max: EVIDENCE_LIMITS.rationaleMax }) : t("board.team.form.rationaleRequired");
        if (issue.path[0] === "cites" && !found.cites) found.cites = t("board.team.form.citeRequired");
      }
    }
    setIssues(found);
    if (Object.keys(found).length > 0 || !parsed.success || saving) return;
    setSaving(true);
    setError(null);
    try {
      await recordProjectTeamRating(review.id, project.id, factor.id, parsed.data);
      const rated = t(RATING_LABEL[parsed.data.rating]);
      announce(project.name ? t("board.team.recordedFor", { project: project.name, rating: rated }) : t("board.team.recorded", { rating: rated }));
      onClose();
    } catch (caught) {
      // A cited card was deleted or moved away while the dialog was open.
      setError(caught instanceof ApiError && caught.code === "invalid_citation" ? t("board.team.form.citeGone") : describeError(t, caught));
    } finally {
      setSaving(false);
    }
  };

  const withdraw = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await withdrawProjectTeamRating(review.id, project.id, factor.id);
      notify(t("board.team.withdrawn"));
      onClose();
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form className="dialog__form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={saving}>
        <header className="dialog__header">
          <h2 id={`${id}-title`}>{t("board.team.form.title")}</h2>
          <button type="button" className="icon-button" aria-label={t("common.close")} onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <p className="dialog__description">{t("board.form.factor", { number: factor.number, name: factor.name })}</p>
        {project.name ? <p className="dialog__description">{t("board.team.form.project", { name: project.name })}</p> : null}

        <fieldset className="board-form__fieldset" aria-describedby={issues.rating ? `${id}-rating-error` : undefined}>
          <legend className="field__label">{t("board.team.form.rating")}</legend>
          <div className="stance-choice stance-choice--compact">
            {RATINGS.map((option) => (
              <label key={option} className={`stance-choice__option rating-choice--${option}`}>
                <input type="radio" name={`${id}-rating`} value={option} checked={rating === option} onChange={() => {
                    setRating(option);
                    setIssues((current) => ({ ...current, rating: undefined }));
                  }}
                />
                <span className="stance-choice__label">{t(RATING_LABEL[option])}</span>
              </label>
            ))}
          </div>
          {issues.rating ? (
            <p className="field__error" id={`${id}-rating-error`} role="alert">
              {issues.rating}
            </p>
          ) : null}
        </fieldset>

        <div className={`field${issues.rationale ? " field--invalid" : ""}`}>
          <label className="field__label" htmlFor={`${id}-rationale`}>
            {t("board.team.form.rationale")}
          </label>
          <textarea
            id={`${id}-rationale`}
            className="input board-form__text"
            rows={3}
            value={rationale}
            maxLength={EVIDENCE_LIMITS.rationaleMax}
            onChange={(event) => setRationale(event.target.value)}
            aria-invalid={issues.rationale ? true : undefined}
          />
          {issues.rationale ? (
            <p className="field__error" role="alert">
              {issues.rationale}
            </p>
          ) : null}
        </div>

        <fieldset className="board-form__fieldset" aria-describedby={`${id}-cites-hint`}>
          <legend className="field__label">{t("board.team.form.cites")}</legend>
          <p className="field__hint" id={`${id}-cites-hint`}>
            {t("board.team.form.citesHint")}
          </p>
          {state.cards.length === 0 ? (
            <p className="rating-panel__empty">{t("board.team.form.noCards")}</p>
          ) : (
            <ul className="cite-choice">
              {state.cards.map((card) => (
                <li key={card.id}>
                  <label className="cite-choice__option">
                    <input type="checkbox" checked={cites.includes(card.id)} onChange={() => toggle(card.id)} />
                    <span>
                      <span className="cite-choice__text">{card.text}</span>
                      <span className="cite-choice__meta">
                        {t(SOURCE_LABEL[card.source])} · {t(STANCE_LABEL[card.stance])}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <p className={`cite-choice__kinds${chosenKinds.length === 1 ? " cite-choice__kinds--single" : ""}`} role="status">
            {chosenKinds.length === 0
              ? ""
              : chosenKinds.length === 1
                ? t("board.team.form.oneKind", { kind: t(SOURCE_LABEL[chosenKinds[0]!]) })
                : t("board.team.form.kinds", { kinds: chosenKinds.map((kind) => t(SOURCE_LABEL[kind])).join(", ") })}
          </p>
          {issues.cites ? (
            <p className="field__error" role="alert">
              {issues.cites}
            </p>
          ) : null}
        </fieldset>

        {error ? <Alert tone="error">{error}</Alert> : null}
        <footer className="dialog__actions">
          {state.rating ? (
            <button type="button" className="button button--ghost dialog__actions-start" onClick={() => void withdraw()} disabled={saving}>
              {t("board.team.withdraw")}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {t("board.team.form.submit")}
          </button>
        </footer>
      </form>
    </dialog>
  );
}

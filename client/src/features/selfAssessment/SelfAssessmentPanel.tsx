import { useId, useState, type FormEvent } from "react";
import { RATINGS, type Rating, type ReviewRole } from "@review/shared";
import {
  SELF_LIMITS,
  addOfferedEvidence,
  compareWithTeam,
  offeredEvidenceInputSchema,
  removeOfferedEvidence,
  selfFactorState,
  setSelfRating,
} from "@review/shared/self";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { Alert } from "../../ui/Alert.tsx";
import { EyeIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { RATING_LABEL } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { RatingBadge } from "../../ui/RatingBadge.tsx";
import { NoteField } from "./NoteField.tsx";
import type { SelfPanelEnv } from "./useSelfAssessment.ts";
import "./self.css";

const READ_ONLY_REASON: Record<ReviewRole, MessageKey> = {
  moderator: "self.readOnly.other",
  peer: "self.readOnly.peer",
  host: "self.readOnly.other",
  partner: "self.readOnly.partner",
};

/**
 * The host's own view of one factor (`review:<id>:self`): their rating beside the team's
 * with the difference highlighted, their note and the evidence they offer. Hosts and the
 * moderator edit it; everyone else reads it live.
 */
export function SelfAssessmentPanel({ env, factor, teamRating }: { env: SelfPanelEnv; factor: ScopedFactor; teamRating: Rating | null }) {
  const { t, formatDate } = useI18n();
  const { self, review, me, members, announce } = env;
  const noteId = useId();

  if (!self || !self.ready) {
    return (
      <section className="self-panel" id="self-assessment" aria-labelledby="self-title" aria-busy="true">
        <h4 className="self-panel__title" id="self-title">
          {t("self.title")}
        </h4>
        <Spinner label={t("self.loading")} size={16} />
      </section>
    );
  }

  const state = selfFactorState(self.state, factor.id);
  const editable = self.canWrite;
  const meta = { by: me.id };
  const comparison = compareWithTeam(state.rating, teamRating);
  const updatedBy = state.updatedBy ? (members.get(state.updatedBy)?.name ?? t("board.card.formerMember")) : null;
  const label = (rating: Rating) => t(RATING_LABEL[rating]);

  const rate = (rating: Rating | null) => {
    setSelfRating(self.doc, factor.id, rating, meta, { origin: self.origin });
    announce(rating ? t("self.rating.set", { rating: label(rating) }) : t("self.rating.cleared"));
  };

  let compareText: string | null = null;
  if (comparison === "host-higher" || comparison === "host-lower") compareText = t("self.compare.differs", { self: label(state.rating!), team: label(teamRating!) });
  else if (comparison === "same") compareText = t("self.compare.same", { rating: label(teamRating!) });
  else if (state.rating) compareText = t("self.compare.noTeam", { self: label(state.rating) });
  else if (teamRating) compareText = t("self.compare.noSelf", { team: label(teamRating) });

  return (
    <section className={`self-panel${editable ? " self-panel--editable" : ""}`} id="self-assessment" aria-labelledby="self-title">
      <div className="self-panel__head">
        <div>
          <h4 className="self-panel__title" id="self-title">
            {t("self.title")}
          </h4>
          <p className="self-panel__lede">{t("self.lede")}</p>
        </div>
        <span className={`self-panel__mode self-panel__mode--${editable ? "edit" : "read"}`}>
          {editable ? null : <EyeIcon size={14} />}
          {editable ? t("self.editable") : t("self.readOnlyBadge")}
        </span>
      </div>

      {!editable && self.access !== "write" ? <p className="self-panel__reason">{t(READ_ONLY_REASON[review.role])}</p> : null}
      {self.access === "write" && self.writeRejected ? (
        <Alert tone="warning" live="alert" title={t("self.writeRejected.title")}>
          {t("self.writeRejected.text")}
        </Alert>
      ) : null}

      {compareText ? (
        <div className={`self-compare self-compare--${comparison}`} role="status" data-comparison={comparison}>
          <p className="self-compare__text">{compareText}</p>
          {comparison === "host-higher" || comparison === "host-lower" ? (
            <p className="self-compare__detail">{t(comparison === "host-higher" ? "self.compare.higher" : "self.compare.lower")}</p>
          ) : null}
        </div>
      ) : null}

      <div className="self-panel__row">
        <span className="self-panel__label" id={`${noteId}-rating`}>
          {editable && review.role === "host" ? t("self.rating.mine") : t("self.rating.label")}
        </span>
        {editable ? (
          <span className="my-vote__options" role="group" aria-labelledby={`${noteId}-rating`}>
            {RATINGS.map((rating) => (
              <button
                key={rating}
                type="button"
                className={`my-vote__option my-vote__option--${rating}`}
                aria-pressed={state.rating === rating}
                onClick={() => rate(state.rating === rating ? null : rating)}
              >
                {label(rating)}
              </button>
            ))}
          </span>
        ) : state.rating ? (
          <RatingBadge rating={state.rating} prefix={false} />
        ) : (
          <span className="self-panel__muted">{t("self.rating.none")}</span>
        )}
      </div>

      <div className="self-panel__block">
        {editable ? (
          <>
            <label className="self-panel__label" htmlFor={`${noteId}-note`}>
              {t("self.note.label")}
            </label>
            <NoteField doc={self.doc} factorId={factor.id} origin={self.origin} userId={me.id} id={`${noteId}-note`} describedBy={`${noteId}-note-hint`} />
            <p className="field__hint" id={`${noteId}-note-hint`}>
              {t("self.note.hint", { max: SELF_LIMITS.noteMax })}
            </p>
          </>
        ) : (
          <>
            <p className="self-panel__label">{t("self.note.label")}</p>
            {state.note.trim() ? <p className="self-panel__note">{state.note}</p> : <p className="self-panel__muted">{t("self.note.none")}</p>}
          </>
        )}
      </div>

      <div className="self-panel__block">
        <p className="self-panel__label">{t("self.evidence.title")}</p>
        {state.evidenceOffered.length === 0 ? (
          <p className="self-panel__muted">{t("self.evidence.none")}</p>
        ) : (
          <ul className="self-evidence">
            {state.evidenceOffered.map((item) => (
              <li key={item.id} className="self-evidence__item">
                <span className="self-evidence__text">{item.text}</span>
                {item.link ? (
                  <a className="self-evidence__link" href={item.link} target="_blank" rel="noopener noreferrer nofollow">
                    {item.link}
                  </a>
                ) : null}
                {editable ? (
                  <button
                    type="button"
                    className="button button--ghost button--small self-evidence__remove"
                    aria-label={t("self.evidence.removeLabel", { text: item.text.slice(0, 60) })}
                    onClick={() => {
                      if (removeOfferedEvidence(self.doc, factor.id, item.id, meta, { origin: self.origin })) announce(t("self.evidence.removed"));
                    }}
                  >
                    {t("self.evidence.remove")}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {editable ? <OfferEvidenceForm env={env} factorId={factor.id} /> : null}
      </div>

      {updatedBy && state.updatedAt ? <p className="self-panel__updated">{t("self.updated", { name: updatedBy, date: formatDate(state.updatedAt) })}</p> : null}
    </section>
  );
}

function OfferEvidenceForm({ env, factorId }: { env: SelfPanelEnv; factorId: string }) {
  const { t } = useI18n();
  const { self, me, announce } = env;
  const id = useId();
  const [text, setText] = useState("");
  const [link, setLink] = useState("");
  const [issues, setIssues] = useState<{ text?: string; link?: string }>({});
  if (!self) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = offeredEvidenceInputSchema.safeParse({ text, link });
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setIssues({
        text: fields.has("text") ? t("self.evidence.textRequired") : undefined,
        link: fields.has("link") ? t("self.evidence.linkInvalid") : undefined,
      });
      return;
    }
    addOfferedEvidence(self.doc, factorId, parsed.data, { by: me.id }, { origin: self.origin });
    setText("");
    setLink("");
    setIssues({});
    announce(t("self.evidence.added"));
  };

  return (
    <form className="self-offer" onSubmit={submit} noValidate>
      <div className={`field${issues.text ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor={`${id}-text`}>
          {t("self.evidence.text")}
        </label>
        <input
          id={`${id}-text`}
          className="input"
          value={text}
          maxLength={SELF_LIMITS.evidenceTextMax}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={issues.text ? true : undefined}
          aria-describedby={`${id}-text-hint${issues.text ? ` ${id}-text-error` : ""}`}
        />
        <p className="field__hint" id={`${id}-text-hint`}>
          {t("self.evidence.textHint", { max: SELF_LIMITS.evidenceTextMax })}
        </p>
        {issues.text ? (
          <p className="field__error" id={`${id}-text-error`} role="alert">
            {issues.text}
          </p>
        ) : null}
      </div>
      <div className={`field${issues.link ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor={`${id}-link`}>
          {t("self.evidence.link")}
        </label>
        <input
          id={`${id}-link`}
          className="input"
          type="url"
          inputMode="url"
          value={link}
          maxLength={SELF_LIMITS.linkMax}
          placeholder="https://"
          onChange={(event) => setLink(event.target.value)}
          aria-invalid={issues.link ? true : undefined}
          aria-describedby={`${id}-link-hint${issues.link ? ` ${id}-link-error` : ""}`}
        />
        <p className="field__hint" id={`${id}-link-hint`}>
          {t("self.evidence.linkHint")}
        </p>
        {issues.link ? (
          <p className="field__error" id={`${id}-link-error`} role="alert">
            {issues.link}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button button--secondary">
          {t("self.evidence.add")}
        </button>
      </div>
    </form>
  );
}

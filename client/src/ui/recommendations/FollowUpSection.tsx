import {
  FOLLOW_UP_NOTE_MAX,
  FOLLOW_UP_STATUSES,
  RECOMMENDATION_ACTORS,
  type FollowUpStatus,
  type RecommendationActor,
} from "@review/shared";
import type { FollowUpEntry } from "@review/shared/ratings";
import { useEffect, useId, useRef, useState } from "react";
import type { RecommendationCommands } from "../../api/recommendations.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { ACTOR_LABEL, FOLLOW_UP_STATUS_LABEL, FOLLOW_UP_TONE } from "./followUpLabels.ts";
import { useDateTimeFormat } from "../../i18n/useDateTimeFormat.ts";
import "../layout.css";
import "./followUp.css";
import "./recommendationList.css";

type FollowUpSectionProps = {
  /** The commands of the report or paper the recommendation is in. */
  commands: RecommendationCommands;
  recommendationId: string;
  index: number;
  /** As the server has it: a report's from its ratings mirror (live), a paper's as last fetched. */
  entry: FollowUpEntry;
  canAddress: boolean;
  canFollowUp: boolean;
  /** Whether follow-up is shown (and recorded) now: the report is final, the paper published. */
  tracking: boolean;
};

const NOTES_SHOWN = 3;

/**
 * Who a recommendation of a report or paper is addressed to and how it is followed up: its
 * writers choose the addressees; dated notes are recorded once it is final (a report) or
 * published (a paper). Both go through the server's commands, which decide who may.
 */
export function FollowUpSection({ commands, recommendationId, index, entry, canAddress, canFollowUp, tracking }: FollowUpSectionProps) {
  const t = useT();
  const formatDateTime = useDateTimeFormat();
  const baseId = useId();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<RecommendationActor[]>(entry.addressees);
  const [status, setStatus] = useState<FollowUpStatus>(entry.status);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);

  // A new note (ours, someone else's, or the first answer after loading) sets where it stands: the select starts there.
  useEffect(() => setStatus(entry.status), [entry.status]);

  // Opening the addressee form moves focus to its first choice (its button is gone); closing it
  // (saved, cancelled, Escape) gives focus back to the button.
  const chooseButton = useRef<HTMLButtonElement>(null);
  const choices = useRef<HTMLFieldSetElement>(null);
  const wasChoosing = useRef(false);
  useEffect(() => {
    if (choosing && !wasChoosing.current) choices.current?.querySelector("input")?.focus();
    if (wasChoosing.current && !choosing) chooseButton.current?.focus();
    wasChoosing.current = choosing;
  }, [choosing]);

  const run = async (action: () => Promise<unknown>, after: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      after();
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const saveAddressees = () =>
    run(
      () => commands.setAddressees(recommendationId, RECOMMENDATION_ACTORS.filter((actor) => chosen.includes(actor))),
      () => setChoosing(false),
    );
  const recordFollowUp = () => run(() => commands.addFollowUp(recommendationId, { status, note }), () => setNote(""));
  const notes = showAll ? entry.notes : entry.notes.slice(0, NOTES_SHOWN);

  return (
    <div className="follow-up">
      <div className="follow-up__row">
        <span className="follow-up__label" id={`${baseId}-to`}>
          {t("workflow.followUp.addressedTo")}
        </span>
        {entry.addressees.length > 0 ? (
          <ul className="follow-up__actors" aria-labelledby={`${baseId}-to`}>
            {entry.addressees.map((actor) => (
              <li key={actor} className="pill pill--neutral pill--small">
                {t(ACTOR_LABEL[actor])}
              </li>
            ))}
          </ul>
        ) : (
          <span className="follow-up__none">{t("workflow.followUp.noAddressee")}</span>
        )}
        {canAddress && !choosing ? (
          <button
            ref={chooseButton}
            type="button"
            className="button button--ghost button--small"
            aria-label={t("workflow.followUp.chooseFor", { index })}
            onClick={() => {
              setChosen(entry.addressees);
              setChoosing(true);
            }}
          >
            {t("workflow.followUp.choose")}
          </button>
        ) : null}
      </div>

      {choosing ? (
        <form
          className="follow-up__form"
          onSubmit={(event) => {
            event.preventDefault();
            void saveAddressees();
          }}
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            event.stopPropagation();
            setChoosing(false);
          }}
        >
          <fieldset className="follow-up__choices" ref={choices}>
            <legend>{t("workflow.followUp.legend", { index })}</legend>
            {RECOMMENDATION_ACTORS.map((actor) => (
              <label key={actor} className="follow-up__choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(actor)}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setChosen((current) => (checked ? [...current, actor] : current.filter((one) => one !== actor)));
                  }}
                />
                {t(ACTOR_LABEL[actor])}
              </label>
            ))}
          </fieldset>
          <div className="decision__actions cluster">
            <button type="button" className="button button--ghost button--small" onClick={() => setChoosing(false)}>
              {t("common.cancel")}
            </button>
            <button type="submit" className="button button--primary button--small" disabled={busy}>
              {t("workflow.followUp.saveAddressees")}
            </button>
          </div>
        </form>
      ) : null}

      {tracking || entry.notes.length > 0 ? (
        <div className="follow-up__tracking">
          <div className="follow-up__row">
            <span className="follow-up__label">{t("workflow.followUp.status")}</span>
            <span className={`pill pill--small pill--${FOLLOW_UP_TONE[entry.status]}`} data-follow-up-status={entry.status}>
              {t(FOLLOW_UP_STATUS_LABEL[entry.status])}
            </span>
          </div>
          {notes.length > 0 ? (
            <ol className="follow-up__notes" aria-label={t("workflow.followUp.notes", { index })}>
              {notes.map((one) => (
                <li key={one.id} className="follow-up__note">
                  <p className="follow-up__note-meta">
                    <time dateTime={one.at}>{formatDateTime(one.at)}</time>
                    {" · "}
                    {one.by ?? t("workflow.decisions.unknownPerson")}
                    {" · "}
                    {t(FOLLOW_UP_STATUS_LABEL[one.status])}
                  </p>
                  {one.note ? <p className="follow-up__note-text">{one.note}</p> : null}
                </li>
              ))}
            </ol>
          ) : null}
          {entry.notes.length > NOTES_SHOWN ? (
            <button type="button" className="button button--ghost button--small" aria-expanded={showAll} onClick={() => setShowAll((shown) => !shown)}>
              {showAll ? t("workflow.followUp.showFewer") : t("workflow.followUp.showAll", { count: entry.notes.length })}
            </button>
          ) : null}
          {canFollowUp ? (
            <form
              className="follow-up__form"
              onSubmit={(event) => {
                event.preventDefault();
                void recordFollowUp();
              }}
            >
              <label className="decision__note-label" htmlFor={`${baseId}-status`}>
                {t("workflow.followUp.newStatus")}
              </label>
              <select id={`${baseId}-status`} className="follow-up__select" value={status} onChange={(event) => setStatus(event.currentTarget.value as FollowUpStatus)}>
                {FOLLOW_UP_STATUSES.map((one) => (
                  <option key={one} value={one}>
                    {t(FOLLOW_UP_STATUS_LABEL[one])}
                  </option>
                ))}
              </select>
              <label className="decision__note-label" htmlFor={`${baseId}-note`}>
                {t("workflow.followUp.note")}
              </label>
              <textarea
                id={`${baseId}-note`}
                className="decision__note-input"
                rows={2}
                maxLength={FOLLOW_UP_NOTE_MAX}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              <div className="decision__actions cluster">
                <button type="submit" className="button button--secondary button--small" disabled={busy}>
                  {t("workflow.followUp.record")}
                </button>
              </div>
            </form>
          ) : null}
        </div>
      ) : null}

      {error ? (
        <p className="decision__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

import { useId, useState, type FormEvent } from "react";
import type * as Y from "yjs";
import type { ReviewDetail } from "@review/shared";
import { addDay, newProgrammeId, setDayDate, type ProgrammeDay } from "@review/shared/programme";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { FormDialog } from "../../ui/FormDialog.tsx";
import { useModalDialog } from "../../ui/useModalDialog.ts";
import { dayDateProblem, nextDayDate, visitBounds } from "./programmeModel.ts";
import { longDate } from "./programmeText.ts";

type Props = { open: boolean; day: ProgrammeDay | null; days: readonly ProgrammeDay[]; review: ReviewDetail; doc: Y.Doc; onClose: () => void };

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Adds a day to the programme (`day` null) or changes a day's date: inside the visit, one day per date. */
export function DayDialog({ open, day, days, review, doc, onClose }: Props) {
  const { t, locale } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [date, setDate] = useState("");
  const [issue, setIssue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useModalDialog(open, "input", () => {
    setDate(day?.date ?? nextDayDate(days, review, todayIso()));
    setIssue(null);
    setError(null);
  });
  const bounds = visitBounds(review);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setIssue(t("programme.day.dateRequired"));
    const problem = dayDateProblem(date, review, days, day?.id ?? null);
    if (problem) return setIssue(t(problem === "taken" ? "programme.day.dateTaken" : "programme.day.dateOutside"));
    try {
      if (day) setDayDate(doc, day.id, date);
      else addDay(doc, { id: newProgrammeId(), date });
      announce(t(day ? "programme.day.changed" : "programme.day.added", { date: longDate(locale, date) }));
      onClose();
    } catch {
      setError(t("error.unexpected"));
    }
  };

  const hintId = `${id}-hint`;
  const issueId = `${id}-issue`;
  return (
    <FormDialog
      dialogRef={dialogRef}
      title={t(day ? "programme.day.changeTitle" : "programme.day.addTitle")}
      description={
        review.visitStart && review.visitEnd
          ? t("programme.day.visitRange", { start: longDate(locale, review.visitStart), end: longDate(locale, review.visitEnd) })
          : t("programme.day.noVisitDates")
      }
      submitting={false}
      error={error}
      submitLabel={t(day ? "programme.day.save" : "programme.day.addSubmit")}
      onClose={onClose}
      onSubmit={submit}
    >
      <div className={`field${issue ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor={`${id}-date`}>
          {t("programme.day.date")}
        </label>
        <input
          id={`${id}-date`}
          className="input"
          type="date"
          required
          value={date}
          {...bounds}
          onChange={(event) => {
            setDate(event.target.value);
            setIssue(null);
          }}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? `${hintId} ${issueId}` : hintId}
        />
        <p className="field__hint" id={hintId}>
          {t("programme.day.dateHint")}
        </p>
        {issue ? (
          <p className="field__error" id={issueId} role="alert">
            {issue}
          </p>
        ) : null}
      </div>
    </FormDialog>
  );
}

import { MAX_VISIT_DAYS } from "@review/shared";
import { useId } from "react";
import { useI18n, type T } from "../i18n/I18nProvider.tsx";
import { PLANNED_VISIT_DAYS, visitDatesIssue, visitDays } from "../app/visitDates.ts";
import "./visitDates.css";

export type DateIssues = { visitStart?: string; visitEnd?: string };

/** The form's wording for what is wrong with the typed dates (empty when nothing is). */
export function dateIssues(t: T, start: string, end: string): DateIssues {
  const issue = visitDatesIssue(start, end);
  if (issue === "endBeforeStart") return { visitEnd: t("setup.dates.endBeforeStart") };
  if (issue === "tooLong") return { visitEnd: t("setup.dates.tooLong", { max: MAX_VISIT_DAYS }) };
  return {};
}

type VisitDatesInputsProps = {
  start: string;
  end: string;
  onStartChange: (value: string) => void;
  onEndChange: (value: string) => void;
  issues: DateIssues;
  disabled?: boolean;
  autoFocus?: boolean;
};

/** First and last day of the study visit as native date inputs, with the visit's length as you type. */
export function VisitDatesInputs({ start, end, onStartChange, onEndChange, issues, disabled = false, autoFocus = false }: VisitDatesInputsProps) {
  const { t } = useI18n();
  const id = useId();
  const days = visitDays(start || null, end || null);
  const summary =
    days === null ? t("setup.dates.plan") : `${t("setup.dates.days", { count: days })}. ${t("setup.dates.plan")}`;
  const outsidePlan = days !== null && (days < PLANNED_VISIT_DAYS.min || days > PLANNED_VISIT_DAYS.max);

  const field = (which: "visitStart" | "visitEnd", value: string, onChange: (value: string) => void) => {
    const error = issues[which];
    return (
      <div className={`field${error ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor={`${id}-${which}`}>
          {t(which === "visitStart" ? "setup.dates.start" : "setup.dates.end")}
        </label>
        <input
          className="input"
          type="date"
          id={`${id}-${which}`}
          name={which}
          value={value}
          // The end cannot come before the start: the picker greys those days out.
          min={which === "visitEnd" && start ? start : undefined}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-summary${error ? ` ${id}-${which}-error` : ""}`}
          disabled={disabled}
          autoFocus={autoFocus && which === "visitStart"}
        />
        {error ? (
          <p className="field__error" id={`${id}-${which}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <div className="visit-dates">
      <div className="visit-dates__inputs">
        {field("visitStart", start, onStartChange)}
        {field("visitEnd", end, onEndChange)}
      </div>
      <p className={`field__hint${outsidePlan ? " visit-dates__hint--outside" : ""}`} id={`${id}-summary`} aria-live="polite">
        {summary}
      </p>
    </div>
  );
}

import { useId } from "react";
import type { ReviewDetail } from "@review/shared";
import type { ProgrammeDayView, ProgrammeSession } from "@review/shared/programme";
import type { BenchmarkScope } from "../../app/benchmarkScope.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { CalendarIcon, PlusIcon, TrashIcon } from "../../ui/icons.tsx";
import { dayDateProblem } from "./programmeModel.ts";
import { longDate } from "./programmeText.ts";
import { SessionRow } from "./SessionRow.tsx";

type Props = {
  day: ProgrammeDayView;
  /** 1-based place of the day in the programme. */
  number: number;
  review: ReviewDetail;
  scope: BenchmarkScope | null;
  /** Real names by person id, for moderators; null for everyone else. */
  realNames: ReadonlyMap<string, string> | null;
  canWrite: boolean;
  onEditDay: () => void;
  onDeleteDay: () => void;
  onAddSession: () => void;
  onEditSession: (session: ProgrammeSession) => void;
  onDeleteSession: (session: ProgrammeSession) => void;
};

/** One day of the visit: its date and its sessions by start time. */
export function ProgrammeDaySection({ day, number, review, scope, realNames, canWrite, onEditDay, onDeleteDay, onAddSession, onEditSession, onDeleteSession }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const dayName = t("programme.day.number", { number });
  const outside = dayDateProblem(day.date, review, [], day.id) === "outsideVisit";
  return (
    <section className="programme-day" aria-labelledby={headingId}>
      <header className="programme-day__header">
        <div className="programme-day__title">
          <h3 id={headingId}>
            <span className="programme-day__number">{dayName}</span>
            <span className="programme-day__date">{longDate(locale, day.date)}</span>
          </h3>
          <span className="programme-day__count">{t("programme.day.sessions", { count: day.sessions.length })}</span>
          {outside ? <span className="pill pill--small pill--warning">{t("programme.day.outsideVisit")}</span> : null}
        </div>
        {canWrite ? (
          <div className="programme-day__actions">
            <button type="button" className="button button--secondary button--small" onClick={onAddSession}>
              <PlusIcon size={16} />
              {t("programme.session.add")}
              <span className="visually-hidden"> ({dayName})</span>
            </button>
            <button type="button" className="icon-button" onClick={onEditDay} aria-label={t("programme.day.changeDate", { day: dayName })} title={t("programme.day.changeDateShort")}>
              <CalendarIcon size={18} />
            </button>
            <button type="button" className="icon-button icon-button--danger" onClick={onDeleteDay} aria-label={t("programme.day.delete", { day: dayName })} title={t("programme.day.deleteShort")}>
              <TrashIcon size={18} />
            </button>
          </div>
        ) : null}
      </header>
      {day.sessions.length === 0 ? (
        <p className="programme-day__empty">{t(canWrite ? "programme.day.emptyWriter" : "programme.day.emptyReader")}</p>
      ) : (
        <ol className="programme-day__sessions">
          {day.sessions.map((session) => (
            <li key={session.id}>
              <SessionRow
                session={session}
                scope={scope}
                realNames={realNames}
                canWrite={canWrite}
                onEdit={() => onEditSession(session)}
                onDelete={() => onDeleteSession(session)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useMemo, useRef, useState } from "react";
import type { ReviewDetail } from "@review/shared";
import type { ProgrammeDayView, ProgrammeSession } from "@review/shared/programme";
import { scopeBenchmark } from "../../app/benchmarkScope.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";
import { useProgrammeDays, useProgrammeSession } from "../../collab/useProgramme.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { ConnectionBadge } from "../../ui/ConnectionBadge.tsx";
import { EyeIcon, PlusIcon } from "../../ui/icons.tsx";
import { PresenceBar } from "../../ui/PresenceBar.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { DayDialog } from "./DayDialog.tsx";
import { DeleteDialogs, type DeleteTarget } from "./DeleteDialogs.tsx";
import { ProgrammeCoverage } from "./ProgrammeCoverage.tsx";
import { ProgrammeDaySection } from "./ProgrammeDaySection.tsx";
import { SessionDialog } from "./SessionDialog.tsx";
import { useParticipantNames } from "./useParticipantNames.ts";
import "./programme.css";

const HEADING_ID = "programme-heading";

type Editing = { kind: "day"; day: ProgrammeDayView | null } | { kind: "session"; dayId: string; session: ProgrammeSession | null } | null;

/**
 * The visit programme (`review:<id>:programme`): days, their sessions by start time, who is met
 * and which critical factors each session serves, with the coverage of the factors beside it.
 * Planned live by the moderators and peers; hosts and partners read it.
 */
export function ProgrammeTab({ review }: { review: ReviewDetail }) {
  const t = useT();
  const programme = useProgrammeSession(review);
  const doc = programme.session?.doc ?? null;
  const days = useProgrammeDays(doc);
  const { state: benchmarkState } = useBenchmark(review.benchmark?.id ?? null, review.benchmark?.version);
  const scope = useMemo(() => (benchmarkState.status === "loaded" ? scopeBenchmark(benchmarkState.benchmark, review.modules) : null), [benchmarkState, review.modules]);
  const names = useParticipantNames(review, doc);
  const writable = programme.canWrite ? doc : null;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  useScrollToSession(programme.ready && days.length > 0);

  const sessions = useMemo(() => days.flatMap((day) => day.sessions), [days]);

  return (
    <section className="programme" aria-labelledby={HEADING_ID}>
      <header className="programme__header cluster">
        <h2 id={HEADING_ID}>{t("programme.title")}</h2>
        <div className="programme__meta cluster">
          <PresenceBar users={programme.snapshot?.users ?? []} />
          <ConnectionBadge status={programme.status} />
        </div>
      </header>
      <p className="programme__intro">{t("programme.intro")}</p>
      {programme.access !== "write" ? (
        <Alert tone="info" icon={<EyeIcon />} title={t("programme.readOnly.title")}>
          {t("programme.readOnly.text")}
        </Alert>
      ) : null}
      {programme.access === "write" && programme.writeRejected ? (
        <Alert tone="warning" live="alert" title={t("report.writeRejected.title")}>
          {t("report.writeRejected.text")}
        </Alert>
      ) : null}
      {names.failed ? <Alert tone="warning">{t("programme.names.failed")}</Alert> : null}

      <div className="programme__layout">
        <div className="programme__plan">
          {writable && days.length > 0 ? (
            <div className="programme__toolbar">
              <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: "day", day: null })}>
                <PlusIcon size={16} />
                {t("programme.day.add")}
              </button>
            </div>
          ) : null}
          {!programme.ready ? (
            <div className="programme__loading">
              <Spinner label={t("programme.loading")} size={20} />
            </div>
          ) : days.length === 0 ? (
            <div className="empty-state programme__empty">
              <h3 className="empty-state__title">{t("programme.empty.title")}</h3>
              <p className="empty-state__text">{t(writable ? "programme.empty.writer" : "programme.empty.reader")}</p>
              {writable ? (
                <button type="button" className="button button--primary" onClick={() => setEditing({ kind: "day", day: null })}>
                  <PlusIcon size={16} />
                  {t("programme.day.addFirst")}
                </button>
              ) : null}
            </div>
          ) : (
            days.map((day, index) => (
              <ProgrammeDaySection
                key={day.id}
                day={day}
                number={index + 1}
                review={review}
                scope={scope}
                realNames={names.available ? names.names : null}
                canWrite={writable !== null}
                onEditDay={() => setEditing({ kind: "day", day })}
                onDeleteDay={() => setDeleting({ kind: "day", day, number: index + 1 })}
                onAddSession={() => setEditing({ kind: "session", dayId: day.id, session: null })}
                onEditSession={(session) => setEditing({ kind: "session", dayId: day.id, session })}
                onDeleteSession={(session) => setDeleting({ kind: "session", session })}
              />
            ))
          )}
        </div>
        <ProgrammeCoverage days={days} scope={scope} ready={programme.ready} />
      </div>

      {writable ? (
        <>
          <DayDialog open={editing?.kind === "day"} day={editing?.kind === "day" ? editing.day : null} days={days} review={review} doc={writable} onClose={() => setEditing(null)} />
          <SessionDialog
            open={editing?.kind === "session"}
            dayId={editing?.kind === "session" ? editing.dayId : ""}
            session={editing?.kind === "session" ? editing.session : null}
            days={days}
            sessions={sessions}
            scope={scope}
            names={names}
            doc={writable}
            onClose={() => setEditing(null)}
          />
          <DeleteDialogs target={deleting} doc={writable} names={names} onClose={() => setDeleting(null)} />
        </>
      ) : null}
    </section>
  );
}

/** A link to `#session-<id>` (from the coverage or an evidence card) scrolls to that session once it is shown. */
function useScrollToSession(shown: boolean) {
  const done = useRef(false);
  useEffect(() => {
    if (!shown || done.current) return;
    done.current = true;
    const id = window.location.hash.slice(1);
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, [shown]);
}

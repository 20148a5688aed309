import { useId, useMemo } from "react";
import type { ProgrammeDayView } from "@review/shared/programme";
import type { BenchmarkScope } from "../../app/benchmarkScope.ts";
import { programmeSessionAnchor } from "../../app/routes.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { AlertIcon, CheckCircleIcon } from "../../ui/icons.tsx";
import { factorCode } from "./programmeText.ts";

/**
 * Which sessions serve each critical factor of the review, the factors no session serves yet
 * first and prominently: what the team still has to plan for.
 */
export function ProgrammeCoverage({ days, scope, ready }: { days: readonly ProgrammeDayView[]; scope: BenchmarkScope | null; ready: boolean }) {
  const { t } = useI18n();
  const headingId = useId();
  const gapsId = useId();
  const rows = useMemo(() => {
    if (!scope) return [];
    const placed = days.flatMap((day, index) => day.sessions.map((session) => ({ session, dayNumber: index + 1 })));
    return scope.factors.map((factor) => ({ factor, serving: placed.filter(({ session }) => session.factorIds.includes(factor.id)) }));
  }, [days, scope]);
  const gaps = rows.filter((row) => row.serving.length === 0);
  const served = rows.length - gaps.length;

  return (
    <aside className="programme-coverage" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("programme.coverage.title")}</h3>
      {!scope || !ready ? (
        <p className="programme-coverage__summary">{t("programme.loadingFactors")}</p>
      ) : (
        <>
          <p className="programme-coverage__summary">{t("programme.coverage.summary", { served, count: rows.length })}</p>
          <div className="programme-coverage__meter" aria-hidden="true">
            <span style={{ width: `${rows.length ? (served / rows.length) * 100 : 0}%` }} />
          </div>
          {gaps.length > 0 ? (
            <section className="programme-coverage__gaps" aria-labelledby={gapsId}>
              <h4 id={gapsId}>
                <AlertIcon size={16} />
                {t("programme.coverage.gaps", { count: gaps.length })}
              </h4>
              <ul>
                {gaps.map(({ factor }) => (
                  <li key={factor.id}>
                    <span className="programme-factor-chip__code">{factorCode(t, factor)}</span> {factor.name}
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <p className="programme-coverage__done">
              <CheckCircleIcon size={16} />
              {t("programme.coverage.allServed")}
            </p>
          )}
          <h4 className="programme-coverage__subtitle">{t("programme.coverage.byFactor")}</h4>
          <ul className="programme-coverage__factors">
            {rows.map(({ factor, serving }) => (
              <li key={factor.id} className={serving.length === 0 ? "programme-coverage__factor programme-coverage__factor--gap" : "programme-coverage__factor"}>
                <p className="programme-coverage__name">
                  <span className="programme-factor-chip__code">{factorCode(t, factor)}</span> {factor.name}
                </p>
                {serving.length === 0 ? (
                  <p className="programme-coverage__none">{t("programme.coverage.noSession")}</p>
                ) : (
                  <ul className="programme-coverage__sessions">
                    {serving.map(({ session, dayNumber }) => (
                      <li key={session.id}>
                        <a href={`#${programmeSessionAnchor(session.id)}`}>
                          {t("programme.coverage.session", { day: dayNumber, time: session.start, title: session.title || t("programme.session.untitled") })}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

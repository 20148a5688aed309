import type { ReviewDetail } from "@review/shared";
import type { ReactNode } from "react";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { formatIsoDateRange } from "../../i18n/dates.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { CheckCircleIcon, CircleIcon } from "../../ui/icons.tsx";
import type { SetupField } from "./SetupPanel.tsx";
import { readinessChecks, type ReadinessCheck, type VisitPhase } from "./visitReadiness.ts";
import "../../ui/panel.css";

type ReadinessPanelProps = {
  review: ReviewDetail;
  /** The name of the review's theme module, when its benchmark is loaded. */
  themeName: string | null;
  phase: VisitPhase | null;
  /** Opens the editor that completes a check (moderators). */
  onOpen: (target: SetupField | "modules") => void;
};

/** What the review's own data says about its preparation: each check done or not, with the way to complete it. */
export function ReadinessPanel({ review, themeName, phase, onOpen }: ReadinessPanelProps) {
  const { t } = useI18n();
  const checks = readinessChecks(review);
  const done = checks.filter((check) => check.done).length;

  return (
    <section className="panel readiness" aria-labelledby="readiness-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="readiness-heading">
          {t("overview.readiness.title")}
        </h2>
        <span className="panel__aside">{t("overview.readiness.progress", { done, total: checks.length })}</span>
      </header>
      <div className="readiness__bar" aria-hidden="true">
        <span style={{ width: `${(done / checks.length) * 100}%` }} />
      </div>
      <PhaseLine phase={phase} />
      <ul className="readiness__list">
        {checks.map((check) => (
          <CheckItem key={check.id} check={check} review={review} themeName={themeName} onOpen={onOpen} />
        ))}
      </ul>
      <p className="panel__note">{t("overview.readiness.derived")}</p>
    </section>
  );
}

function PhaseLine({ phase }: { phase: VisitPhase | null }) {
  const { t } = useI18n();
  let text: string;
  if (phase === null) text = t("overview.phase.none");
  else if (phase.stage === "before") text = t("overview.phase.before", { count: phase.daysUntil });
  else if (phase.stage === "during") text = t("overview.phase.during", { day: phase.day, days: phase.days });
  else text = t("overview.phase.after", { count: phase.daysSince });
  return <p className={`readiness__phase readiness__phase--${phase?.stage ?? "none"}`}>{text}</p>;
}

function CheckItem({ check, review, themeName, onOpen }: { check: ReadinessCheck; review: ReviewDetail; themeName: string | null; onOpen: ReadinessPanelProps["onOpen"] }) {
  const { t, locale } = useI18n();
  const canEdit = review.role === "moderator";
  let title: string;
  let detail: string;
  let action: ReactNode = null;
  const button = (label: string, target: SetupField | "modules") => (
    <button type="button" className="readiness__action" onClick={() => onOpen(target)}>
      {label}
    </button>
  );

  switch (check.id) {
    case "team":
      title = t("overview.check.team");
      detail = check.done
        ? t("overview.check.team.done", { peers: t("overview.check.team.peers", { count: check.peers }), hosts: t("overview.check.team.hosts", { count: check.hosts }) })
        : check.peers === 0 && check.hosts === 0
          ? t("overview.check.team.none")
          : check.peers === 0
            ? t("overview.check.team.noPeers")
            : t("overview.check.team.noHost");
      if (!check.done && canEdit) {
        action = (
          <Link to={paths.reviewTeam(review.id)} className="readiness__action">
            {t("overview.check.team.action")}
          </Link>
        );
      }
      break;
    case "dates":
      title = t("overview.check.dates");
      detail =
        check.done && review.visitStart && review.visitEnd
          ? `${formatIsoDateRange(locale, review.visitStart, review.visitEnd)} · ${t("setup.dates.days", { count: check.days ?? 0 })}${check.withinPlan ? "" : ` · ${t("setup.dates.plan")}`}`
          : t("overview.check.dates.missing");
      if (!check.done && canEdit) action = button(t("overview.check.dates.action"), "dates");
      break;
    case "modules":
      title = t("overview.check.modules");
      detail = check.done ? t("overview.check.modules.done", { count: check.themeModules }) : t("overview.check.modules.missing");
      if (!check.done && canEdit) action = button(t("overview.check.modules.action"), "modules");
      break;
    case "context":
      title = t("overview.check.context");
      detail = check.done
        ? `${review.country} · ${themeName ?? "…"}`
        : t("overview.check.context.missing", {
            fields: check.missing.map((field) => t(field === "country" ? "overview.check.context.country" : "overview.check.context.theme")).join(", "),
          });
      if (!check.done && canEdit) action = button(t("overview.check.context.action"), check.missing[0] ?? "country");
      break;
  }

  return (
    <li className={`readiness__item${check.done ? " readiness__item--done" : ""}`}>
      <span className="readiness__icon" aria-hidden="true">
        {check.done ? <CheckCircleIcon size={18} /> : <CircleIcon size={18} />}
      </span>
      <div className="readiness__text">
        <p className="readiness__title">
          {title}
          <span className="visually-hidden">: {t(check.done ? "overview.check.done" : "overview.check.open")}</span>
        </p>
        <p className="readiness__detail">{detail}</p>
        {action}
      </div>
    </li>
  );
}

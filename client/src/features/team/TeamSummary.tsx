import type { ReviewDetail } from "@review/shared";
import { useMemo } from "react";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import { byRoleThenName } from "./members.ts";
import "../../ui/memberList.css";
import "../../ui/panel.css";

/** The team at a glance beside the report; changes happen on the Team tab. */
export function TeamSummary({ review }: { review: ReviewDetail }) {
  const t = useT();
  const me = useCurrentUser();
  const members = useMemo(() => [...review.members].sort(byRoleThenName), [review.members]);

  return (
    <section className="panel" aria-labelledby="team-summary-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="team-summary-heading">
          {t("members.title")}
        </h2>
        <span className="panel__count" aria-hidden="true">
          {members.length}
        </span>
        <span className="visually-hidden">{t("members.count", { count: members.length })}</span>
      </header>
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.userId} className="member member--compact">
            <Avatar name={member.name} color={member.color} size="sm" highlight={member.userId === me.id} />
            <span className="member__name">
              {member.name}
              {member.userId === me.id ? <span className="member__you"> {t("members.you")}</span> : null}
            </span>
            <RoleBadge role={member.role} />
          </li>
        ))}
      </ul>
      <p className="panel__note">
        <Link to={paths.reviewTeam(review.id)}>{review.role === "moderator" ? t("team.summary.manage") : t("team.summary.open")}</Link>
      </p>
    </section>
  );
}

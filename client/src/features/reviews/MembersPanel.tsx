import type { Member, ReviewDetail } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { useCurrentUser } from "../auth/SessionProvider.tsx";
import { AddMemberForm } from "./AddMemberForm.tsx";

const ROLE_ORDER = { moderator: 0, peer: 1, host: 2, partner: 3 } as const;

const byRoleThenName = (a: Member, b: Member) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name);

/** The review team, and for moderators the form to add to it. */
export function MembersPanel({ review, onMemberAdded }: { review: ReviewDetail; onMemberAdded: (member: Member) => void }) {
  const t = useT();
  const me = useCurrentUser();
  const members = [...review.members].sort(byRoleThenName);

  return (
    <section className="panel" aria-labelledby="members-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="members-heading">
          {t("members.title")}
        </h2>
        <span className="panel__count" aria-label={t("members.count", { count: members.length })}>
          {members.length}
        </span>
      </header>
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.userId} className="member">
            <Avatar name={member.name} color={member.color} highlight={member.userId === me.id} />
            <div className="member__who">
              <span className="member__name">
                {member.name}
                {member.userId === me.id ? <span className="member__you"> {t("members.you")}</span> : null}
              </span>
              <span className="member__meta">
                <RoleBadge role={member.role} />
                <span className="member__email">{member.email}</span>
              </span>
            </div>
          </li>
        ))}
      </ul>
      {review.role === "moderator" ? (
        <AddMemberForm reviewId={review.id} onAdded={onMemberAdded} />
      ) : (
        <p className="panel__note">{t("members.onlyModerators")}</p>
      )}
    </section>
  );
}

import { REVIEW_ROLES, type Member, type ReviewDetail, type ReviewRole } from "@review/shared";
import { useMemo, useRef, useState } from "react";
import { changeMemberRole, removeMember } from "../../api/reviews.ts";
import { describeError } from "../../app/errorText.ts";
import { navigate } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { TrashIcon } from "../../ui/icons.tsx";
import { RoleBadge } from "../../ui/RoleBadge.tsx";
import { roleLabelKey } from "../../ui/roles.ts";
import { Spinner } from "../../ui/Spinner.tsx";
import { useCurrentUser } from "../../app/SessionProvider.tsx";
import type { ReviewUpdater } from "../../app/reviewUpdater.ts";
import { stableOrder, withMember, withMemberRole, withoutMember } from "./members.ts";
import { useAnnounce } from "../../ui/announcer/index.ts";
import "../../ui/memberList.css";
import "../../ui/panel.css";

type Props = {
  review: ReviewDetail;
  onReviewChange: ReviewUpdater;
  /** Fetch the review again (after changing one's own role: what one may do has changed). */
  onRefresh: () => void;
};

/** The review team. Moderators change roles in place (saved at once) and remove members after confirming. */
export function MembersPanel({ review, onReviewChange, onRefresh }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const canManage = review.role === "moderator";
  const order = useRef<string[]>([]);
  order.current = stableOrder(order.current, review.members);
  const members = useMemo(() => {
    const byId = new Map(review.members.map((member) => [member.userId, member]));
    return order.current.map((id) => byId.get(id)).filter((member): member is Member => member !== undefined);
  }, [review.members]);

  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const [removing, setRemoving] = useState<Member | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const setBusy = (userId: string, busy: boolean) =>
    setPending((current) => {
      const next = new Set(current);
      if (busy) next.add(userId);
      else next.delete(userId);
      return next;
    });

  const changeRole = async (member: Member, role: ReviewRole) => {
    if (role === member.role) return;
    const previous = member.role;
    setError(null);
    // Optimistic: the select shows the new role at once and goes back if the server refuses.
    onReviewChange((current) => withMemberRole(current, member.userId, role, me.id));
    setBusy(member.userId, true);
    try {
      const saved = await changeMemberRole(review.id, member.userId, role);
      onReviewChange((current) => withMember(current, saved, me.id));
      announce(t("team.roleChanged", { name: saved.name, role: t(roleLabelKey[saved.role]) }));
      if (member.userId === me.id) onRefresh();
    } catch (caught) {
      onReviewChange((current) => withMemberRole(current, member.userId, previous, me.id));
      setError(describeError(t, caught));
    } finally {
      setBusy(member.userId, false);
    }
  };

  const confirmRemove = async (): Promise<string | null> => {
    const member = removing;
    if (!member) return null;
    try {
      await removeMember(review.id, member.userId);
    } catch (caught) {
      return describeError(t, caught);
    }
    setError(null);
    if (member.userId === me.id) {
      navigate(paths.reviews());
      return null;
    }
    onReviewChange((current) => withoutMember(current, member.userId));
    announce(t("team.removed", { name: member.name }));
    // The row and its button are gone: continue from the list's heading rather than from nowhere.
    requestAnimationFrame(() => heading.current?.focus());
    return null;
  };

  return (
    <section className="panel" aria-labelledby="members-heading">
      <header className="panel__header">
        <h2 className="panel__title" id="members-heading" ref={heading} tabIndex={-1}>
          {t("members.title")}
        </h2>
        <span className="panel__count" aria-hidden="true">
          {members.length}
        </span>
        <span className="visually-hidden">{t("members.count", { count: members.length })}</span>
      </header>
      {canManage ? <p className="panel__lede">{t("team.members.lede")}</p> : null}
      {error ? (
        <div className="panel__alert">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <ul className="member-list member-list--team">
        {members.map((member) => {
          const isMe = member.userId === me.id;
          const busy = pending.has(member.userId);
          return (
            <li key={member.userId} className="member">
              <Avatar name={member.name} color={member.color} highlight={isMe} />
              <div className="member__who">
                <span className="member__name">
                  {member.name}
                  {isMe ? <span className="member__you"> {t("members.you")}</span> : null}
                </span>
                <span className="member__email">{member.email}</span>
              </div>
              {canManage ? (
                <div className="member__actions">
                  {busy ? <Spinner size={14} label={t("team.saving")} /> : null}
                  <select
                    className="input select select--compact"
                    aria-label={t("team.roleOf", { name: member.name })}
                    value={member.role}
                    disabled={busy}
                    onChange={(event) => void changeRole(member, event.target.value as ReviewRole)}
                  >
                    {REVIEW_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(roleLabelKey[role])}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="icon-button icon-button--danger"
                    aria-label={t(isMe ? "team.leave" : "team.remove", { name: member.name })}
                    title={t(isMe ? "team.leave" : "team.remove", { name: member.name })}
                    disabled={busy}
                    onClick={() => setRemoving(member)}
                  >
                    <TrashIcon size={16} />
                  </button>
                </div>
              ) : (
                <RoleBadge role={member.role} />
              )}
            </li>
          );
        })}
      </ul>
      {canManage ? null : <p className="panel__note">{t("team.onlyModerators")}</p>}
      <ConfirmDialog
        open={removing !== null}
        title={removing?.userId === me.id ? t("team.leaveConfirm.title") : t("team.removeConfirm.title", { name: removing?.name ?? "" })}
        confirmLabel={removing?.userId === me.id ? t("team.leaveConfirm.submit") : t("team.removeConfirm.submit")}
        busyLabel={t("team.removeConfirm.submitting")}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      >
        <p>
          {removing?.userId === me.id
            ? t("team.leaveConfirm.text", { review: review.title })
            : t("team.removeConfirm.text", { name: removing?.name ?? "", review: review.title })}
        </p>
      </ConfirmDialog>
    </section>
  );
}

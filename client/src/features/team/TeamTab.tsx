import type { ReviewDetail } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { ReviewUpdater } from "../reviews/reviewUpdater.ts";
import { useCurrentUser } from "../auth/SessionProvider.tsx";
import { AddMemberForm } from "./AddMemberForm.tsx";
import { InvitationsPanel } from "./InvitationsPanel.tsx";
import { withMember } from "./members.ts";
import { MembersPanel } from "./MembersPanel.tsx";
import { RolesGuide } from "./RolesGuide.tsx";
import "./team.css";

/** Who is on the review and with which role; moderators add people, invite by link and change roles. */
export function TeamTab({ review, onReviewChange, onRefresh }: { review: ReviewDetail; onReviewChange: ReviewUpdater; onRefresh: () => void }) {
  const t = useT();
  const me = useCurrentUser();
  const canManage = review.role === "moderator";
  return (
    <div className="review-layout review-layout--team">
      <div className="review-layout__main team-main">
        <MembersPanel review={review} onReviewChange={onReviewChange} onRefresh={onRefresh} />
        {canManage ? <InvitationsPanel review={review} /> : null}
      </div>
      <aside className="review-layout__side team-side" aria-label={t("team.side")}>
        {canManage ? <AddMemberForm reviewId={review.id} onAdded={(member) => onReviewChange((current) => withMember(current, member, me.id))} /> : null}
        <RolesGuide myRole={review.role} />
      </aside>
    </div>
  );
}

import type { ReviewDetail } from "@review/shared";
import { useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../app/queryKeys.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { ReviewUpdater } from "../../app/reviewUpdater.ts";
import { AddMemberForm } from "./AddMemberForm.tsx";
import { InvitationsPanel } from "./InvitationsPanel.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import { RolesGuide } from "./RolesGuide.tsx";
import "./team.css";

/** Who is on the review and with which role; moderators add people, invite by link and change roles. */
export function TeamTab({ review, onReviewChange, onRefresh }: { review: ReviewDetail; onReviewChange: ReviewUpdater; onRefresh: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const canManage = review.role === "moderator";
  return (
    <div className="review-layout review-layout--team">
      <div className="review-layout__main team-main">
        <MembersPanel review={review} onReviewChange={onReviewChange} onRefresh={onRefresh} />
        {canManage ? <InvitationsPanel review={review} /> : null}
      </div>
      <aside className="review-layout__side team-side" aria-label={t("team.side")}>
        {canManage ? (
          <AddMemberForm
            reviewId={review.id}
            onAdded={() => {
              // The new member or the new invitation shows up in its list.
              void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.invitations(review.id) });
              onRefresh();
            }}
          />
        ) : null}
        <RolesGuide myRole={review.role} />
      </aside>
    </div>
  );
}

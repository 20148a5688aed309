import type { ReviewDetail } from "@review/shared";
import { useState } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { ReviewUpdater } from "../reviews/reviewUpdater.ts";
import { AddMemberForm } from "./AddMemberForm.tsx";
import { InvitationsPanel } from "./InvitationsPanel.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import { RolesGuide } from "./RolesGuide.tsx";
import "./team.css";

/** Who is on the review and with which role; moderators add people, invite by link and change roles. */
export function TeamTab({ review, onReviewChange, onRefresh }: { review: ReviewDetail; onReviewChange: ReviewUpdater; onRefresh: () => void }) {
  const t = useT();
  // Bumped after an add: the new member or the new invitation shows up in its list.
  const [added, setAdded] = useState(0);
  const canManage = review.role === "moderator";
  return (
    <div className="review-layout review-layout--team">
      <div className="review-layout__main team-main">
        <MembersPanel review={review} onReviewChange={onReviewChange} onRefresh={onRefresh} />
        {canManage ? <InvitationsPanel review={review} refreshKey={added} /> : null}
      </div>
      <aside className="review-layout__side team-side" aria-label={t("team.side")}>
        {canManage ? (
          <AddMemberForm
            reviewId={review.id}
            onAdded={() => {
              setAdded((count) => count + 1);
              onRefresh();
            }}
          />
        ) : null}
        <RolesGuide myRole={review.role} />
      </aside>
    </div>
  );
}

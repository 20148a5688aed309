import { ADDRESSING_ROLES, FOLLOW_UP_ROLES, type ReviewDetail, type ReviewRole } from "@review/shared";
import { FOLLOW_UPS_ROOT, NO_FOLLOW_UP } from "@review/shared/ratings";
import { recommendationDecisionsRoot } from "@review/shared/self";
import { useId, useMemo } from "react";
import type * as Y from "yjs";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useReviewDocumentSession } from "../../collab/useReviewDocumentSession.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { reportRecommendationCommands } from "../../api/recommendations.ts";
import { useDocumentRecommendations } from "../../editor/documentRecommendations.ts";
import { FollowUpSection } from "../../ui/recommendations/FollowUpSection.tsx";
import { DecisionItem } from "./DecisionItem.tsx";
import { useRecommendationDecisions, useRecommendationFollowUps } from "./useRecommendations.ts";
import "./decisions.css";

/**
 * The host's decision on each recommendation of the report (take forward / consider / decline,
 * with a note), once the report is final; before that, the list of recommendations so far.
 * Decisions live in the self document, which hosts and moderators write and everyone reads.
 */
export function RecommendationDecisions({ review, reportDoc }: { review: ReviewDetail; reportDoc: Y.Doc | null }) {
  const t = useT();
  const headingId = useId();
  const recommendations = useDocumentRecommendations(reportDoc);
  const commands = useMemo(() => reportRecommendationCommands(review.id), [review.id]);
  const final = review.reportStatus === "final";
  const self = useReviewDocumentSession(review, "self", (doc) => recommendationDecisionsRoot(doc).size > 0);
  const decisions = useRecommendationDecisions(self.session?.doc ?? null);
  const ratings = useReviewDocumentSession(review, "ratings", (doc) => doc.getMap(FOLLOW_UPS_ROOT).size > 0);
  const followUps = useRecommendationFollowUps(ratings.session?.doc ?? null);
  const canAddress = (ADDRESSING_ROLES as readonly ReviewRole[]).includes(review.role);
  const canFollowUp = final && (FOLLOW_UP_ROLES as readonly ReviewRole[]).includes(review.role);
  const canDecide = final && self.canWrite;
  const decided = recommendations.filter((recommendation) => decisions.has(recommendation.id)).length;
  const people = new Map(review.members.map((member) => [member.userId, member.name]));

  return (
    <section className="decisions surface-box" aria-labelledby={headingId}>
      <header className="decisions__header cluster">
        <h3 className="decisions__title" id={headingId}>
          {t("workflow.decisions.title")}
        </h3>
        {recommendations.length > 0 ? (
          <span className="decisions__count">
            {final
              ? t("workflow.decisions.decided", { decided, count: recommendations.length })
              : t("workflow.decisions.count", { count: recommendations.length })}
          </span>
        ) : null}
      </header>
      <p className="decisions__intro">
        {final ? t("workflow.decisions.intro") : decided > 0 ? t("workflow.decisions.reopened") : t("workflow.decisions.locked")}
        {final && !self.canWrite && self.ready ? ` ${t("workflow.decisions.readOnly")}` : null}
      </p>
      {recommendations.length === 0 ? (
        <p className="decisions__empty">{review.role === "moderator" || review.role === "peer" ? t("workflow.decisions.empty") : t("workflow.decisions.emptyReader")}</p>
      ) : (
        <ol className="decisions__list stack">
          {recommendations.map((recommendation, index) => (
            <DecisionItem
              key={recommendation.id}
              index={index + 1}
              recommendation={recommendation}
              decision={decisions.get(recommendation.id) ?? null}
              deciderName={(id) => people.get(id) ?? t("workflow.decisions.unknownPerson")}
              selfDoc={canDecide ? (self.session?.doc ?? null) : null}
              showDecision={final || decisions.has(recommendation.id)}
            >
              <FollowUpSection
                commands={commands}
                recommendationId={recommendation.id}
                index={index + 1}
                entry={followUps.get(recommendation.id) ?? NO_FOLLOW_UP}
                canAddress={canAddress}
                canFollowUp={canFollowUp}
                tracking={final}
              />
            </DecisionItem>
          ))}
        </ol>
      )}
      <p className="decisions__network">
        <Link to={paths.recommendations()}>{t("workflow.followUp.networkLink")}</Link>
      </p>
    </section>
  );
}

import { useMemo } from "react";
import type { ReviewDetail } from "@review/shared";
import { useT } from "../../i18n/I18nProvider.tsx";
import { scopeBenchmark } from "../../app/benchmarkScope.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";
import { FindingReplyBadge } from "./FindingReply.tsx";
import type { FindingReplies } from "./useFindingReplies.ts";

/** In the comment list: one entry per finding the host has replied to, in benchmark order. */
export function FindingRepliesList({ review, findingReplies }: { review: ReviewDetail; findingReplies: FindingReplies }) {
  const t = useT();
  const { state } = useBenchmark(review.benchmark?.id ?? null, review.benchmark?.version);
  const factors = useMemo(() => (state.status === "loaded" ? scopeBenchmark(state.benchmark, review.modules).factors : []), [state, review.modules]);
  const replied = factors.filter((factor) => findingReplies.replies.has(factor.id));

  return (
    <section className="comments-panel__section" aria-label={t("findingReply.list")}>
      <h4 className="comments-panel__subtitle">{t("findingReply.list")}</h4>
      {replied.length === 0 ? (
        <p className="comments-panel__muted">{t("findingReply.empty")}</p>
      ) : (
        <ul className="comments-panel__list">
          {replied.map((factor) => (
            <li key={factor.id} className="finding-reply-entry" data-factor-id={factor.id}>
              <p className="finding-reply-entry__factor">{t("findingReply.factor", { number: factor.number, name: factor.name })}</p>
              <FindingReplyBadge reply={findingReplies.replies.get(factor.id)!} withNote />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

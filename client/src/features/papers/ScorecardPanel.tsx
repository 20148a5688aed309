import { scorecardEntryKey } from "@review/shared";
import type { Editor } from "@tiptap/core";
import { useCallback, useId, useMemo, useState } from "react";
import { describeError } from "../../app/errorText.ts";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { highlightFactor } from "../../editor/factorHighlight.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useBenchmark } from "../../app/useBenchmark.ts";
import { useEditorSummary } from "../../editor/useEditorSummary.ts";
import { BenchmarkLanguage } from "../../i18n/ContentLanguage.tsx";
import "../../ui/factorPanel.css";
import "./scorecard.css";
import { ScorecardFilters } from "./ScorecardFilters.tsx";
import { ScorecardMatrix } from "./ScorecardMatrix.tsx";
import { scorecardView, themeLabel } from "./scorecardModel.ts";
import { useScorecardView } from "./scorecardUrl.ts";
import { useScorecard } from "./useScorecard.ts";
import { useAnnounce } from "../../ui/announcer/index.ts";

/**
 * Beside a policy paper: the network's score card (every review × every factor), filterable,
 * with the host self-assessment on demand. Each factor's entry lists the paper passages
 * linked to it; writers link the selected text to a factor from its row.
 */
export function ScorecardPanel({ editor, canWrite }: { editor: Editor | null; canWrite: boolean }) {
  const t = useT();
  const headingId = useId();
  const { state, retry } = useScorecard();
  const scorecard = state.status === "loaded" ? state.scorecard : null;
  const { state: benchmarkState, retry: retryBenchmark } = useBenchmark(scorecard?.benchmark.id ?? null, scorecard?.benchmark.version);
  const benchmark = benchmarkState.status === "loaded" ? benchmarkState.benchmark : null;
  const { filters, setFilters, showSelf, setShowSelf } = useScorecardView();
  const [openFactor, setOpenFactor] = useState<string | null>(null);
  const { passages, hasSelection } = useEditorSummary(editor);

  const view = useMemo(() => (benchmark && scorecard ? scorecardView(benchmark, scorecard.reviews, filters) : null), [benchmark, scorecard, filters]);
  // One column per (review, host project): numbered by entry, not by review.
  const numbers = useMemo(() => new Map((scorecard?.reviews ?? []).map((review, index) => [scorecardEntryKey(review), index + 1])), [scorecard]);
  const announce = useAnnounce();
  const highlight = useCallback(
    (factorId: string | null) => {
      if (editor && !editor.isDestroyed) highlightFactor(editor, factorId);
    },
    [editor],
  );
  const failed = state.status === "failed" ? state.error : benchmarkState.status === "failed" ? benchmarkState.error : null;

  return (
    <BenchmarkLanguage benchmark={benchmark}>
      <section className="bench-sidebar scorecard" aria-labelledby={headingId}>
        <div className="bench-sidebar__header">
          <h3 className="bench-sidebar__title" id={headingId}>
            {t("scorecard.title")}
          </h3>
          {view ? <span className="scorecard__count">{t("scorecard.reviews", { count: view.reviews.length })}</span> : null}
        </div>
        <p className="bench-sidebar__hint">{t("scorecard.lede")}</p>
        {state.status === "loading" || benchmarkState.status === "loading" ? <p className="bench-sidebar__muted">{t("scorecard.loading")}</p> : null}
        {failed ? (
          <p className="bench-sidebar__muted" role="alert">
            {t("scorecard.failed")} {describeError(t, failed)}{" "}
            <button type="button" className="bench-sidebar__link-button" onClick={state.status === "failed" ? retry : retryBenchmark}>
              {t("common.retry")}
            </button>
          </p>
        ) : null}
        {scorecard && benchmark && view ? (
          scorecard.reviews.length === 0 ? (
            <p className="bench-sidebar__muted">{t("scorecard.noReviews")}</p>
          ) : (
            <>
              <ScorecardFilters benchmark={benchmark} reviews={scorecard.reviews} filters={filters} onChange={setFilters} showSelf={showSelf} onShowSelf={setShowSelf} />
              <h4 className="scorecard__subheading">{t("scorecard.reviewsHeading")}</h4>
              <ol className="scorecard-reviews" data-testid="scorecard-reviews">
                {view.reviews.map((review) => (
                  <li key={scorecardEntryKey(review)} className="scorecard-reviews__item" value={numbers.get(scorecardEntryKey(review))}>
                    {review.isMember ? (
                      <Link to={paths.review(review.id)} className="scorecard-reviews__title">
                        {review.title}
                      </Link>
                    ) : (
                      <span className="scorecard-reviews__title" title={t("scorecard.review.notMember")}>
                        {review.title}
                      </span>
                    )}
                    <span className="scorecard-reviews__meta">{t("scorecard.review.meta", { country: review.country || "—", theme: themeLabel(benchmark, review.themeModuleId) ?? "—" })}</span>
                  </li>
                ))}
              </ol>
              {view.reviews.length === 0 ? (
                <p className="bench-sidebar__muted">{t("scorecard.empty")}</p>
              ) : (
                <>
                  <p className="scorecard__legend">{t("scorecard.legend")}</p>
                  <p className="bench-sidebar__hint">{canWrite ? t("scorecard.hint.write") : t("scorecard.hint.read")}</p>
                  <ScorecardMatrix
                    view={view}
                    benchmarkId={scorecard.benchmark.id}
                    numbers={numbers}
                    passages={passages}
                    editor={editor}
                    canWrite={canWrite}
                    hasSelection={hasSelection}
                    showSelf={showSelf}
                    openFactor={openFactor}
                    onToggle={(factorId) => setOpenFactor((current) => (current === factorId ? null : factorId))}
                    highlight={highlight}
                    announce={announce}
                  />
                </>
              )}
            </>
          )
        ) : null}
      </section>
    </BenchmarkLanguage>
  );
}

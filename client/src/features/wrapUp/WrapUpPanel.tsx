import {
  isPastVisitDay,
  mayChangePastDay,
  mayRecordProvisionalRating,
  reviewCoversModule,
  visitDayCount,
  type Benchmark,
  type ProvisionalRating,
  type ReviewDetail,
} from "@review/shared";
import type { ProjectRatingsState } from "@review/shared/ratings";
import { useState } from "react";
import { recordProvisionalRating } from "../../api/wrapUp.ts";
import { Panel } from "../../ui/Panel.tsx";
import { describeError } from "../../app/errorText.ts";
import { useRatingsSession } from "../../collab/useReviewDocumentSession.ts";
import { localIsoDate } from "../../i18n/dates.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useWrapUp } from "./useWrapUp.ts";
import { RatingMark } from "./RatingMark.tsx";
import { VisitFeedbackForm } from "./VisitFeedbackForm.tsx";
import "./wrapUp.css";

const CHOICES = ["none", "wholly", "partly", "not"] as const;

/**
 * The visit's daily wrap-up: per factor and visit day the team's provisional rating from the
 * evening flipchart (the team records; a day that is over only moderators change), the final
 * team rating beside it, changes between days marked; below, the feedback given to the host.
 */
export function WrapUpPanel({ review, benchmark }: { review: ReviewDetail; benchmark: Benchmark | null }) {
  const t = useT();
  const contentLang = useContentLang();
  const ratingsSession = useRatingsSession(review);
  const { wrapUp, ratings } = useWrapUp(ratingsSession.session?.doc ?? null);
  const [error, setError] = useState<string | null>(null);
  const days = visitDayCount(review.visitStart, review.visitEnd);
  const today = localIsoDate(new Date());
  const factors = benchmark ? benchmark.modules.filter((module) => reviewCoversModule(review, module)).flatMap((module) => module.factors) : [];
  const cells = new Map(wrapUp.provisional.map((entry) => [`${entry.factorId}@${entry.day}`, entry]));
  const canEdit = (day: number) =>
    mayRecordProvisionalRating(review.role) && (!review.visitStart || !isPastVisitDay(review.visitStart, day, today) || mayChangePastDay(review.role));

  const record = async (factorId: string, day: number, choice: (typeof CHOICES)[number], previous: ProvisionalRating | undefined) => {
    setError(null);
    try {
      await recordProvisionalRating(review.id, factorId, day, { rating: choice === "none" ? null : choice, note: previous?.note ?? "" });
    } catch (caught) {
      setError(describeError(t, caught));
    }
  };

  return (
    <Panel title={t("wrapUp.title")} className="wrap-up">
        <p className="wrap-up__intro">{t("wrapUp.intro")}</p>
        {error ? (
          <p className="wrap-up__error" role="alert">
            {error}
          </p>
        ) : null}
        {days === 0 ? (
          <p className="wrap-up__empty">{t("wrapUp.noVisit")}</p>
        ) : (
          <div className="wrap-up__scroll" role="region" aria-label={t("wrapUp.matrix")} tabIndex={0}>
            <table className="wrap-up__table">
              <caption className="visually-hidden">{t("wrapUp.matrix")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("wrapUp.factor")}</th>
                  {Array.from({ length: days }, (_, index) => (
                    <th key={index} scope="col">
                      {t("wrapUp.day", { number: index + 1 })}
                    </th>
                  ))}
                  <th scope="col">{t("wrapUp.final")}</th>
                </tr>
              </thead>
              <tbody>
                {factors.map((factor) => (
                  <tr key={factor.id} data-factor-id={factor.id}>
                    <th scope="row">
                      <span className="wrap-up__number">{factor.number}</span> <span lang={contentLang}>{factor.name}</span>
                    </th>
                    {Array.from({ length: days }, (_, index) => {
                      const day = index + 1;
                      const entry = cells.get(`${factor.id}@${day}`);
                      const before = day > 1 ? cells.get(`${factor.id}@${day - 1}`) : undefined;
                      const changed = entry && before && entry.rating !== before.rating;
                      const label = t("wrapUp.cellLabel", { factor: factor.number, day });
                      return (
                        <td key={day} className="wrap-up__cell" data-day={day} data-changed={changed ? "true" : undefined}>
                          <RatingMark rating={entry?.rating ?? null} />
                          {changed ? (
                            <span className="wrap-up__change">
                              <span aria-hidden="true"> ↻</span>
                              <span className="visually-hidden"> ({t("wrapUp.changed", { day: day - 1 })})</span>
                            </span>
                          ) : null}
                          {entry?.note ? <span className="wrap-up__note">{entry.note}</span> : null}
                          {canEdit(day) ? (
                            <select
                              className="input select wrap-up__select"
                              aria-label={label}
                              value={entry?.rating ?? "none"}
                              onChange={(event) => void record(factor.id, day, event.currentTarget.value as (typeof CHOICES)[number], entry)}
                            >
                              {CHOICES.map((choice) => (
                                <option key={choice} value={choice}>
                                  {t(`wrapUp.rating.${choice}`)}
                                </option>
                              ))}
                            </select>
                          ) : null}
                        </td>
                      );
                    })}
                    <FinalRatings ratings={ratings} factorId={factor.id} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <VisitFeedbackForm review={review} feedback={wrapUp.feedback} />
    </Panel>
  );
}

/** The final team rating of a factor: the review's, or with several host projects each project's, named. */
function FinalRatings({ ratings, factorId }: { ratings: ProjectRatingsState; factorId: string }) {
  const rating = (projectId: string | undefined) => (projectId ? (ratings.ratings.get(projectId)?.get(factorId)?.rating ?? null) : null);
  if (ratings.projects.length <= 1) {
    return (
      <td className="wrap-up__cell wrap-up__cell--final">
        <RatingMark rating={rating(ratings.projects[0]?.id)} />
      </td>
    );
  }
  return (
    <td className="wrap-up__cell wrap-up__cell--final">
      <ul className="wrap-up__projects">
        {ratings.projects.map((project) => (
          <li key={project.id} data-project-id={project.id}>
            <RatingMark rating={rating(project.id)} /> <span className="wrap-up__project">{project.name}</span>
          </li>
        ))}
      </ul>
    </td>
  );
}

import { ratingChange, reviewCoversModule, type Benchmark, type Rating, type ReviewDetail, type ReviewRoundsResponse, type RoundReview } from "@review/shared";
import { useId, useState } from "react";
import { getReviewRounds, setReviewFollows } from "../../api/rounds.ts";
import { describeError } from "../../app/errorText.ts";
import { queryKeys } from "../../app/queryKeys.ts";
import { useLoad } from "../../app/useLoad.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { Panel } from "../../ui/Panel.tsx";

const RATING_LABEL: Record<Rating, MessageKey> = {
  wholly: "overview.rounds.rating.wholly",
  partly: "overview.rounds.rating.partly",
  not: "overview.rounds.rating.not",
};
const CHANGE_LABEL = {
  improved: "overview.rounds.change.improved",
  declined: "overview.rounds.change.declined",
  same: "overview.rounds.change.same",
} as const satisfies Record<string, MessageKey>;
const CHANGE_MARK = { improved: "▲", declined: "▼", same: "=" } as const;

type RoundsPanelProps = { review: ReviewDetail; benchmark: Benchmark | null };

/**
 * Progress over time: which earlier review of the host project this one follows (its
 * moderators choose), and per factor the first round's self-assessment as the baseline, then
 * each round's team rating with the change since the round before marked.
 */
export function RoundsPanel({ review, benchmark }: RoundsPanelProps) {
  const t = useT();
  const id = useId();
  const { state, reload } = useLoad(queryKeys.reviews.rounds(review.id), () => getReviewRounds(review.id));
  const [saved, setSaved] = useState<ReviewRoundsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const data = saved ?? (state.status === "loaded" ? state.data : null);

  const choose = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      setSaved(await setReviewFollows(review.id, value || null));
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel title={t("overview.rounds.title")} className="rounds">
        {state.status === "failed" ? <LoadFailed title={t("overview.rounds.failed")} error={state.error} onRetry={reload} /> : null}
        {data ? (
          <>
            {data.canLink ? (
              <div className="rounds__link">
                <label htmlFor={`${id}-follows`} className="rounds__label">
                  {t("overview.rounds.follows")}
                </label>
                <select id={`${id}-follows`} className="input select" value={data.followsReviewId ?? ""} disabled={busy} onChange={(event) => void choose(event.currentTarget.value)}>
                  <option value="">{t("overview.rounds.none")}</option>
                  {data.candidates.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.title}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {error ? (
              <p className="rounds__error" role="alert">
                {error}
              </p>
            ) : null}
            {data.rounds.length > 1 && benchmark ? (
              <RoundsTable rounds={data.rounds} benchmark={benchmark} review={review} />
            ) : (
              <p className="rounds__single">{t("overview.rounds.single")}</p>
            )}
          </>
        ) : null}
    </Panel>
  );
}

function RoundsTable({ rounds, benchmark, review }: { rounds: RoundReview[]; benchmark: Benchmark; review: ReviewDetail }) {
  const t = useT();
  const contentLang = useContentLang();
  const baseline = rounds[0]!;
  const factors = benchmark.modules.filter((module) => reviewCoversModule(review, module)).flatMap((module) => module.factors);
  const rating = (value: Rating | undefined) => (value ? t(RATING_LABEL[value]) : t("overview.rounds.rating.none"));

  return (
    <div className="rounds__scroll" role="region" aria-label={t("overview.rounds.table")} tabIndex={0}>
      <table className="rounds__table">
        <caption className="visually-hidden">{t("overview.rounds.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("overview.rounds.factor")}</th>
            <th scope="col">{t("overview.rounds.baseline")}</th>
            {rounds.map((round) => (
              <th key={round.id} scope="col" aria-current={round.id === review.id ? "true" : undefined}>
                {t("overview.rounds.round", { number: round.round })}
                <span className="rounds__sub">{round.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {factors.map((factor) => (
            <tr key={factor.id} data-factor-id={factor.id}>
              <th scope="row">
                <span className="rounds__number">{factor.number}</span> <span lang={contentLang}>{factor.name}</span>
              </th>
              <td className={`rounds__cell rounds__cell--${baseline.selfRatings[factor.id] ?? "none"}`}>{rating(baseline.selfRatings[factor.id])}</td>
              {rounds.map((round, index) => {
                const value = round.teamRatings[factor.id];
                const change = index > 0 ? ratingChange(rounds[index - 1]!.teamRatings[factor.id], value) : null;
                return (
                  <td key={round.id} className={`rounds__cell rounds__cell--${value ?? "none"}`} data-change={change ?? undefined}>
                    {rating(value)}
                    {change ? (
                      <span className={`rounds__change rounds__change--${change}`}>
                        <span aria-hidden="true"> {CHANGE_MARK[change]}</span>
                        <span className="visually-hidden"> ({t(CHANGE_LABEL[change])})</span>
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

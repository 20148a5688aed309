import { reviewCoversModule, type Benchmark, type Rating, type ReviewDetail, type ReviewRoundsResponse } from "@review/shared";
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
import { columnChange, roundColumns, type RoundColumn } from "./roundColumns.ts";

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
            {(data.rounds.length > 1 || data.projects.length > 1) && benchmark ? (
              <RoundsTable data={data} benchmark={benchmark} review={review} />
            ) : (
              <p className="rounds__single">{t("overview.rounds.single")}</p>
            )}
          </>
        ) : null}
    </Panel>
  );
}

function RoundsTable({ data, benchmark, review }: { data: ReviewRoundsResponse; benchmark: Benchmark; review: ReviewDetail }) {
  const t = useT();
  const contentLang = useContentLang();
  const baseline = data.rounds[0]!;
  const columns = roundColumns(data.rounds, data.projects);
  const factors = benchmark.modules.filter((module) => reviewCoversModule(review, module)).flatMap((module) => module.factors);

  return (
    <div className="rounds__scroll" role="region" aria-label={t("overview.rounds.table")} tabIndex={0}>
      <table className="rounds__table">
        <caption className="visually-hidden">{t("overview.rounds.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("overview.rounds.factor")}</th>
            <th scope="col">{t("overview.rounds.baseline")}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-current={column.round.id === review.id ? "true" : undefined} data-project-id={column.project?.id}>
                {t("overview.rounds.round", { number: column.round.round })}
                <span className="rounds__sub">{column.round.title}</span>
                {column.project ? <span className="rounds__project">{column.project.name}</span> : null}
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
              <td className={`rounds__cell rounds__cell--${baseline.selfRatings[factor.id] ?? "none"}`}>
                <RatingText value={baseline.selfRatings[factor.id]} />
              </td>
              {columns.map((column) => (
                <RoundCell key={column.key} column={column} factorId={factor.id} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RatingText({ value }: { value: Rating | undefined }) {
  const t = useT();
  return <>{value ? t(RATING_LABEL[value]) : t("overview.rounds.rating.none")}</>;
}

/** A factor's team rating in one column, the change since the round before marked. */
function RoundCell({ column, factorId }: { column: RoundColumn; factorId: string }) {
  const t = useT();
  if (!column.ratings) {
    return (
      <td className="rounds__cell rounds__cell--absent">
        <span aria-hidden="true">·</span>
        <span className="visually-hidden">{t("overview.rounds.notCovered")}</span>
      </td>
    );
  }
  const value = column.ratings[factorId];
  const change = columnChange(column, factorId);
  return (
    <td className={`rounds__cell rounds__cell--${value ?? "none"}`} data-change={change ?? undefined}>
      <RatingText value={value} />
      {change ? (
        <span className={`rounds__change rounds__change--${change}`}>
          <span aria-hidden="true"> {CHANGE_MARK[change]}</span>
          <span className="visually-hidden"> ({t(CHANGE_LABEL[change])})</span>
        </span>
      ) : null}
    </td>
  );
}

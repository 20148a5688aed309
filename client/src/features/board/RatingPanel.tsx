import { useState } from "react";
import { RATINGS, mayVote, type Rating } from "@review/shared";
import { triangulation, voteSpread, type FactorState } from "@review/shared/board";
import { castVote } from "../../api/ratings.ts";
import { describeError } from "../../app/errorText.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { RATING_LABEL, SOURCE_LABEL } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { cardAnchor } from "../../app/cardAnchor.ts";
import { excerpt } from "./excerpt.ts";
import { RatingBadge } from "../../ui/RatingBadge.tsx";
import "./rating.css";

type RatingPanelProps = {
  factor: ScopedFactor;
  /** The factor with the chosen host project's team rating. */
  state: FactorState;
  projectId: string;
  onProjectChange: (projectId: string) => void;
  onRecord: () => void;
};

/**
 * The team's votes on the factor (live, with names) and the team rating the moderator records;
 * with several host projects, a select chooses whose rating is shown and recorded.
 */
export function RatingPanel({ factor, state, projectId, onProjectChange, onRecord }: RatingPanelProps) {
  const { t, formatDate } = useI18n();
  const { review, me, members, canWrite, canRate, announce, notify, projects } = useBoardEnv();
  // The vote being sent: shown at once, until the server's answer (and the ratings document) catch up.
  const [sending, setSending] = useState<{ rating: Rating | null } | null>(null);
  const spread = voteSpread(state.votes);
  const myVote = sending ? sending.rating : (state.votes[me.id] ?? null);
  const voteCount = Object.keys(state.votes).length;
  const check = triangulation(state);
  const cited = state.cards.filter((card) => state.cites.includes(card.id));
  const ratedBy = state.ratedBy ? (members.get(state.ratedBy)?.name ?? t("board.card.formerMember")) : null;

  const vote = async (rating: Rating | null) => {
    if (sending) return;
    setSending({ rating });
    try {
      await castVote(review.id, factor.id, rating);
      announce(rating ? t("board.vote.cast", { rating: t(RATING_LABEL[rating]) }) : t("board.vote.cleared"));
    } catch (error) {
      notify(t("board.vote.failed", { reason: describeError(t, error) }));
    } finally {
      setSending(null);
    }
  };

  const kinds = check.kinds.map((kind) => t(SOURCE_LABEL[kind]).toLocaleLowerCase()).join(", ");

  return (
    <div className="rating-panel" id="rating-panel">
      <section className="rating-panel__votes" aria-labelledby="votes-title">
        <h4 className="rating-panel__title" id="votes-title">
          {t("board.vote.title")} <span className="rating-panel__count">{voteCount === 0 ? t("board.vote.none") : t("board.vote.count", { count: voteCount })}</span>
        </h4>
        <ul className="vote-spread">
          {RATINGS.map((rating) => (
            <li key={rating} className="vote-spread__row">
              <span className={`vote-spread__rating vote-spread__rating--${rating}`}>{t(RATING_LABEL[rating])}</span>
              <span className="vote-spread__bar" aria-hidden="true">
                <span className={`vote-spread__fill vote-spread__fill--${rating}`} style={{ width: `${voteCount ? (spread[rating].length / voteCount) * 100 : 0}%` }} />
              </span>
              <span className="vote-spread__count">
                {spread[rating].length}
                <span className="visually-hidden">
                  {spread[rating].length > 0 ? `: ${spread[rating].map((userId) => members.get(userId)?.name ?? t("board.card.formerMember")).join(", ")}` : ""}
                </span>
              </span>
              <span className="vote-spread__voters" aria-hidden="true">
                {spread[rating].map((userId) => {
                  const member = members.get(userId);
                  const name = member?.name ?? t("board.card.formerMember");
                  return (
                    <span key={userId} className="vote-spread__voter" title={name}>
                      <Avatar name={name} color={member?.color ?? ""} size="sm" highlight={userId === me.id} />
                    </span>
                  );
                })}
              </span>
            </li>
          ))}
        </ul>
        {canWrite && mayVote(review.role) ? (
          <div className="my-vote" role="group" aria-labelledby="my-vote-label" aria-busy={sending !== null}>
            <span className="my-vote__label" id="my-vote-label">
              {t("board.vote.mine")}
            </span>
            <span className="my-vote__options">
              {RATINGS.map((rating) => (
                <button
                  key={rating}
                  type="button"
                  className={`my-vote__option my-vote__option--${rating}`}
                  aria-pressed={myVote === rating}
                  onClick={() => void vote(myVote === rating ? null : rating)}
                >
                  {t(RATING_LABEL[rating])}
                </button>
              ))}
            </span>
          </div>
        ) : null}
      </section>

      <section className="rating-panel__team" aria-labelledby="team-rating-title">
        <div className="rating-panel__team-head">
          <h4 className="rating-panel__title" id="team-rating-title">
            {t("board.team.title")}
          </h4>
          {canRate ? (
            <button type="button" className={`button ${state.rating ? "button--secondary" : "button--primary"}`} onClick={onRecord}>
              {state.rating ? t("board.team.change") : t("board.team.record")}
            </button>
          ) : null}
        </div>
        {projects.projects.length > 1 ? (
          <div className="rating-panel__project">
            <label className="field__label" htmlFor="team-rating-project">
              {t("board.team.project")}
            </label>
            <select id="team-rating-project" className="input select" value={projectId} onChange={(event) => onProjectChange(event.currentTarget.value)}>
              {projects.projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {state.rating ? (
          <div className="team-rating">
            <RatingBadge rating={state.rating} prefix={false} />
            {state.rationale ? <p className="team-rating__rationale">{state.rationale}</p> : null}
            {ratedBy ? (
              <p className="team-rating__by">
                {state.ratedAt ? t("board.team.byOn", { name: ratedBy, date: formatDate(state.ratedAt) }) : t("board.team.by", { name: ratedBy })}
              </p>
            ) : null}
            {cited.length > 0 ? (
              <div className="team-rating__cites">
                <p className="team-rating__cites-title">{t("board.team.cites", { count: cited.length })}</p>
                <ul>
                  {cited.map((card) => (
                    <li key={card.id}>
                      <a href={`#${cardAnchor(card.id)}`}>{excerpt(card.text, 80)}</a>
                      <span className="team-rating__cite-source"> · {t(SOURCE_LABEL[card.source])}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : (
          <p className="rating-panel__empty">{canRate ? t("board.team.noneModerator") : t("board.team.none")}</p>
        )}

        {state.rating && check.status === "none" ? (
          <Alert tone="warning" title={t("board.triangulation.citesGone.title")}>
            {t("board.triangulation.citesGone.text")}
          </Alert>
        ) : null}
        {state.rating && check.status === "single" ? (
          <Alert tone="warning" title={t("board.triangulation.single.title")}>
            {t("board.triangulation.single.rated", { kinds })}
          </Alert>
        ) : null}
        {!state.rating && check.status === "single" ? (
          <Alert tone="info" title={t("board.triangulation.single.title")}>
            {t("board.triangulation.single.unrated", { kinds })}
          </Alert>
        ) : null}
      </section>
    </div>
  );
}

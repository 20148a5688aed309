import { factorState, triangulation, voteSpread, type FactorState } from "@review/shared/board";
import { RATINGS } from "@review/shared";
import { ratingsDiffer, selfFactorState } from "@review/shared/self";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { AlertIcon } from "../../ui/icons.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { RATING_LABEL, RATING_SHORT } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { BoardSearch } from "./BoardSearch.tsx";
import { RatingBadge } from "../../ui/RatingBadge.tsx";
import { SourceHeatmap } from "./SourceHeatmap.tsx";
import { moduleTitleKey } from "./factorText.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "./overview.css";

/** Every factor of the review at a glance, grouped by module, then where evidence is thin. */
export function BoardOverview({ board }: { board: ReadonlyMap<string, FactorState> }) {
  const t = useT();
  const { scope, canWrite } = useBoardEnv();
  const totals = scope.factors.reduce(
    (sum, factor) => {
      const state = factorState(board, factor.id);
      return { cards: sum.cards + state.cards.length, rated: sum.rated + (state.rating ? 1 : 0) };
    },
    { cards: 0, rated: 0 },
  );

  return (
    <div className="board-overview">
      <div className="board-overview__intro">
        <p className="board-overview__lede">{t(canWrite ? "board.overview.lede" : "board.overview.ledeReadOnly")}</p>
        <p className="board-overview__totals">
          {t("board.overview.totals", { cards: totals.cards, rated: totals.rated, factors: scope.factors.length })}
        </p>
      </div>

      <BoardSearch board={board} />

      {scope.modules.map((module) => (
        <section key={module.id} className="board-module" aria-labelledby={`module-${module.id}`}>
          <h3 className="board-module__title" id={`module-${module.id}`}>
            {t(moduleTitleKey(module), { name: module.name })}
          </h3>
          <ul className="factor-grid">
            {module.factors.map((factor) => (
              <li key={factor.id}>
                <FactorTile factor={scope.byId.get(factor.id)!} state={factorState(board, factor.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      <SourceHeatmap board={board} />
    </div>
  );
}

function FactorTile({ factor, state }: { factor: ScopedFactor; state: FactorState }) {
  const t = useT();
  const contentLang = useContentLang();
  const { review, whereabouts, self } = useBoardEnv();
  const selfRating = self ? selfFactorState(self.state, factor.id).rating : null;
  const spread = voteSpread(state.votes);
  const votes = Object.keys(state.votes).length;
  const check = triangulation(state);
  const here = whereabouts.get(factor.id) ?? [];
  const titleId = `tile-${factor.id}`;

  return (
    <article className="factor-tile" aria-labelledby={titleId}>
      <h4 className="factor-tile__title" id={titleId}>
        <Link to={paths.reviewBoard(review.id, factor.id)} className="factor-tile__link">
          <span className="factor-tile__number">{factor.number}</span>
          <span lang={contentLang}>{factor.name}</span>
        </Link>
      </h4>
      <p className="factor-tile__cards">{t("board.tile.cards", { count: state.cards.length })}</p>

      <div className="factor-tile__votes">
        {votes === 0 ? (
          <span className="factor-tile__muted">{t("board.tile.noVotes")}</span>
        ) : (
          <>
            <span className="vote-bar" aria-hidden="true">
              {RATINGS.map((rating) =>
                spread[rating].length > 0 ? (
                  <span key={rating} className={`vote-bar__part vote-bar__part--${rating}`} style={{ flexGrow: spread[rating].length }} />
                ) : null,
              )}
            </span>
            <span className="factor-tile__vote-text">
              {RATINGS.filter((rating) => spread[rating].length > 0)
                .map((rating) => `${spread[rating].length} ${t(RATING_SHORT[rating])}`)
                .join(" · ")}
              <span className="visually-hidden">
                {" "}
                {t("board.tile.votesLabel", {
                  summary: RATINGS.map((rating) => `${t(RATING_LABEL[rating])}: ${spread[rating].length}`).join(", "),
                })}
              </span>
            </span>
          </>
        )}
      </div>

      <div className="factor-tile__footer">
        <RatingBadge rating={state.rating} />
        {selfRating && ratingsDiffer(selfRating, state.rating) ? (
          <span className="self-marker" title={t("self.compare.differs", { self: t(RATING_LABEL[selfRating]), team: t(RATING_LABEL[state.rating!]) })}>
            <span aria-hidden="true">{t("self.marker", { rating: t(RATING_SHORT[selfRating]) })}</span>
            <span className="visually-hidden">{t("self.compare.differs", { self: t(RATING_LABEL[selfRating]), team: t(RATING_LABEL[state.rating!]) })}</span>
          </span>
        ) : null}
        {check.status === "single" && state.cards.length > 0 ? (
          <span className="factor-tile__warning">
            <AlertIcon size={14} />
            {t("board.tile.singleSource")}
          </span>
        ) : null}
        {here.length > 0 ? (
          <span className="factor-tile__here">
            <span className="visually-hidden">{t("board.tile.here", { names: here.map((user) => user.name).join(", ") })}</span>
            {here.slice(0, 3).map((user) => (
              <Avatar key={user.id} name={user.name} color={user.color} size="sm" />
            ))}
          </span>
        ) : null}
      </div>
    </article>
  );
}

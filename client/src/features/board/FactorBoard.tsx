import { useEffect, useState } from "react";
import type { EvidenceCard } from "@review/shared";
import { deleteCard, factorState, type FactorState } from "@review/shared/board";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { PlusIcon } from "../../ui/icons.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { neighbours, type ScopedFactor } from "../../app/benchmarkScope.ts";
import { cardAnchor, cardIdFromHash } from "../../app/cardAnchor.ts";
import { CardFilters } from "./CardFilters.tsx";
import { excerpt } from "./excerpt.ts";
import { CardFormDialog } from "./CardFormDialog.tsx";
import { NO_FILTER, filterCards, type CardFilter } from "./cardFilters.ts";
import { FactorBrief } from "./FactorBrief.tsx";
import { moduleTitleKey } from "./factorText.ts";
import { MoveCardDialog } from "./MoveCardDialog.tsx";
import { RatingBadge } from "../../ui/RatingBadge.tsx";
import { RatingPanel } from "./RatingPanel.tsx";
import { factorStateForProject } from "./projectRating.ts";
import { SelfAssessmentPanel } from "../selfAssessment/index.ts";
import { StanceColumns } from "./StanceColumns.tsx";
import { TeamRatingDialog } from "./TeamRatingDialog.tsx";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import "./factor.css";
import { focusWhenReady } from "../../ui/focus/index.ts";

type OpenDialog = { kind: "add" } | { kind: "edit"; card: EvidenceCard } | { kind: "move"; card: EvidenceCard } | { kind: "rate" } | null;

/** One critical factor: what it asks, the team's votes and rating, and its evidence in three stance columns. */
export function FactorBoard({ factor, board }: { factor: ScopedFactor; board: ReadonlyMap<string, FactorState> }) {
  const t = useT();
  const contentLang = useContentLang();
  const env = useBoardEnv();
  const { review, scope, doc, origin, canWrite, canRate, notify, projects } = env;
  const state = factorState(board, factor.id);
  // With several host projects, the team rating shown (and recorded) is the chosen project's.
  const [chosenProject, setChosenProject] = useState(review.id);
  const projectId = projects.ratings.has(chosenProject) ? chosenProject : (projects.projects[0]?.id ?? review.id);
  const rated = factorStateForProject(state, projects, projectId);
  const projectName = projects.projects.length > 1 ? (projects.projects.find((project) => project.id === projectId)?.name ?? null) : null;
  const [filter, setFilter] = useState<CardFilter>(NO_FILTER);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const { previous, next } = neighbours(scope, factor.id);
  const shown = filterCards(state.cards, filter);
  useFocusCardFromHash(state.cards.length > 0);
  // Opening a factor (its tile, a neighbour link that went away): focus lands on its heading, not on <body>.
  useEffect(() => focusWhenReady("#factor-title", { onlyIfLost: true }), [factor.id]);

  const onDelete = (card: EvidenceCard) => {
    if (!deleteCard(doc, card.id, { origin })) return;
    notify(t("board.card.deleted", { text: excerpt(card.text) }));
    // The card and its Delete button are gone: focus goes to its column's heading.
    focusWhenReady(`#column-${card.stance}`);
  };

  return (
    <article className="factor-board" aria-labelledby="factor-title">
      <header className="factor-board__header">
        <div className="factor-board__heading">
          <p className="factor-board__eyebrow">
            {t(moduleTitleKey(factor.module), { name: factor.module.name })} · {t("board.factor.number", { number: factor.number })}
          </p>
          <h3 className="factor-board__title" id="factor-title" lang={contentLang}>
            {factor.name}
          </h3>
          <p className="factor-board__status">
            <RatingBadge rating={state.rating} />
            <a href="#rating-panel" className="factor-board__status-link">
              {t("board.factor.votesLink", { count: Object.keys(state.votes).length })}
            </a>
          </p>
        </div>
        <nav className="factor-board__nav" aria-label={t("board.factor.neighbours")}>
          {previous ? (
            <Link to={paths.reviewBoard(review.id, previous.id)} className="button button--ghost factor-board__step" rel="prev">
              <span aria-hidden="true">‹</span>
              <span className="visually-hidden">{t("board.factor.previous")}: </span>
              {previous.number}. {previous.name}
            </Link>
          ) : null}
          {next ? (
            <Link to={paths.reviewBoard(review.id, next.id)} className="button button--ghost factor-board__step" rel="next">
              <span className="visually-hidden">{t("board.factor.next")}: </span>
              {next.number}. {next.name}
              <span aria-hidden="true">›</span>
            </Link>
          ) : null}
        </nav>
      </header>

      <FactorBrief factor={factor} />

      <section className="evidence" aria-labelledby="evidence-title">
        <div className="evidence__bar">
          <h4 className="evidence__title" id="evidence-title">
            {t("board.evidence.title")} <span className="evidence__count">{t("board.evidence.count", { count: state.cards.length })}</span>
          </h4>
          {canWrite ? (
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: "add" })}>
              <PlusIcon size={16} />
              {t("board.card.add")}
            </button>
          ) : null}
        </div>
        <CardFilters cards={state.cards} filter={filter} onChange={setFilter} shown={shown.length} />
        <StanceColumns
          factor={factor}
          cards={shown}
          cited={rated.cites}
          onEdit={(card) => setDialog({ kind: "edit", card })}
          onMove={(card) => setDialog({ kind: "move", card })}
          onDelete={onDelete}
          emptyBecauseFiltered={shown.length === 0 && state.cards.length > 0}
        />
      </section>

      <RatingPanel factor={factor} state={rated} projectId={projectId} onProjectChange={setChosenProject} onRecord={() => setDialog({ kind: "rate" })} />

      <SelfAssessmentPanel env={env} factor={factor} teamRating={state.rating} />

      {canWrite ? (
        <>
          <CardFormDialog
            open={dialog?.kind === "add" || dialog?.kind === "edit"}
            factor={factor}
            card={dialog?.kind === "edit" ? dialog.card : null}
            usedDays={state.cards.map((card) => card.visitDay)}
            onClose={() => setDialog(null)}
          />
          <MoveCardDialog open={dialog?.kind === "move"} factor={factor} card={dialog?.kind === "move" ? dialog.card : null} onClose={() => setDialog(null)} />
        </>
      ) : null}
      {canRate ? (
        <TeamRatingDialog open={dialog?.kind === "rate"} factor={factor} state={rated} project={{ id: projectId, name: projectName }} onClose={() => setDialog(null)} />
      ) : null}
    </article>
  );
}

/**
 * Search results link to `#card-<id>`: once the card is on screen, scroll to it and focus it.
 * Runs after the shell has moved focus to the page on navigation.
 */
function useFocusCardFromHash(hasCards: boolean): void {
  useEffect(() => {
    const cardId = cardIdFromHash(window.location.hash);
    if (!cardId || !hasCards) return;
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(cardAnchor(cardId));
      if (!element) return;
      element.scrollIntoView({ block: "center" });
      element.focus({ preventScroll: true });
      element.classList.add("evidence-card--flash");
    });
    return () => cancelAnimationFrame(frame);
  }, [hasCards]);
}

import { useCallback, useMemo, type JSX } from "react";
import { mayRecordTeamRating, type ReviewDetail, type ReviewRole } from "@review/shared";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { Alert } from "../../ui/Alert.tsx";
import { LoadFailed } from "../../ui/LoadFailed.tsx";
import { ArrowLeftIcon, EyeIcon, RedoIcon, UndoIcon } from "../../ui/icons.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { ConnectionBadge } from "../../ui/ConnectionBadge.tsx";
import { BoardEnvProvider, type BoardEnv, type BoardProgramme } from "./boardEnv.tsx";
import { BoardOverview } from "./BoardOverview.tsx";
import { PresenceBar } from "../../ui/PresenceBar.tsx";
import { useBoardState, useProjectRatings } from "../../collab/boardState.ts";
import { scopeBenchmark } from "../../app/benchmarkScope.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";
import { FactorBoard } from "./FactorBoard.tsx";
import { BoardToast, useBoardToast } from "./BoardToast.tsx";
import { useBoardPresence } from "./useBoardPresence.ts";
import { useBoardSession, useRatingsSession } from "../../collab/useReviewDocumentSession.ts";
import { useProgrammeDays, useProgrammeSession } from "../../collab/useProgramme.ts";
import { useBoardUndo } from "./useBoardUndo.ts";
import { useSelfAssessment } from "../selfAssessment/index.ts";
import { BenchmarkLanguage } from "../../i18n/ContentLanguage.tsx";
import "./board.css";
import { useAnnounce } from "../../ui/announcer/index.ts";
import { useAnnounceRemoteItems, type AuthoredItem } from "../../ui/announcer/remoteChanges.ts";

const READ_ONLY_REASON: Record<ReviewRole, MessageKey> = {
  moderator: "board.readOnly.other",
  peer: "board.readOnly.other",
  host: "board.readOnly.host",
  partner: "board.readOnly.partner",
};

/**
 * The review's evidence board: with `factorId` null, the overview of every factor (counts,
 * votes, ratings, a heatmap of source kinds and a search); with a factor id, that factor's
 * cards in three stance columns, its votes and its team rating. Live for everyone; only the
 * moderator and peers change it.
 */
export function BoardPage({ review, factorId }: { review: ReviewDetail; factorId: string | null }): JSX.Element {
  const t = useT();
  const { state: benchmarkState, retry: retryBenchmark } = useBenchmark(review.benchmark?.id ?? null, review.benchmark?.version);
  const board = useBoardSession(review);
  const ratings = useRatingsSession(review);
  const self = useSelfAssessment(review);
  const programmeSession = useProgrammeSession(review, { presence: false });
  const programmeDays = useProgrammeDays(programmeSession.session?.doc ?? null);
  const programme = useMemo<BoardProgramme>(
    () => ({
      days: programmeDays,
      byId: new Map(programmeDays.flatMap((day, index) => day.sessions.map((session) => [session.id, { session, dayNumber: index + 1 }] as const))),
    }),
    [programmeDays],
  );
  const doc = board.session?.doc ?? null;
  // One origin per document: the undo manager tracks exactly this client's writes.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new origin for each document
  const origin = useMemo(() => Symbol("board-local-edit"), [doc]);
  const state = useBoardState(doc, ratings.session?.doc ?? null);
  const projects = useProjectRatings(ratings.session?.doc ?? null);
  const whereabouts = useBoardPresence(board.session, factorId);
  const undo = useBoardUndo(doc, origin, board.canWrite);
  const announce = useAnnounce();
  const toast = useBoardToast();
  const showToast = toast.show;
  // The notice is seen at the bottom of the screen and heard through the one announcer.
  const notify = useCallback(
    (message: string) => {
      showToast(message);
      announce(message);
    },
    [showToast, announce],
  );

  const scope = useMemo(
    () => (benchmarkState.status === "loaded" ? scopeBenchmark(benchmarkState.benchmark, review.modules) : null),
    [benchmarkState, review.modules],
  );
  const members = useMemo(() => new Map(review.members.map((member) => [member.userId, member])), [review.members]);

  // Others' new cards and votes, announced in summary ("Jonas Weber added 3 cards").
  const cards = useMemo<AuthoredItem[]>(() => [...state.values()].flatMap((factor) => factor.cards.map((card) => ({ id: card.id, author: card.author }))), [state]);
  const votes = useMemo<AuthoredItem[]>(
    () => [...state.values()].flatMap((factor) => Object.entries(factor.votes).map(([userId, rating]) => ({ id: `${factor.factorId}:${userId}:${rating}`, author: userId }))),
    [state],
  );
  const nameOf = useCallback((userId: string) => members.get(userId)?.name, [members]);
  useAnnounceRemoteItems(cards, { ready: board.snapshot?.connection.everSynced === true, me: board.user.id, message: "a11y.remote.cards", kind: "cards", nameOf });
  useAnnounceRemoteItems(votes, { ready: ratings.snapshot?.connection.everSynced === true, me: board.user.id, message: "a11y.remote.votes", kind: "votes", nameOf });

  const env = useMemo<BoardEnv | null>(
    () =>
      doc && scope
        ? {
            review,
            scope,
            doc,
            origin,
            me: board.user,
            canWrite: board.canWrite,
            canRate: board.canWrite && mayRecordTeamRating(review.role),
            members,
            whereabouts,
            programme,
            self,
            projects,
            announce,
            notify,
          }
        : null,
    [doc, scope, review, origin, board.user, board.canWrite, members, whereabouts, programme, self, projects, announce, notify],
  );

  const onUndo = () => {
    undo.undo();
    announce(t("board.undo.done"));
  };
  const onRedo = () => {
    undo.redo();
    announce(t("board.redo.done"));
  };

  const factor = factorId && scope ? (scope.byId.get(factorId) ?? null) : null;

  let content: JSX.Element;
  if (benchmarkState.status === "none") {
    content = <Alert tone="info" title={t("board.noBenchmark.title")}>{t("board.noBenchmark.text")}</Alert>;
  } else if (benchmarkState.status === "failed") {
    content = (
      <LoadFailed title={t("board.benchmarkFailed")} error={benchmarkState.error} onRetry={retryBenchmark} />
    );
  } else if (!env || !board.ready) {
    content = <BoardSkeleton label={t("board.loading")} />;
  } else if (factorId !== null && !factor) {
    content = (
      <div className="empty-state">
        <h3 className="empty-state__title">{t("board.factorNotFound.title")}</h3>
        <p className="empty-state__text">{t("board.factorNotFound.text")}</p>
        <Link to={paths.reviewBoard(review.id)} className="button button--secondary">
          {t("board.backToOverview")}
        </Link>
      </div>
    );
  } else {
    content = (
      <BoardEnvProvider value={env}>
        {factor ? <FactorBoard key={factor.id} factor={factor} board={state} /> : <BoardOverview board={state} />}
      </BoardEnvProvider>
    );
  }

  return (
    <section className="board" aria-labelledby="board-heading">
      <header className="board__bar">
        <div className="board__heading">
          {factorId !== null ? (
            <Link to={paths.reviewBoard(review.id)} className="board__back">
              <ArrowLeftIcon size={16} />
              <span>
                {t("board.backToOverview")}
                <span className="visually-hidden"> ({t("board.title")})</span>
              </span>
            </Link>
          ) : null}
          <h2 className={factorId !== null ? "visually-hidden" : "board__title"} id="board-heading">
            {t("board.title")}
          </h2>
        </div>
        <div className="board__meta">
          {board.canWrite ? (
            <div className="board__history" role="group" aria-label={t("board.history")}>
              <button type="button" className="icon-button" onClick={onUndo} disabled={!undo.canUndo} title={t("board.undo.title")} aria-label={t("board.undo")}>
                <UndoIcon size={18} />
              </button>
              <button type="button" className="icon-button" onClick={onRedo} disabled={!undo.canRedo} title={t("board.redo.title")} aria-label={t("board.redo")}>
                <RedoIcon size={18} />
              </button>
            </div>
          ) : null}
          <PresenceBar
            users={board.snapshot?.users ?? []}
            label={t("board.presence.label", { count: board.snapshot?.users.length ?? 0 })}
          />
          <ConnectionBadge status={board.status} />
        </div>
      </header>

      <div className="board__notices">
        {board.access !== "write" && self?.access === "write" ? (
          <Alert tone="info" icon={<EyeIcon />} title={t("self.banner.title")}>
            <p>{t(READ_ONLY_REASON[review.role])}</p>
            {factorId !== null ? (
              <p className="board__self-pointer">
                {t("self.banner.factor")}{" "}
                <a href="#self-assessment" className="board__self-link">
                  {t("self.banner.factorLink")}
                </a>
              </p>
            ) : (
              <p className="board__self-pointer">{t("self.banner.overview")}</p>
            )}
          </Alert>
        ) : board.access !== "write" ? (
          <Alert tone="info" icon={<EyeIcon />} title={t("board.readOnly.title")}>
            {t(READ_ONLY_REASON[review.role])}
          </Alert>
        ) : null}
        {board.access === "write" && board.writeRejected ? (
          <Alert tone="warning" live="alert" title={t("board.writeRejected.title")}>
            {t("board.writeRejected.text")}
          </Alert>
        ) : null}
        {board.terminal === "forbidden" || board.terminal === "notFound" ? (
          <Alert tone="error" title={t(board.terminal === "forbidden" ? "board.closed.forbidden.title" : "board.closed.notFound.title")}>
            {t(board.terminal === "forbidden" ? "board.closed.forbidden.text" : "board.closed.notFound.text")}
          </Alert>
        ) : null}
      </div>

      <BenchmarkLanguage benchmark={benchmarkState.status === "loaded" ? benchmarkState.benchmark : null}>{content}</BenchmarkLanguage>

      <BoardToast toast={toast} onUndo={board.canWrite ? onUndo : null} />
    </section>
  );
}

function BoardSkeleton({ label }: { label: string }) {
  return (
    <div className="board__loading" aria-busy="true">
      <Spinner label={label} size={20} />
      <div className="board__loading-grid">
        {[0, 1, 2].map((index) => (
          <div key={index} className="board__loading-tile">
            <div className="skeleton skeleton--title" />
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--line skeleton--short" />
          </div>
        ))}
      </div>
    </div>
  );
}

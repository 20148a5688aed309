import { useDraggable } from "@dnd-kit/core";
import type { EvidenceCard } from "@review/shared";
import type { ProgrammeSession } from "@review/shared/programme";
import { Link } from "../../app/navigation.tsx";
import { paths } from "../../app/routes.ts";
import { useI18n, useT } from "../../i18n/I18nProvider.tsx";
import { CalendarIcon } from "../../ui/icons.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { EditIcon, GripIcon, MoveIcon, TrashIcon } from "./boardIcons.tsx";
import { SOURCE_LABEL } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { cardAnchor } from "../../app/cardAnchor.ts";
import { visitDayDate } from "./cardFilters.ts";
import { excerpt } from "./excerpt.ts";
import "./card.css";

type EvidenceCardItemProps = {
  card: EvidenceCard;
  factor: ScopedFactor;
  cited: boolean;
  /** The copy that follows the pointer while dragging: no actions, no ids. */
  overlay?: boolean;
  onEdit?: () => void;
  onMove?: () => void;
  onDelete?: () => void;
};

type Drag = ReturnType<typeof useDraggable>;

/** The programme session a card came from, linked to it on the Programme tab; or a note that it was removed. */
function CardSession({ reviewId, sessionId, entry }: { reviewId: string; sessionId: string; entry: { session: ProgrammeSession; dayNumber: number } | null }) {
  const t = useT();
  if (!entry) return <p className="evidence-card__session evidence-card__session--gone">{t("board.card.sessionRemoved")}</p>;
  return (
    <p className="evidence-card__session">
      <CalendarIcon size={14} />
      <Link to={paths.reviewProgramme(reviewId, sessionId)}>{t("board.card.session", { day: entry.dayNumber, time: entry.session.start, title: entry.session.title })}</Link>
    </p>
  );
}

/** A card on its column, draggable by its handle when the user may write. */
export function DraggableEvidenceCard(props: Omit<EvidenceCardItemProps, "overlay">) {
  const { canWrite } = useBoardEnv();
  const drag = useDraggable({ id: props.card.id, data: { stance: props.card.stance }, disabled: !canWrite });
  return <EvidenceCardItem {...props} drag={drag} />;
}

/** One evidence card: what was found, where it came from, the tests it bears on, who wrote it. */
export function EvidenceCardItem({ card, factor, cited, overlay = false, onEdit, onMove, onDelete, drag }: EvidenceCardItemProps & { drag?: Drag }) {
  const { t, formatDate } = useI18n();
  const { review, members, canWrite, programme } = useBoardEnv();
  const interactive = canWrite && !overlay && drag !== undefined;
  const isDragging = drag?.isDragging ?? false;
  const author = members.get(card.author);
  const authorName = author?.name ?? t("board.card.formerMember");
  const name = excerpt(card.text, 40);
  const textId = `${cardAnchor(card.id)}-text`;
  const dayDate = card.visitDay ? visitDayDate(review, card.visitDay) : null;
  const tests = card.tests.filter((index) => index < factor.tests.length);

  const className = [
    "evidence-card",
    `evidence-card--${card.stance}`,
    isDragging && !overlay ? "evidence-card--placeholder" : "",
    overlay ? "evidence-card--overlay" : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <article
      ref={drag?.setNodeRef}
      id={overlay ? undefined : cardAnchor(card.id)}
      tabIndex={overlay ? undefined : -1}
      className={className}
      aria-labelledby={overlay ? undefined : textId}
    >
      <div className="evidence-card__top">
        <span className={`source-chip source-chip--${card.source}`}>{t(SOURCE_LABEL[card.source])}</span>
        {card.visitDay ? (
          <span className="evidence-card__day" title={dayDate ? formatDate(`${dayDate}T12:00:00Z`) : undefined}>
            {t("board.visitDay", { day: card.visitDay })}
          </span>
        ) : null}
        {cited ? <span className="cited-chip">{t("board.card.cited")}</span> : null}
        {interactive && drag ? (
          <button type="button" className="evidence-card__handle" {...drag.attributes} {...drag.listeners} aria-label={t("board.card.drag", { card: name })}>
            <GripIcon size={16} />
          </button>
        ) : null}
      </div>

      <p className="evidence-card__text" id={overlay ? undefined : textId}>
        {card.text}
      </p>
      {card.sourceLabel ? <p className="evidence-card__source">{t("board.card.sourceLabel", { label: card.sourceLabel })}</p> : null}
      {card.sessionId && !overlay ? <CardSession reviewId={review.id} entry={programme.byId.get(card.sessionId) ?? null} sessionId={card.sessionId} /> : null}

      {tests.length > 0 ? (
        <ul className="evidence-card__tests" aria-label={t("board.card.tests")}>
          {tests.map((index) => (
            <li key={index} className="test-tag" title={factor.tests[index]}>
              <span aria-hidden="true">{t("board.test.short", { number: index + 1 })}</span>
              <span className="visually-hidden">{t("board.test.long", { number: index + 1 })}</span>
            </li>
          ))}
        </ul>
      ) : null}

      <footer className="evidence-card__footer">
        <span className="evidence-card__author">
          <Avatar name={authorName} color={author?.color ?? ""} size="sm" />
          <span>
            <span className="visually-hidden">{t("board.card.by")} </span>
            {authorName}
            <span className="evidence-card__date">
              {" · "}
              <time dateTime={card.createdAt}>{formatDate(card.createdAt)}</time>
            </span>
          </span>
        </span>
        {interactive ? (
          <span className="evidence-card__actions">
            <button type="button" className="icon-button icon-button--sm" onClick={onEdit} aria-label={t("board.card.edit", { card: name })} title={t("board.card.editShort")}>
              <EditIcon size={16} />
            </button>
            <button type="button" className="icon-button icon-button--sm" onClick={onMove} aria-label={t("board.card.move", { card: name })} title={t("board.card.moveShort")}>
              <MoveIcon size={16} />
            </button>
            <button
              type="button"
              className="icon-button icon-button--sm icon-button--danger"
              onClick={onDelete}
              aria-label={t("board.card.delete", { card: name })}
              title={t("board.card.deleteShort")}
            >
              <TrashIcon size={16} />
            </button>
          </span>
        ) : null}
      </footer>
    </article>
  );
}

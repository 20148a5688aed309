import { useState, type ReactNode } from "react";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { STANCES, stanceSchema, type EvidenceCard, type Stance } from "@review/shared";
import { moveCard } from "@review/shared/board";
import { useT } from "../../i18n/I18nProvider.tsx";
import { useBoardEnv } from "./boardEnv.tsx";
import { STANCE_HINT, STANCE_LABEL } from "../../ui/evidenceLabels.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { DraggableEvidenceCard, EvidenceCardItem } from "./EvidenceCardItem.tsx";
import { excerpt } from "./excerpt.ts";

type CardActions = {
  onEdit: (card: EvidenceCard) => void;
  onMove: (card: EvidenceCard) => void;
  onDelete: (card: EvidenceCard) => void;
};

/** Pointer first (the column under the pointer), else the column the dragged card overlaps most (keyboard). */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

/**
 * Arrow keys jump a picked-up card to the next or previous column (right/down, left/up),
 * whatever the layout: side by side on wide screens, stacked on narrow ones.
 */
const columnJump: KeyboardCoordinateGetter = (event, { context }) => {
  const forward = event.code === "ArrowRight" || event.code === "ArrowDown";
  const backward = event.code === "ArrowLeft" || event.code === "ArrowUp";
  if (!forward && !backward) return undefined;
  const current = stanceSchema.safeParse(context.over?.id ?? context.active?.data.current?.stance);
  const index = current.success ? STANCES.indexOf(current.data) : 0;
  const target = STANCES[index + (forward ? 1 : -1)];
  const rect = target ? context.droppableRects.get(target) : undefined;
  const dragged = context.collisionRect;
  event.preventDefault();
  if (!rect || !dragged) return undefined;
  return { x: rect.left + (rect.width - dragged.width) / 2, y: rect.top + 56 };
};

/** The factor's cards in three columns by stance; drag a card (mouse, touch or keyboard) to change its stance. */
export function StanceColumns({
  factor,
  cards,
  cited,
  emptyBecauseFiltered,
  ...actions
}: CardActions & { factor: ScopedFactor; cards: readonly EvidenceCard[]; cited: readonly string[]; emptyBecauseFiltered: boolean }) {
  const t = useT();
  const { doc, origin, canWrite } = useBoardEnv();
  const [active, setActive] = useState<EvidenceCard | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: columnJump }));
  const byId = new Map(cards.map((card) => [card.id, card]));
  const citedSet = new Set(cited);

  const cardName = (id: UniqueIdentifier) => excerpt(byId.get(String(id))?.text ?? "", 40);
  const columnName = (id: UniqueIdentifier | undefined) => {
    const stance = stanceSchema.safeParse(id);
    return stance.success ? t(STANCE_LABEL[stance.data]) : "";
  };
  const announcements: Announcements = {
    onDragStart: ({ active: dragged }) => t("board.dnd.start", { card: cardName(dragged.id), column: columnName(dragged.data.current?.stance) }),
    onDragOver: ({ active: dragged, over }) =>
      over ? t("board.dnd.over", { card: cardName(dragged.id), column: columnName(over.id) }) : t("board.dnd.outside", { card: cardName(dragged.id) }),
    onDragEnd: ({ active: dragged, over }) =>
      over ? t("board.dnd.end", { card: cardName(dragged.id), column: columnName(over.id) }) : t("board.dnd.cancel", { card: cardName(dragged.id) }),
    onDragCancel: ({ active: dragged }) => t("board.dnd.cancel", { card: cardName(dragged.id) }),
  };

  const onDragStart = ({ active: dragged }: DragStartEvent) => setActive(byId.get(String(dragged.id)) ?? null);
  const onDragEnd = ({ active: dragged, over }: DragEndEvent) => {
    setActive(null);
    const stance = stanceSchema.safeParse(over?.id);
    const card = byId.get(String(dragged.id));
    if (!stance.success || !card || card.stance === stance.data) return;
    moveCard(doc, card.id, { stance: stance.data }, { origin });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.dnd.instructions") } }}
    >
      <div className="stance-columns">
        {STANCES.map((stance) => (
          <StanceColumn key={stance} stance={stance} dragging={active !== null} canDrop={canWrite && active?.stance !== stance}>
            {cards
              .filter((card) => card.stance === stance)
              .map((card) => (
                <li key={card.id}>
                  <DraggableEvidenceCard
                    card={card}
                    factor={factor}
                    cited={citedSet.has(card.id)}
                    onEdit={() => actions.onEdit(card)}
                    onMove={() => actions.onMove(card)}
                    onDelete={() => actions.onDelete(card)}
                  />
                </li>
              ))}
          </StanceColumn>
        ))}
      </div>
      {emptyBecauseFiltered ? <p className="stance-columns__filtered">{t("board.filter.noMatch")}</p> : null}
      <DragOverlay dropAnimation={null}>{active ? <EvidenceCardItem card={active} factor={factor} cited={citedSet.has(active.id)} overlay /> : null}</DragOverlay>
    </DndContext>
  );
}

function StanceColumn({ stance, dragging, canDrop, children }: { stance: Stance; dragging: boolean; canDrop: boolean; children: ReactNode[] }) {
  const t = useT();
  const { setNodeRef, isOver } = useDroppable({ id: stance, disabled: !canDrop });
  const headingId = `column-${stance}`;
  const className = ["stance-column", `stance-column--${stance}`, dragging && canDrop ? "stance-column--target" : "", isOver && canDrop ? "stance-column--over" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <section ref={setNodeRef} className={className} aria-labelledby={headingId}>
      <header className="stance-column__header">
        <h4 className="stance-column__title" id={headingId}>
          <span className={`stance-dot stance-dot--${stance}`} aria-hidden="true" />
          {t(STANCE_LABEL[stance])}
          <span className="stance-column__count">{children.length}</span>
        </h4>
        <p className="stance-column__hint">{t(STANCE_HINT[stance])}</p>
      </header>
      {children.length > 0 ? <ul className="stance-column__cards">{children}</ul> : <p className="stance-column__empty">{t("board.column.empty")}</p>}
    </section>
  );
}

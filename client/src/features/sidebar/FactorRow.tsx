import type { Editor } from "@tiptap/core";
import { useId, type FocusEvent } from "react";
import type * as Y from "yjs";
import type { EvidenceCard } from "@review/shared";
import type { FactorState } from "@review/shared/board";
import { useT } from "../../i18n/I18nProvider.tsx";
import { FindingReplyBadge, FindingReplyEditor, type FindingReplies } from "../comments/index.ts";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { RATING_LABEL, SOURCE_LABEL } from "../../ui/evidenceLabels.ts";
import { RatingBadge } from "../../ui/RatingBadge.tsx";
import { buildFactorSection, evidenceHash, quoteLine } from "./draftSection.ts";
import { isStale, recordDraft, type DraftRecord } from "./drafts.ts";
import { findSection, sectionInsertion } from "./placeSection.ts";
import type { PassageSummary } from "../../editor/passages.ts";
import { useContentLang } from "../../i18n/ContentLanguage.tsx";
import { linkSelectionToFactor } from "./linkSelection.ts";

type FactorRowProps = {
  factor: ScopedFactor;
  state: FactorState | null;
  cards: ReadonlyMap<string, EvidenceCard>;
  boardReady: boolean;
  passages: PassageSummary[string];
  draft: DraftRecord | null;
  editor: Editor | null;
  reportDoc: Y.Doc | null;
  canWrite: boolean;
  hasSelection: boolean;
  open: boolean;
  onToggle: () => void;
  highlight: (factorId: string | null) => void;
  announce: (message: string) => void;
  findingReplies?: FindingReplies;
};

/** One factor in the benchmark sidebar: rating, evidence, coverage, and the writer's actions. */
export function FactorRow(props: FactorRowProps) {
  const { factor, state, cards, boardReady, passages, draft, editor, reportDoc, canWrite, hasSelection, open } = props;
  const t = useT();
  const contentLang = useContentLang();
  const listId = useId();
  const names = { number: factor.number, name: factor.name };
  const count = passages?.length ?? 0;
  const cardCount = state?.cards.length ?? 0;
  // Before the board has synced, every card looks missing: judge staleness only once it has.
  const stale = draft !== null && boardReady && isStale(draft, evidenceHash(draft.cardIds, cards));
  const reply = props.findingReplies?.replies.get(factor.id) ?? null;

  const onBlur = (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) props.highlight(null);
  };

  const link = () => {
    if (!editor || !hasSelection) return;
    linkSelectionToFactor(editor, factor, t, props.announce);
  };

  const goTo = (from: number, to: number) => {
    editor?.chain().focus().setTextSelection({ from, to }).scrollIntoView().run();
  };

  const unlink = (from: number, to: number) => {
    if (!editor) return;
    if (editor.chain().setTextSelection({ from, to }).unlinkFactors([factor.id]).run()) props.announce(t("sidebar.unlink.done", names));
  };

  const draftSection = () => {
    if (!editor || !reportDoc) return;
    const cited = (state?.cites ?? []).filter((id) => cards.has(id));
    const rating = state?.rating ?? null;
    const heading =
      factor.module.kind === "core"
        ? t("sidebar.draft.heading.core", names)
        : t("sidebar.draft.heading.theme", { ...names, number: `${factor.moduleNumber}.${factor.number}` });
    const doc = editor.state.doc;
    // Drafting again replaces the earlier draft (found by its heading, also as first drafts wrote it).
    const earlier = draft ? findSection(doc, [heading, `${factor.number} ${factor.name}`]) : null;
    const place = earlier ?? sectionInsertion(doc, editor.state.selection.head);
    const section = buildFactorSection({
      factorId: factor.id,
      heading,
      level: place.level,
      ratingLine: t("sidebar.draft.rating", { rating: rating ? t(RATING_LABEL[rating]) : t("sidebar.draft.notRated") }),
      rationale: state?.rationale ?? "",
      quotes: cited.map((id) => {
        const card = cards.get(id)!;
        return quoteLine(card, t(SOURCE_LABEL[card.source]));
      }),
    });
    const at = place.from === place.to ? place.from : { from: place.from, to: place.to };
    if (!editor.chain().insertContentAt(at, section).scrollIntoView().run()) return;
    recordDraft(reportDoc, factor.id, { cardIds: cited, hash: evidenceHash(cited, cards), at: new Date().toISOString() });
    props.announce(t(earlier ? "sidebar.draft.redone" : "sidebar.draft.done", names));
  };

  return (
    <li
      className={`bench-factor${count === 0 ? " bench-factor--uncovered" : ""}${open ? " bench-factor--open" : ""}`}
      data-factor-id={factor.id}
      onMouseEnter={() => props.highlight(factor.id)}
      onMouseLeave={() => props.highlight(null)}
      onFocus={() => props.highlight(factor.id)}
      onBlur={onBlur}
    >
      <button type="button" className="bench-factor__name" aria-expanded={open} aria-controls={listId} aria-label={t("sidebar.factor.show", names)} onClick={props.onToggle}>
        <span className="bench-factor__number">{factor.number}</span> <span lang={contentLang}>{factor.name}</span>
      </button>
      <div className="bench-factor__meta">
        <RatingBadge rating={state?.rating ?? null} />
        <span>{t("sidebar.factor.cards", { count: cardCount })}</span>
        <span className="bench-factor__passages" data-testid="factor-passages">
          {t("sidebar.factor.passages", { count })}
        </span>
      </div>
      {reply ? <FindingReplyBadge reply={reply} withNote={open} /> : null}
      {count === 0 ? <p className="bench-factor__flag">{t("sidebar.factor.uncovered")}</p> : null}
      {stale ? <p className="bench-factor__flag bench-factor__flag--stale">{t("sidebar.factor.stale")}</p> : null}
      {canWrite && hasSelection ? (
        <div className="bench-factor__actions">
          <button
            type="button"
            className="bench-factor__action"
            aria-label={t("sidebar.link.label", names)}
            // Keep the editor's selection (and focus) when clicking with a mouse.
            onMouseDown={(event) => event.preventDefault()}
            onClick={link}
          >
            {t("sidebar.link")}
          </button>
        </div>
      ) : null}
      <div id={listId} hidden={!open}>
        {open && props.findingReplies?.canReply ? (
          <FindingReplyEditor
            reply={reply}
            factorLabel={names}
            onSave={(status, note) => props.findingReplies!.set(factor.id, status, note)}
            onClear={() => props.findingReplies!.clear(factor.id)}
            announce={props.announce}
          />
        ) : null}
        {open && canWrite ? (
          <div className="bench-factor__actions">
            <button type="button" className="bench-factor__action" aria-label={t(draft ? "sidebar.draft.redraftLabel" : "sidebar.draft.label", names)} onClick={draftSection}>
              {draft ? t("sidebar.draft.redraft") : t("sidebar.draft")}
            </button>
          </div>
        ) : null}
        {open ? (
          count === 0 ? (
            <p className="bench-factor__empty">{t("sidebar.factor.noPassages")}</p>
          ) : (
            <ul className="bench-passages" aria-label={t("sidebar.factor.passageList", names)}>
              {passages!.map((passage) => (
                <li key={`${passage.from}-${passage.to}`} className="bench-passage">
                  <button type="button" className="bench-passage__go" aria-label={t("sidebar.passage.go", { excerpt: passage.excerpt })} onClick={() => goTo(passage.from, passage.to)}>
                    {passage.excerpt}
                  </button>
                  {canWrite ? (
                    <button type="button" className="bench-passage__unlink" aria-label={t("sidebar.passage.unlinkLabel", names)} onClick={() => unlink(passage.from, passage.to)}>
                      {t("sidebar.passage.unlink")}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </li>
  );
}

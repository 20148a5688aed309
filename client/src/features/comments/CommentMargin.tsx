import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { commentAnchorsState, selectedRange } from "../../editor/commentAnchors.ts";
import { onEditorChangePerFrame } from "../../editor/perFrame.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { CommentComposer } from "./CommentComposer.tsx";
import { SuggestionComposer } from "./SuggestionComposer.tsx";
import { layoutMargin, sameLayout, type MarginItem } from "./marginLayout.ts";
import { PassageTops } from "./passageTops.ts";
import { ThreadCard } from "./ThreadCard.tsx";
import type { CommentsController } from "./useComments.ts";
import "./comments.css";
import { useWideLayout } from "./useWideLayout.ts";

const DRAFT_ID = "__draft";
const ADD_ID = "__add";
const SUGGEST_ID = "__suggest";

type CommentMarginProps = { controller: CommentsController; announce: (message: string) => void };

/**
 * Open threads beside their passages, as in Google Docs: each card at the height of its
 * passage, pushed apart when they would overlap, the active one at its passage. Also holds the
 * "Comment" button by the selection and the composer of a new thread. Hidden on narrow screens,
 * where the list panel shows everything.
 */
export function CommentMargin({ controller, announce }: CommentMarginProps) {
  const t = useT();
  const wide = useWideLayout();
  const margin = useRef<HTMLDivElement>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const passageTops = useRef(new PassageTops());
  const [tops, setTops] = useState<ReadonlyMap<string, number>>(new Map());
  const { editor, draft, threads, anchored, activeId, suggestions } = controller;
  const suggestion = suggestions?.draft ?? null;
  const canSuggest = suggestions?.canSuggest === true;

  const shown = threads.filter((thread) => !thread.resolved && anchored.get(thread.id) === true);
  const showAdd = editor !== null && controller.hasSelection && !draft && !suggestion && (controller.canComment || canSuggest);

  // Positions are read from the editor when measuring: they move with every keystroke, and
  // re-rendering the page for each would cost the typist more than the measuring itself.
  const measure = useCallback(() => {
    const element = margin.current;
    if (!element || !editor || editor.isDestroyed) return;
    const ranges = commentAnchorsState(editor)?.ranges;
    const placed = shown.filter((thread) => ranges?.get(thread.id));
    const selectionFrom = showAdd ? (selectedRange(editor)?.from ?? null) : null;
    if (placed.length === 0 && !draft && !suggestion && selectionFrom === null) {
      // Nothing to place: no need to measure (and force a layout of the report).
      setTops((current) => (current.size === 0 ? current : new Map()));
      return;
    }
    const origin = element.getBoundingClientRect().top;
    const at = (key: string, pos: number) => passageTops.current.top(editor.view, key, pos, origin);
    const items: MarginItem[] = placed.map((thread) => ({ id: thread.id, top: at(thread.id, ranges!.get(thread.id)!.from), height: cards.current.get(thread.id)?.offsetHeight ?? 80 }));
    if (draft) items.push({ id: DRAFT_ID, top: at(DRAFT_ID, draft.from), height: cards.current.get(DRAFT_ID)?.offsetHeight ?? 140 });
    if (suggestion) items.push({ id: SUGGEST_ID, top: at(SUGGEST_ID, suggestion.from), height: cards.current.get(SUGGEST_ID)?.offsetHeight ?? 240 });
    const layout = layoutMargin(items, draft ? DRAFT_ID : suggestion ? SUGGEST_ID : activeId);
    if (selectionFrom !== null) layout.set(ADD_ID, at(ADD_ID, selectionFrom));
    passageTops.current.keepOnly(layout);
    setTops((current) => (sameLayout(current, layout) ? current : layout));
  }, [editor, shown, draft, suggestion, activeId, showAdd]);

  // Measure after every render (card heights change with their content), after the editor's
  // changes (once per frame) and when the margin or the text changes size.
  useLayoutEffect(measure);
  const measureRef = useRef(measure);
  measureRef.current = measure;

  useEffect(() => {
    if (!editor) return;
    return onEditorChangePerFrame(editor, () => measureRef.current(), { selection: true });
  }, [editor]);

  useLayoutEffect(() => {
    const element = margin.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      // A new width wraps the lines anew, also inside blocks that did not change.
      passageTops.current.clear();
      measureRef.current();
    });
    observer.observe(element);
    const prose = editor?.view.dom;
    if (prose) observer.observe(prose);
    return () => observer.disconnect();
  }, [editor, wide]);

  // A new thread's box, once it sits beside its passage: into view (below the sticky bars, see
  // comments.css), before its field takes focus. Once per draft, not on every keystroke in it.
  const revealed = useRef<unknown>(null);
  useLayoutEffect(() => {
    if (!draft || !tops.has(DRAFT_ID) || revealed.current === draft.anchor) return;
    revealed.current = draft.anchor;
    cards.current.get(DRAFT_ID)?.scrollIntoView({ block: "nearest" });
  });

  const refFor = (id: string) => (element: HTMLElement | null) => {
    if (element) cards.current.set(id, element);
    else cards.current.delete(id);
  };

  if (!wide) return null;

  return (
    <aside className="comment-margin" ref={margin} aria-label={t("comments.margin.label")}>
      {showAdd && tops.has(ADD_ID) ? (
        <div className="comment-margin__selection" style={{ top: tops.get(ADD_ID) ?? 0 }}>
          {controller.canComment ? (
            <button
              type="button"
              className="comment-margin__add"
              aria-label={t("comments.add.label")}
              aria-keyshortcuts="Control+Alt+M Meta+Alt+M"
              title={`${t("comments.add.label")} (${t("comments.add.shortcut")})`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => controller.startThread()}
            >
              {t("comments.add")}
            </button>
          ) : null}
          {canSuggest ? (
            <button
              type="button"
              className="comment-margin__add comment-margin__add--suggest"
              aria-label={t("suggestions.add.label")}
              aria-keyshortcuts="Control+Alt+S Meta+Alt+S"
              title={`${t("suggestions.add.label")} (${t("suggestions.add.shortcut")})`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => suggestions?.start()}
            >
              {t("suggestions.add")}
            </button>
          ) : null}
        </div>
      ) : null}
      {suggestion && suggestions ? (
        <div className="thread thread--margin thread--active thread--draft" ref={refFor(SUGGEST_ID)} style={{ top: tops.get(SUGGEST_ID) ?? 0 }}>
          <SuggestionComposer key={`${suggestion.from}-${suggestion.to}`} suggestions={suggestions} announce={announce} onClosed={() => editor?.commands.focus()} />
        </div>
      ) : null}
      {draft ? (
        <div className="thread thread--margin thread--active thread--draft" ref={refFor(DRAFT_ID)} style={{ top: tops.get(DRAFT_ID) ?? 0 }}>
          <CommentComposer
            kind="thread"
            members={controller.members}
            initialBody={draft.body}
            initialMentions={draft.mentions}
            onDraftChange={controller.updateDraft}
            autoFocus
            onSubmit={async (body, mentions) => {
              const failure = await controller.submitThread(body, mentions);
              if (failure === null) announce(t("comments.announce.created"));
              return failure;
            }}
            onCancel={() => {
              controller.cancelDraft();
              editor?.commands.focus();
            }}
          />
        </div>
      ) : null}
      {shown.map((thread) => (
        <ThreadCard
          key={thread.id}
          controller={controller}
          thread={thread}
          variant="margin"
          orphaned={false}
          cardRef={refFor(thread.id)}
          style={{ top: tops.get(thread.id) ?? 0 }}
          announce={announce}
        />
      ))}
    </aside>
  );
}

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useState } from "react";
import type { CommentTarget } from "@review/shared";
import type { SuggestionStatus } from "@review/shared/comments";
import * as commands from "../../api/comments.ts";
import { setActiveThread } from "../../editor/commentAnchors.ts";
import { suggestionSelection, type SuggestionSelection } from "../../editor/suggestionSelection.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { focusWhenReady } from "../../ui/focus/index.ts";
import { commentFailure } from "./commentFailure.ts";

export type SuggestionsOptions = {
  editor: Editor | null;
  /** Where the commands go (a review's report); null where suggestions are not offered. */
  target: CommentTarget | null;
  canSuggest: boolean;
  canDecide: boolean;
};

export type SuggestionsController = {
  canSuggest: boolean;
  canDecide: boolean;
  /** The passage a suggestion is being written for. */
  draft: SuggestionSelection | null;
  start: () => boolean;
  cancel: () => void;
  /** Sends the suggestion; null once taken, else the sentence why not (the draft stays). */
  submit: (replacement: string, note: string) => Promise<string | null>;
  decide: (threadId: string, status: SuggestionStatus) => Promise<string | null>;
};

/**
 * Suggested edits ("track changes") on the report: who selects text proposes a replacement
 * (empty deletes it) through `POST …/comments/suggestions`; the report's writers accept (the
 * server edits the report) or reject. Suggestions arrive through the comments document as threads.
 */
export function useSuggestions({ editor, target, canSuggest, canDecide }: SuggestionsOptions): SuggestionsController {
  const t = useT();
  const [draft, setDraft] = useState<SuggestionSelection | null>(null);

  const start = useCallback(() => {
    if (!editor || !canSuggest || !target) return false;
    const selected = suggestionSelection(editor);
    if (!selected) return false;
    setDraft(selected);
    setActiveThread(editor, null);
    return true;
  }, [editor, canSuggest, target]);

  // Ctrl/Cmd+Alt+S suggests an edit of the selection, from anywhere on the page (a read-only editor never has focus).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== "KeyS") return;
      if (start()) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [start]);

  const submit = async (replacement: string, note: string): Promise<string | null> => {
    if (!draft || !target) return null;
    try {
      const { threadId } = await commands.suggestEdit(target, {
        anchor: draft.anchor,
        suggestion: { kind: "replace", quote: draft.quote, replacement },
        ...(note.trim() ? { body: note.trim() } : {}),
      });
      setDraft(null);
      window.getSelection()?.removeAllRanges();
      if (editor) setActiveThread(editor, threadId);
      focusWhenReady(`article[data-thread-id="${CSS.escape(threadId)}"]`, { timeout: 10_000 });
      return null;
    } catch (error) {
      return commentFailure(t, "suggest", error);
    }
  };

  const decide = async (threadId: string, status: SuggestionStatus): Promise<string | null> => {
    if (!target) return null;
    try {
      await commands.decideSuggestion(target, threadId, status === "accepted" ? "accept" : "reject");
      return null;
    } catch (error) {
      return commentFailure(t, "decide", error);
    }
  };

  return { canSuggest: canSuggest && target !== null, canDecide: canDecide && target !== null, draft, start, cancel: () => setDraft(null), submit, decide };
}

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { parseDocumentName, type AwarenessUser, type CommentTarget } from "@review/shared";
import { readSeen, readThreads, unreadSummary, type CommentAnchor, type CommentThread, type UnreadSummary } from "@review/shared/comments";
import * as commands from "../../api/comments.ts";
import { useCollabSession, useCollabSnapshot } from "../../collab/useCollabSession.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { commentFailure, type CommentAction } from "./commentFailure.ts";
import { onAnchorsMoved } from "../../editor/anchorMoves.ts";
import { createAnchorMoveSender } from "./anchorMoveSender.ts";
import { pendingMovesKey, pendingMovesStore } from "./pendingAnchorMoves.ts";
import { browserStorage } from "../../app/browserStorage.ts";
import { anchorSelection, commentAnchorsState, setActiveThread, setAnchoredThreads } from "../../editor/commentAnchors.ts";
import { createDocReader } from "../../collab/docReader.ts";
import type { CommentMember } from "./mentions.ts";
import { useEditorAnchors } from "./useEditorAnchors.ts";
import { useThreadFromUrl } from "./useThreadFromUrl.ts";
import { focusWhenReady } from "../../ui/focus/index.ts";
import type { SuggestionsController } from "./useSuggestions.ts";

export type CommentsOptions = {
  /** The editor of the commented document (report or paper) once it exists. */
  editor: Editor | null;
  /** The comments document, e.g. `review:<id>:comments` or `paper:<id>:comments`. */
  documentName: string;
  /** Who can be mentioned, and whose names the comments show. */
  members: readonly CommentMember[];
  user: AwarenessUser;
  canComment: boolean;
  diagnose?: () => Promise<number | null>;
};

/** A new thread being written: the passage it will be anchored to. */
export type ThreadDraft = { anchor: CommentAnchor; quote: string; from: number; to: number; body: string; mentions: string[] };

export type CommentsController = {
  editor: Editor | null;
  doc: Y.Doc | null;
  ready: boolean;
  /** The server's copy has arrived at least once (what came before it is not news). */
  synced: boolean;
  threads: readonly CommentThread[];
  /** Per thread: its passage is in the text (true) or gone (false); see `EditorAnchors`. */
  anchored: ReadonlyMap<string, boolean>;
  activeId: string | null;
  hasSelection: boolean;
  members: readonly CommentMember[];
  memberById: ReadonlyMap<string, CommentMember>;
  user: AwarenessUser;
  canComment: boolean;
  /** The user's last visit as stored now, and as it was when this visit began. */
  seenAt: string | null;
  visitStartedSeenAt: string | null;
  unread: UnreadSummary;
  draft: ThreadDraft | null;
  startThread: () => boolean;
  cancelDraft: () => void;
  /** Keeps what is typed into the new thread's composer (it may be unmounted and mounted again). */
  updateDraft: (body: string, mentions: string[]) => void;
  /**
   * The writes, sent to the server (which writes the comments document for its authors).
   * Each resolves with null once done, or with the sentence saying why it did not happen.
   */
  submitThread: (body: string, mentions: string[]) => Promise<string | null>;
  reply: (threadId: string, body: string, mentions: string[]) => Promise<string | null>;
  edit: (threadId: string, commentId: string, body: string, mentions: string[]) => Promise<string | null>;
  remove: (threadId: string, commentId: string) => Promise<string | null>;
  resolve: (threadId: string, resolved: boolean) => Promise<string | null>;
  activate: (threadId: string | null, reveal?: boolean) => void;
  markViewed: () => void;
  /** Suggested edits, where the document offers them (a review's report). */
  suggestions?: SuggestionsController;
};

/** The element of one comment, in the margin or the list. */
function commentSelector(commentId: string): string {
  return `[data-comment-id="${CSS.escape(commentId)}"]`;
}

const useThreads = createDocReader<readonly CommentThread[]>(readThreads, []);

/** Where the comment commands for a comments document go. */
function commentTarget(documentName: string): CommentTarget | null {
  const ref = parseDocumentName(documentName);
  if (!ref || ref.kind !== "comments") return null;
  return ref.scope === "review" ? { scope: "review", reviewId: ref.reviewId } : { scope: "paper", paperId: ref.paperId };
}

/**
 * Opens a comments document beside an editor and ties the two together: threads are read
 * (validated), their anchors handed to the editor's `CommentAnchors` plugin, and every action
 * (open, reply, edit, delete, resolve, seen) sent as a comment command; its result comes back
 * through the document like anyone else's change.
 */
export function useComments({ editor, documentName, members, user, canComment, diagnose }: CommentsOptions): CommentsController {
  const t = useT();
  const target = useMemo(() => commentTarget(documentName), [documentName]);
  const session = useCollabSession(documentName, user, diagnose);
  const snapshot = useCollabSnapshot(session);
  const doc = session?.doc ?? null;
  const threads = useThreads(doc);
  const anchors = useEditorAnchors(editor);
  const [draft, setDraft] = useState<ThreadDraft | null>(null);
  const ready = session !== null && (snapshot?.connection.everSynced === true || snapshot?.localCopyLoaded === true);

  useEffect(() => {
    // Nobody needs to see who reads the comments: stay out of the document's presence.
    session?.provider.awareness.setLocalState(null);
  }, [session]);

  // Read again whenever the threads change: marking seen writes the same document.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `threads` is the change signal
  const seenAt = useMemo(() => (doc ? readSeen(doc, user.id) : null), [doc, user.id, threads]);
  // What was new when the visit began stays "new" until the next visit, even once it is seen.
  const visitStart = useRef<{ doc: Y.Doc | null; at: string | null; taken: boolean }>({ doc: null, at: null, taken: false });
  if (visitStart.current.doc !== doc) visitStart.current = { doc, at: null, taken: false };
  if (!visitStart.current.taken && snapshot?.connection.everSynced) visitStart.current = { doc, at: seenAt, taken: true };

  // This writer's edit gave a passage new Yjs items (a split paragraph): store where it is now,
  // also when the edit was made offline (sent again once back online, after a lost send on its own, and
  // when the report opens again after the page was closed).
  useEffect(() => {
    if (!editor || !target) return;
    const store = pendingMovesStore(browserStorage(), pendingMovesKey(user.id, documentName));
    const sender = createAnchorMoveSender((threadId, anchor) => commands.moveAnchor(target, threadId, { anchor }), { store });
    const stop = onAnchorsMoved(editor, (moves) => sender.add(moves));
    const retry = () => sender.retry();
    retry();
    window.addEventListener("online", retry);
    return () => {
      stop();
      window.removeEventListener("online", retry);
      sender.dispose();
    };
  }, [editor, target, user.id, documentName]);

  useEffect(() => {
    if (editor) setAnchoredThreads(editor, threads.map((thread) => ({ id: thread.id, anchor: thread.anchor, resolved: thread.resolved, point: thread.suggestion?.quote === "" })));
  }, [editor, threads]);

  // A thread resolved (here or by someone else) stops being the active one.
  const resolvedBefore = useRef(new Set<string>());
  useEffect(() => {
    const resolved = new Set(threads.filter((thread) => thread.resolved).map((thread) => thread.id));
    if (editor && anchors.activeId && resolved.has(anchors.activeId) && !resolvedBefore.current.has(anchors.activeId)) setActiveThread(editor, null);
    resolvedBefore.current = resolved;
  }, [editor, threads, anchors.activeId]);

  // Stable, so that a panel's "seen after a moment" timer is not restarted by every render.
  const markViewed = useCallback(() => {
    // Not worth a message: the next visit records it again.
    if (target && canComment) commands.markCommentsSeen(target).catch(() => {});
  }, [target, canComment]);

  const memberById = useMemo(() => new Map(members.map((member) => [member.userId, member])), [members]);
  const unread = useMemo(() => unreadSummary(threads, user.id, seenAt), [threads, user.id, seenAt]);
  /** Runs a command; null when it was done, else the sentence for the user. */
  const run = useCallback(
    async (action: CommentAction, command: (target: CommentTarget) => Promise<unknown>): Promise<string | null> => {
      if (!target) return commentFailure(t, action, null);
      try {
        await command(target);
        return null;
      } catch (error) {
        return commentFailure(t, action, error);
      }
    },
    [target, t],
  );

  const startThread = useCallback(() => {
    if (!editor || !canComment) return false;
    const selected = anchorSelection(editor);
    if (!selected) return false;
    setDraft({ ...selected, body: "", mentions: [] });
    setActiveThread(editor, null);
    return true;
  }, [editor, canComment]);

  // Ctrl/Cmd+Alt+M comments on the selection, from anywhere on the page (a read-only editor never has focus).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== "KeyM") return;
      if (startThread()) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [startThread]);

  const activate = useCallback(
    (threadId: string | null, reveal = false) => {
      if (!editor) return;
      setActiveThread(editor, threadId);
      const range = threadId ? commentAnchorsState(editor)?.ranges.get(threadId) : null;
      if (reveal && range) {
        const dom = editor.view.domAtPos(range.from).node;
        (dom instanceof Element ? dom : dom.parentElement)?.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    },
    [editor],
  );
  useThreadFromUrl(threads, activate, ready && editor !== null && anchors.anchored.size > 0);

  return {
    editor,
    doc,
    ready,
    synced: snapshot?.connection.everSynced === true,
    threads,
    anchored: anchors.anchored,
    activeId: anchors.activeId,
    hasSelection: anchors.hasSelection,
    members,
    memberById,
    user,
    canComment,
    seenAt,
    visitStartedSeenAt: visitStart.current.taken ? visitStart.current.at : seenAt,
    unread,
    draft,
    startThread,
    cancelDraft: () => setDraft(null),
    updateDraft: (body, mentions) => setDraft((current) => (current ? { ...current, body, mentions } : current)),
    submitThread: async (body, mentions) => {
      if (!draft) return null;
      let threadId = "";
      let commentId = "";
      const failure = await run("post", async (where) => {
        ({ threadId, commentId } = await commands.openThread(where, { anchor: draft.anchor, quote: draft.quote, body, mentions }));
      });
      // Refused or not sent: the draft (and its text) stays for another try.
      if (failure) return failure;
      setDraft(null);
      // The passage is commented: drop the selection, so its "Comment" button goes too.
      window.getSelection()?.removeAllRanges();
      if (editor) setActiveThread(editor, threadId);
      // The composer is gone: focus lands on the new comment once the document brings it.
      focusWhenReady(commentSelector(commentId), { timeout: 10_000 });
      return null;
    },
    reply: async (threadId, body, mentions) => {
      let commentId = "";
      const failure = await run("post", async (where) => {
        commentId = await commands.replyToThread(where, threadId, { body, mentions });
      });
      // Where the reply box closed, focus goes to the reply; an open box keeps it.
      if (!failure) focusWhenReady(commentSelector(commentId), { timeout: 10_000, onlyIfLost: true });
      return failure;
    },
    edit: (threadId, commentId, body, mentions) => run("save", (where) => commands.editComment(where, threadId, commentId, { body, mentions })),
    remove: (threadId, commentId) => run("delete", (where) => commands.deleteComment(where, threadId, commentId)),
    resolve: async (threadId, resolved) => {
      const failure = await run("resolve", (where) => commands.resolveThread(where, threadId, resolved));
      if (!failure && resolved && editor && anchors.activeId === threadId) setActiveThread(editor, null);
      return failure;
    },
    activate,
    markViewed,
  };
}

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import type { AwarenessUser } from "@review/shared";
import {
  addReply,
  createThread,
  deleteComment,
  editComment,
  markSeen,
  readSeen,
  readThreads,
  setThreadResolved,
  unreadSummary,
  type CommentAnchor,
  type CommentThread,
  type UnreadSummary,
} from "@review/shared/comments";
import { useCollabSession, useCollabSnapshot } from "../../collab/useCollabSession.ts";
import { anchorSelection, setActiveThread, setAnchoredThreads, type AnchorRange } from "../../editor/commentAnchors.ts";
import { createDocReader } from "../board/boardStore.ts";
import type { CommentMember } from "./mentions.ts";
import { useEditorAnchors } from "./useEditorAnchors.ts";

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
  threads: readonly CommentThread[];
  ranges: ReadonlyMap<string, AnchorRange>;
  activeId: string | null;
  /** Bumped on every editor transaction (for measuring passages on screen). */
  editorVersion: number;
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
  submitThread: (body: string, mentions: string[]) => string | null;
  reply: (threadId: string, body: string, mentions: string[]) => void;
  edit: (threadId: string, commentId: string, body: string, mentions: string[]) => void;
  remove: (threadId: string, commentId: string) => void;
  resolve: (threadId: string, resolved: boolean) => void;
  activate: (threadId: string | null, reveal?: boolean) => void;
  markViewed: () => void;
};

const useThreads = createDocReader<readonly CommentThread[]>(readThreads, []);

/**
 * Opens a comments document beside an editor and ties the two together: threads are read
 * (validated), their anchors handed to the editor's `CommentAnchors` plugin, and every action
 * (open, reply, edit, delete, resolve) written to the comments document.
 */
export function useComments({ editor, documentName, members, user, canComment, diagnose }: CommentsOptions): CommentsController {
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

  const seenAt = useMemo(() => (doc ? readSeen(doc, user.id) : null), [doc, user.id, threads]);
  // What was new when the visit began stays "new" until the next visit, even once it is seen.
  const visitStart = useRef<{ doc: Y.Doc | null; at: string | null; taken: boolean }>({ doc: null, at: null, taken: false });
  if (visitStart.current.doc !== doc) visitStart.current = { doc, at: null, taken: false };
  if (!visitStart.current.taken && snapshot?.connection.everSynced) visitStart.current = { doc, at: seenAt, taken: true };

  useEffect(() => {
    if (editor) setAnchoredThreads(editor, threads.map((thread) => ({ id: thread.id, anchor: thread.anchor, resolved: thread.resolved })));
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
    if (doc && canComment) markSeen(doc, user.id);
  }, [doc, canComment, user.id]);

  const memberById = useMemo(() => new Map(members.map((member) => [member.userId, member])), [members]);
  const unread = useMemo(() => unreadSummary(threads, user.id, seenAt), [threads, user.id, seenAt]);
  const meta = useCallback(() => ({ by: user.id }), [user.id]);

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
      const range = threadId ? anchors.ranges.get(threadId) : null;
      if (reveal && range) {
        const dom = editor.view.domAtPos(range.from).node;
        (dom instanceof Element ? dom : dom.parentElement)?.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    },
    [editor, anchors.ranges],
  );

  return {
    editor,
    doc,
    ready,
    threads,
    ranges: anchors.ranges,
    activeId: anchors.activeId,
    editorVersion: anchors.version,
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
    submitThread: (body, mentions) => {
      if (!doc || !draft) return null;
      const { threadId } = createThread(doc, { anchor: draft.anchor, quote: draft.quote, body, mentions }, meta());
      setDraft(null);
      // The passage is commented: drop the selection, so its "Comment" button goes too.
      window.getSelection()?.removeAllRanges();
      if (editor) setActiveThread(editor, threadId);
      return threadId;
    },
    reply: (threadId, body, mentions) => {
      if (doc) addReply(doc, threadId, { body, mentions }, meta());
    },
    edit: (threadId, commentId, body, mentions) => {
      if (doc) editComment(doc, threadId, commentId, { body, mentions }, meta());
    },
    remove: (threadId, commentId) => {
      if (doc) deleteComment(doc, threadId, commentId, meta());
    },
    resolve: (threadId, resolved) => {
      if (!doc) return;
      setThreadResolved(doc, threadId, resolved, meta());
      if (resolved && editor && anchors.activeId === threadId) setActiveThread(editor, null);
    },
    activate,
    markViewed,
  };
}

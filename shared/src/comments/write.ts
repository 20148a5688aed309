import * as Y from "yjs";
import { newCardId } from "../board/cards.ts";
import { assertAnchor } from "./anchor.ts";
import { CommentError } from "./errors.ts";
import { COMMENT_KEYS, THREAD_KEYS, commentArray, commentMap, seenRoot, threadMap, threadsRoot } from "./layout.ts";
import { COMMENT_LIMITS, commentAnchorSchema, commentInputSchema, type CommentAnchor, type CommentInput } from "./schema.ts";

/** Who writes (a user id), and when (defaults to now). */
export type CommentWriteMeta = { by: string; at?: string };
export type CommentWriteOptions = { origin?: unknown };

function parseInput(input: CommentInput): { body: string; mentions: string[] } {
  const parsed = commentInputSchema.safeParse(input);
  if (!parsed.success) throw new CommentError("invalid_comment", parsed.error.issues[0]?.message ?? "Invalid comment");
  return { body: parsed.data.body, mentions: [...new Set(parsed.data.mentions)] };
}

function newCommentMap(id: string, input: { body: string; mentions: string[] }, meta: CommentWriteMeta, at: string): Y.Map<unknown> {
  const comment = new Y.Map<unknown>();
  comment.set(COMMENT_KEYS.id, id);
  comment.set(COMMENT_KEYS.author, meta.by);
  comment.set(COMMENT_KEYS.body, input.body);
  comment.set(COMMENT_KEYS.createdAt, at);
  comment.set(COMMENT_KEYS.editedAt, null);
  comment.set(COMMENT_KEYS.deleted, false);
  comment.set(COMMENT_KEYS.mentions, input.mentions);
  return comment;
}

/** The passage's text for the thread, cut to what the document keeps. */
export function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= COMMENT_LIMITS.quoteMax ? flat : `${flat.slice(0, COMMENT_LIMITS.quoteMax - 1)}…`;
}

/** Opens a thread on a passage with its first comment; returns the new ids. */
export function createThread(
  doc: Y.Doc,
  input: CommentInput & { anchor: CommentAnchor; quote: string },
  meta: CommentWriteMeta,
  options: CommentWriteOptions = {},
): { threadId: string; commentId: string } {
  const anchor = commentAnchorSchema.safeParse(input.anchor);
  if (!anchor.success) throw new CommentError("invalid_anchor", "The comment's anchor is malformed");
  assertAnchor(anchor.data);
  const first = parseInput(input);
  const at = meta.at ?? new Date().toISOString();
  const threadId = newCardId();
  const commentId = newCardId();
  doc.transact(() => {
    const thread = new Y.Map<unknown>();
    thread.set(THREAD_KEYS.anchor, { start: anchor.data.start, end: anchor.data.end });
    thread.set(THREAD_KEYS.quote, quoteOf(input.quote));
    thread.set(THREAD_KEYS.createdBy, meta.by);
    thread.set(THREAD_KEYS.createdAt, at);
    thread.set(THREAD_KEYS.resolved, false);
    thread.set(THREAD_KEYS.resolvedBy, null);
    thread.set(THREAD_KEYS.resolvedAt, null);
    const comments = new Y.Array<unknown>();
    comments.push([newCommentMap(commentId, first, meta, at)]);
    thread.set(THREAD_KEYS.comments, comments);
    threadsRoot(doc).set(threadId, thread);
  }, options.origin ?? null);
  return { threadId, commentId };
}

function requireThread(doc: Y.Doc, threadId: string): Y.Map<unknown> {
  const thread = threadMap(doc, threadId);
  if (!thread || !commentArray(thread)) throw new CommentError("thread_not_found", "This thread no longer exists");
  return thread;
}

function requireOwnComment(doc: Y.Doc, threadId: string, commentId: string, by: string): Y.Map<unknown> {
  const comment = commentMap(requireThread(doc, threadId), commentId);
  if (!comment || comment.get(COMMENT_KEYS.deleted) === true) throw new CommentError("comment_not_found", "This comment no longer exists");
  if (comment.get(COMMENT_KEYS.author) !== by) throw new CommentError("not_author", "Only its author may change a comment");
  return comment;
}

/** Adds a reply at the end of the thread; returns its id. Concurrent replies all stay. */
export function addReply(doc: Y.Doc, threadId: string, input: CommentInput, meta: CommentWriteMeta, options: CommentWriteOptions = {}): string {
  const thread = requireThread(doc, threadId);
  const reply = parseInput(input);
  const id = newCardId();
  doc.transact(() => {
    commentArray(thread)!.push([newCommentMap(id, reply, meta, meta.at ?? new Date().toISOString())]);
  }, options.origin ?? null);
  return id;
}

/** Replaces the body (and mentions) of the writer's own comment. */
export function editComment(doc: Y.Doc, threadId: string, commentId: string, input: CommentInput, meta: CommentWriteMeta, options: CommentWriteOptions = {}): void {
  const comment = requireOwnComment(doc, threadId, commentId, meta.by);
  const edited = parseInput(input);
  doc.transact(() => {
    comment.set(COMMENT_KEYS.body, edited.body);
    comment.set(COMMENT_KEYS.mentions, edited.mentions);
    comment.set(COMMENT_KEYS.editedAt, meta.at ?? new Date().toISOString());
  }, options.origin ?? null);
}

/** Deletes the writer's own comment: its text goes, a "deleted" marker stays for the replies after it. */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string, meta: CommentWriteMeta, options: CommentWriteOptions = {}): void {
  const comment = requireOwnComment(doc, threadId, commentId, meta.by);
  doc.transact(() => {
    comment.set(COMMENT_KEYS.deleted, true);
    comment.set(COMMENT_KEYS.body, "");
    comment.set(COMMENT_KEYS.mentions, []);
  }, options.origin ?? null);
}

/** Resolves (or reopens) a thread, recording who and when. */
export function setThreadResolved(doc: Y.Doc, threadId: string, resolved: boolean, meta: CommentWriteMeta, options: CommentWriteOptions = {}): void {
  const thread = requireThread(doc, threadId);
  doc.transact(() => {
    thread.set(THREAD_KEYS.resolved, resolved);
    thread.set(THREAD_KEYS.resolvedBy, resolved ? meta.by : null);
    thread.set(THREAD_KEYS.resolvedAt, resolved ? (meta.at ?? new Date().toISOString()) : null);
  }, options.origin ?? null);
}

/**
 * Points a thread at the same passage again after an edit moved its text into new Yjs items (a
 * paragraph split or turned into a heading keeps the words but not their items, so the old
 * relative positions would orphan the thread). Only the anchor changes: the thread, its quote
 * and its comments stay as they were.
 */
export function moveThreadAnchor(doc: Y.Doc, threadId: string, input: { anchor: CommentAnchor }, options: CommentWriteOptions = {}): void {
  const anchor = commentAnchorSchema.safeParse(input.anchor);
  if (!anchor.success) throw new CommentError("invalid_anchor", "The comment's anchor is malformed");
  assertAnchor(anchor.data);
  const thread = requireThread(doc, threadId);
  doc.transact(() => thread.set(THREAD_KEYS.anchor, { start: anchor.data.start, end: anchor.data.end }), options.origin ?? null);
}

/** Records that `userId` has looked at the comments up to `at` (never moves back in time). */
export function markSeen(doc: Y.Doc, userId: string, at: string = new Date().toISOString(), options: CommentWriteOptions = {}): boolean {
  const current = seenRoot(doc).get(userId);
  if (typeof current === "string" && Date.parse(current) >= Date.parse(at)) return false;
  doc.transact(() => seenRoot(doc).set(userId, at), options.origin ?? null);
  return true;
}

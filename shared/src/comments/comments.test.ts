import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decodeAnchor, encodeAnchor, resolveInTree } from "./anchor.ts";
import { CommentError } from "./errors.ts";
import { threadsRoot } from "./layout.ts";
import { readSeen, readThreads } from "./read.ts";
import { threadIsNew, unreadSummary } from "./unread.ts";
import { addReply, createThread, deleteComment, editComment, markSeen, quoteOf, setThreadResolved } from "./write.ts";

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

/** A report with one paragraph, and an anchor on `text.slice(from, to)`. */
function reportWithAnchor(text: string, from: number, to: number) {
  const report = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  const xmlText = new Y.XmlText();
  report.getXmlFragment("content").insert(0, [paragraph]);
  paragraph.insert(0, [xmlText]);
  xmlText.insert(0, text);
  const anchor = encodeAnchor(Y.createRelativePositionFromTypeIndex(xmlText, from, 0), Y.createRelativePositionFromTypeIndex(xmlText, to, -1));
  return { report, xmlText, anchor };
}

function anchoredText(report: Y.Doc, anchor: ReturnType<typeof encodeAnchor>): string | null {
  const decoded = decodeAnchor(anchor)!;
  const root = report.getXmlFragment("content");
  const start = resolveInTree(report, root, decoded.start);
  const end = resolveInTree(report, root, decoded.end);
  if (!start || !end || start.type !== end.type || start.index >= end.index) return null;
  return (start.type as Y.XmlText).toString().slice(start.index, end.index);
}

const at = (minute: number) => `2026-03-20T10:${String(minute).padStart(2, "0")}:00.000Z`;

describe("comment threads", () => {
  it("opens a thread, replies, edits, deletes and resolves", () => {
    const { anchor } = reportWithAnchor("Migrants co-design the courses.", 0, 8);
    const doc = new Y.Doc();
    const { threadId, commentId } = createThread(doc, { anchor, quote: "Migrants", body: " Which ones? ", mentions: ["u-2", "u-2"] }, { by: "u-1", at: at(0) });
    const replyId = addReply(doc, threadId, { body: "The Syrian group." }, { by: "u-2", at: at(1) });
    editComment(doc, threadId, commentId, { body: "Which groups?", mentions: [] }, { by: "u-1", at: at(2) });
    expect(() => editComment(doc, threadId, replyId, { body: "Hijack" }, { by: "u-1" })).toThrow(CommentError);
    expect(() => addReply(doc, threadId, { body: "   " }, { by: "u-1" })).toThrow(CommentError);
    expect(() => addReply(doc, threadId, { body: "x".repeat(4001) }, { by: "u-1" })).toThrow(CommentError);
    setThreadResolved(doc, threadId, true, { by: "u-2", at: at(3) });

    const [thread] = readThreads(doc);
    expect(thread).toMatchObject({ id: threadId, quote: "Migrants", createdBy: "u-1", resolved: true, resolvedBy: "u-2", resolvedAt: at(3) });
    expect(thread!.comments.map((comment) => [comment.author, comment.body, comment.editedAt, comment.mentions])).toEqual([
      ["u-1", "Which groups?", at(2), []],
      ["u-2", "The Syrian group.", null, []],
    ]);

    deleteComment(doc, threadId, commentId, { by: "u-1" });
    expect(readThreads(doc)[0]!.comments[0]).toMatchObject({ deleted: true, body: "" });
    // A deleted comment is gone for its author too: no text comes back through an edit.
    expect(() => editComment(doc, threadId, commentId, { body: "Back" }, { by: "u-1" })).toThrow(CommentError);
    setThreadResolved(doc, threadId, false, { by: "u-1" });
    expect(readThreads(doc)[0]).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    // Once every comment is deleted, the thread is gone.
    deleteComment(doc, threadId, replyId, { by: "u-2" });
    expect(readThreads(doc)).toEqual([]);
  });

  it("refuses anchors that are not relative positions and cuts long quotes", () => {
    const doc = new Y.Doc();
    expect(() => createThread(doc, { anchor: { start: "!!", end: "AA==" }, quote: "", body: "Hi" }, { by: "u-1" })).toThrow(CommentError);
    expect(quoteOf("a\n\n b".padEnd(600, "c"))).toHaveLength(500);
    expect(quoteOf("a\n\n b")).toBe("a b");
  });

  it("skips junk any member could write", () => {
    const { anchor } = reportWithAnchor("Text", 0, 4);
    const doc = new Y.Doc();
    const { threadId } = createThread(doc, { anchor, quote: "Text", body: "Real" }, { by: "u-1", at: at(0) });
    doc.transact(() => {
      threadsRoot(doc).set("junk-not-a-map", "<script>");
      threadsRoot(doc).set("abcdefgh12", new Y.Map());
      const bad = new Y.Map<unknown>();
      threadsRoot(doc).set("abcdefgh13", bad);
      bad.set("anchor", { start: 1, end: 2 });
    });
    const comments = threadsRoot(doc).get(threadId) as Y.Map<unknown>;
    (comments.get("comments") as Y.Array<unknown>).push(["plain string", new Y.Map()]);
    const threads = readThreads(doc);
    expect(threads.map((thread) => thread.id)).toEqual([threadId]);
    expect(threads[0]!.comments).toHaveLength(1);
  });

  it("converges under concurrent replies, edits, resolves and new threads", () => {
    const { anchor } = reportWithAnchor("Shared passage", 0, 6);
    const a = new Y.Doc();
    const b = new Y.Doc();
    const { threadId, commentId } = createThread(a, { anchor, quote: "Shared", body: "First" }, { by: "u-1", at: at(0) });
    sync(a, b);
    addReply(a, threadId, { body: "Reply from A" }, { by: "u-1", at: at(1) });
    addReply(b, threadId, { body: "Reply from B" }, { by: "u-2", at: at(1) });
    setThreadResolved(b, threadId, true, { by: "u-2", at: at(2) });
    editComment(a, threadId, commentId, { body: "First, edited" }, { by: "u-1", at: at(2) });
    createThread(a, { anchor, quote: "Shared", body: "Another" }, { by: "u-1", at: at(3) });
    createThread(b, { anchor, quote: "Shared", body: "And another" }, { by: "u-2", at: at(3) });
    sync(a, b);
    const threads = readThreads(a);
    expect(threads).toEqual(readThreads(b));
    expect(threads).toHaveLength(3);
    expect(threads[0]!.resolved).toBe(true);
    expect(threads[0]!.comments.map((comment) => comment.body).sort()).toEqual(["First, edited", "Reply from A", "Reply from B"]);
  });

  it("keeps the anchor on its text through concurrent edits, and orphans it when the text goes", () => {
    const { report, xmlText, anchor } = reportWithAnchor("The team met migrant parents twice.", 13, 28);
    expect(anchoredText(report, anchor)).toBe("migrant parents");
    const other = new Y.Doc();
    sync(report, other);
    const otherText = (other.getXmlFragment("content").get(0) as Y.XmlElement).get(0) as Y.XmlText;
    xmlText.insert(0, "In March, ");
    otherText.insert(13, "young "); // right before the passage: not part of it
    otherText.insert(34, " and"); // right after it (13 + 6 + 15): not part of it either
    sync(report, other);
    expect(report.getXmlFragment("content").toString()).toContain("In March, The team met young migrant parents and twice.");
    expect(anchoredText(report, anchor)).toBe("migrant parents");
    expect(anchoredText(other, anchor)).toBe("migrant parents");
    otherText.insert(otherText.toString().indexOf("parents"), "and their ");
    sync(report, other);
    expect(anchoredText(report, anchor)).toBe("migrant and their parents");
    const start = xmlText.toString().indexOf("migrant");
    xmlText.delete(start, "migrant and their parents".length);
    sync(report, other);
    expect(anchoredText(report, anchor)).toBeNull();
    expect(anchoredText(other, anchor)).toBeNull();
  });

  it("records the last visit per user, never moving it back", () => {
    const doc = new Y.Doc();
    expect(readSeen(doc, "u-1")).toBeNull();
    expect(markSeen(doc, "u-1", at(5))).toBe(true);
    expect(markSeen(doc, "u-1", at(4))).toBe(false);
    expect(readSeen(doc, "u-1")).toBe(at(5));
  });

  it("counts what is new since the last visit, and mentions", () => {
    const { anchor } = reportWithAnchor("Text", 0, 4);
    const doc = new Y.Doc();
    const old = createThread(doc, { anchor, quote: "Text", body: "Old" }, { by: "u-2", at: at(0) });
    addReply(doc, old.threadId, { body: "New reply @Me", mentions: ["me"] }, { by: "u-2", at: at(10) });
    addReply(doc, old.threadId, { body: "My own" }, { by: "me", at: at(11) });
    const fresh = createThread(doc, { anchor, quote: "Text", body: "New thread" }, { by: "u-3", at: at(12) });
    addReply(doc, fresh.threadId, { body: "Reply in a new thread" }, { by: "u-2", at: at(13) });
    const threads = readThreads(doc);
    expect(unreadSummary(threads, "me", at(5))).toEqual({ threadIds: [fresh.threadId], replies: 1, total: 2, mentions: 1, unreadMentions: 1 });
    expect(unreadSummary(threads, "me", at(20)).total).toBe(0);
    expect(unreadSummary(threads, "me", null).total).toBe(2);
    expect(threadIsNew(threads[0]!, "me", at(5))).toBe(true);
    expect(threadIsNew(threads[0]!, "me", at(10))).toBe(false);
  });
});

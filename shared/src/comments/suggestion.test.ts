import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { encodeAnchor } from "./anchor.ts";
import { applySuggestion } from "./applySuggestion.ts";
import { CommentError } from "./errors.ts";
import { readThreads } from "./read.ts";
import { threadIsNew, unreadSummary } from "./unread.ts";
import { suggestionAction, suggestionSchema, type Suggestion } from "./suggestion.ts";
import { createSuggestion, decideSuggestion, pendingSuggestion } from "./suggestionWrite.ts";

/** A report paragraph as Tiptap stores it, with an anchor on `text.slice(from, to)` as the client makes it. */
function report(text: string, from: number, to: number) {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  const xmlText = new Y.XmlText();
  doc.getXmlFragment("content").insert(0, [paragraph]);
  paragraph.insert(0, [xmlText]);
  xmlText.insert(0, text);
  const anchor = encodeAnchor(Y.createRelativePositionFromTypeIndex(xmlText, from, 0), Y.createRelativePositionFromTypeIndex(xmlText, to, -1));
  return { doc, xmlText, anchor, root: doc.getXmlFragment("content") };
}

const replace = (quote: string, replacement: string): Suggestion => ({ kind: "replace", quote, replacement });

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof CommentError) return error.code;
    throw error;
  }
}

describe("suggestion schema", () => {
  it("takes replacements, insertions and deletions, refuses one that changes nothing or is too long", () => {
    expect(suggestionAction(suggestionSchema.parse(replace("twice", "three times")))).toBe("replace");
    expect(suggestionAction(suggestionSchema.parse(replace("", "young ")))).toBe("insert");
    expect(suggestionAction(suggestionSchema.parse(replace("twice", "")))).toBe("delete");
    expect(suggestionSchema.safeParse(replace("same", "same")).success).toBe(false);
    expect(suggestionSchema.safeParse(replace("", "")).success).toBe(false);
    expect(suggestionSchema.safeParse({ kind: "rewrite", quote: "a", replacement: "b" }).success).toBe(false);
    expect(suggestionSchema.safeParse(replace("a", "b".repeat(2001))).success).toBe(false);
  });
});

describe("suggestion threads", () => {
  it("are read as threads with their suggestion, decided once, and kept without a note", () => {
    const { anchor } = report("The team met migrant parents twice.", 29, 34);
    const comments = new Y.Doc();
    const { threadId, commentId } = createSuggestion(comments, { anchor, suggestion: replace("twice", "three times") }, { by: "host", at: "2026-03-20T10:00:00.000Z" });
    expect(commentId).toBeNull();
    expect(readThreads(comments)).toEqual([expect.objectContaining({ id: threadId, quote: "twice", comments: [], suggestion: replace("twice", "three times"), resolved: false })]);
    expect(readThreads(comments)[0]!.decision).toBeUndefined();
    expect(pendingSuggestion(comments, threadId).suggestion.replacement).toBe("three times");
    // New to others even without a note; not to its author.
    const [thread] = readThreads(comments);
    expect(threadIsNew(thread!, "peer", "2026-03-20T09:00:00.000Z")).toBe(true);
    expect(threadIsNew(thread!, "host", null)).toBe(false);
    expect(unreadSummary([thread!], "peer", null).threadIds).toEqual([threadId]);

    decideSuggestion(comments, threadId, "rejected", { by: "peer", at: "2026-03-20T10:05:00.000Z" });
    expect(readThreads(comments)[0]).toMatchObject({ resolved: true, resolvedBy: "peer", decision: { status: "rejected", by: "peer", at: "2026-03-20T10:05:00.000Z" } });
    expect(codeOf(() => decideSuggestion(comments, threadId, "accepted", { by: "peer" }))).toBe("suggestion_decided");
    expect(codeOf(() => createSuggestion(comments, { anchor, suggestion: replace("x", "x") }, { by: "host" }))).toBe("invalid_suggestion");
  });

  it("refuses to decide a plain comment thread", () => {
    const comments = new Y.Doc();
    const thread = new Y.Map<unknown>();
    thread.set("comments", new Y.Array());
    comments.getMap("threads").set("abcdefgh12", thread);
    expect(codeOf(() => pendingSuggestion(comments, "abcdefgh12"))).toBe("not_a_suggestion");
    expect(codeOf(() => pendingSuggestion(comments, "zzzzzzzz99"))).toBe("thread_not_found");
  });
});

describe("applying a suggestion to the report", () => {
  it("replaces, deletes and inserts exactly the anchored passage", () => {
    const replaced = report("The team met migrant parents twice.", 29, 34);
    applySuggestion(replaced.doc, replaced.root, replaced.anchor, replace("twice", "three times"));
    expect(replaced.xmlText.toString()).toBe("The team met migrant parents three times.");

    const deleted = report("The team met migrant parents twice.", 13, 21);
    applySuggestion(deleted.doc, deleted.root, deleted.anchor, replace("migrant ", ""));
    expect(deleted.xmlText.toString()).toBe("The team met parents twice.");

    const inserted = report("The team met parents.", 13, 13);
    applySuggestion(inserted.doc, inserted.root, inserted.anchor, replace("", "migrant "));
    expect(inserted.xmlText.toString()).toBe("The team met migrant parents.");
  });

  it("keeps the passage's formatting and refuses a passage across formatting", () => {
    const { doc, root, xmlText, anchor } = report("The team met migrant parents twice.", 13, 20);
    xmlText.format(13, 7, { bold: {} });
    applySuggestion(doc, root, anchor, replace("migrant", "refugee"));
    expect(xmlText.toDelta()).toEqual([{ insert: "The team met " }, { insert: "refugee", attributes: { bold: {} } }, { insert: " parents twice." }]);

    const across = report("The team met migrant parents twice.", 9, 20);
    across.xmlText.format(13, 7, { italic: {} });
    expect(codeOf(() => applySuggestion(across.doc, across.root, across.anchor, replace("met migrant", "saw")))).toBe("suggestion_spans_formatting");
    expect(across.xmlText.toDelta()).toHaveLength(3);
  });

  it("refuses when the passage changed or is gone, and changes nothing", () => {
    const { doc, root, xmlText, anchor } = report("The team met migrant parents twice.", 29, 34);
    xmlText.insert(31, "!"); // "tw!ice"
    expect(codeOf(() => applySuggestion(doc, root, anchor, replace("twice", "thrice")))).toBe("suggestion_outdated");
    expect(xmlText.toString()).toBe("The team met migrant parents tw!ice.");
    xmlText.delete(20, 16);
    expect(codeOf(() => applySuggestion(doc, root, anchor, replace("twice", "thrice")))).toBe("suggestion_outdated");
  });

  it("refuses a passage across two paragraphs", () => {
    const doc = new Y.Doc();
    const root = doc.getXmlFragment("content");
    const texts = ["First one.", "Second one."].map((value) => {
      const paragraph = new Y.XmlElement("paragraph");
      const text = new Y.XmlText();
      root.push([paragraph]);
      paragraph.insert(0, [text]);
      text.insert(0, value);
      return text;
    });
    const anchor = encodeAnchor(Y.createRelativePositionFromTypeIndex(texts[0]!, 6, 0), Y.createRelativePositionFromTypeIndex(texts[1]!, 6, -1));
    expect(codeOf(() => applySuggestion(doc, root, anchor, replace("one. Second", "")))).toBe("suggestion_spans_formatting");
  });
});

import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { COMMENT_ROUTES, EDITOR_FRAGMENT, reviewDocumentName } from "@review/shared";
import { decodeAnchor, encodeAnchor, readThreads, resolveInTree, type CommentAnchor } from "@review/shared/comments";
import { readFindingReply, setFindingReply } from "@review/shared/self";
import { expectStatus } from "../support/apiClient.ts";
import { postReply, postThread, resolveThread, reviewComments } from "../support/commentCommands.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { waitFor } from "../support/waitFor.ts";

const SENTENCE = "The team met migrant parents twice.";
const PASSAGE = "migrant parents";

/** Writes paragraphs as Tiptap stores them: `paragraph` elements, each holding one Y.XmlText. */
function writeParagraphs(doc: Y.Doc, texts: string[]): void {
  doc.transact(() => {
    const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
    for (const text of texts) {
      const paragraph = new Y.XmlElement("paragraph");
      const xmlText = new Y.XmlText();
      paragraph.insert(0, [xmlText]);
      fragment.push([paragraph]);
      xmlText.insert(0, text);
    }
  });
}

function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  return (doc.getXmlFragment(EDITOR_FRAGMENT).get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

/** The anchor the client makes for a selection: start on the passage's first character, end on its last. */
function anchorOn(text: Y.XmlText, passage: string): CommentAnchor {
  const start = text.toString().indexOf(passage);
  return encodeAnchor(Y.createRelativePositionFromTypeIndex(text, start, 0), Y.createRelativePositionFromTypeIndex(text, start + passage.length, -1));
}

/** The text an anchor covers now in `doc` (resolved in Node with Yjs alone), or null when it is orphaned. */
function anchoredText(doc: Y.Doc, anchor: CommentAnchor): string | null {
  const decoded = decodeAnchor(anchor);
  const root = doc.getXmlFragment(EDITOR_FRAGMENT);
  const start = decoded && resolveInTree(doc, root, decoded.start);
  const end = decoded && resolveInTree(doc, root, decoded.end);
  if (!start || !end || start.type !== end.type || start.index >= end.index) return null;
  expect(Y.createAbsolutePositionFromRelativePosition(decoded!.start, doc)?.type).toBe(start.type);
  return (start.type as Y.XmlText).toString().slice(start.index, end.index);
}

describe.each(BACKENDS)("comments on the report (%s)", (backend) => {
  const suite = collabSuite(backend);
  const connect = (cookie: string, docName: string) => suite.connect(cookie, docName);
  const closeAll = suite.closeAll;

  it("keeps a thread's anchor on exactly its text through concurrent edits, and orphans it (not loses it) when the text goes", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host" });
    const reportDoc = reviewDocumentName(team.reviewId, "report");
    const commentsDoc = reviewDocumentName(team.reviewId, "comments");
    const moderator = connect(team.moderator.cookieHeader, reportDoc);
    const peer = connect(team.members.peer.cookieHeader, reportDoc);
    await Promise.all([moderator.whenSynced(), peer.whenSynced()]);
    writeParagraphs(moderator.doc, ["Findings on migrant voice.", SENTENCE]);
    await waitFor(() => peer.fragment.length === 2 && paragraphText(peer.doc, 1).toString() === SENTENCE, { description: "the peer to receive the report" });

    const hostComments = connect(team.members.host.cookieHeader, commentsDoc);
    const peerComments = connect(team.members.peer.cookieHeader, commentsDoc);
    await Promise.all([hostComments.whenSynced(), peerComments.whenSynced()]);
    const anchor = anchorOn(paragraphText(peer.doc, 1), PASSAGE);
    const { threadId } = await postThread(team.members.host, reviewComments(team.reviewId), { anchor, quote: PASSAGE, body: "Which parents?" });
    await waitFor(() => readThreads(peerComments.doc).length === 1, { description: "the peer to receive the thread" });
    const stored = readThreads(peerComments.doc)[0]!;
    expect(anchoredText(peer.doc, stored.anchor)).toBe(PASSAGE);

    // Both writers edit at once, neither having seen the other's change.
    const peerText = paragraphText(peer.doc, 1);
    const moderatorText = paragraphText(moderator.doc, 1);
    peerText.insert(SENTENCE.indexOf(PASSAGE), "young "); // right before the passage
    peerText.insert(0, "In March, ");
    moderatorText.insert(SENTENCE.indexOf(PASSAGE) + PASSAGE.length, " and carers"); // right after it
    moderatorText.insert(SENTENCE.indexOf(" parents"), " and their"); // inside it
    moderatorText.delete(0, "The team ".length); // around it
    const expected = "In March, met young migrant and their parents and carers twice.";
    await waitFor(() => peerText.toString() === expected && moderatorText.toString() === expected, { description: "both copies of the report to converge" });
    expect(anchoredText(peer.doc, stored.anchor)).toBe("migrant and their parents");
    expect(anchoredText(moderator.doc, stored.anchor)).toBe("migrant and their parents");

    // Stored as the clients see it: after a restart the anchor resolves to the same text.
    closeAll();
    await suite.server.restart();
    const freshReport = connect(team.moderator.cookieHeader, reportDoc);
    const freshComments = connect(team.moderator.cookieHeader, commentsDoc);
    await Promise.all([freshReport.whenSynced(), freshComments.whenSynced()]);
    const [afterRestart] = readThreads(freshComments.doc);
    expect(afterRestart?.id).toBe(threadId);
    expect(anchoredText(freshReport.doc, afterRestart!.anchor)).toBe("migrant and their parents");

    // The passage is deleted: the thread stays, orphaned, with its quote.
    const text = paragraphText(freshReport.doc, 1);
    text.delete(text.toString().indexOf("young "), "young migrant and their parents ".length);
    expect(anchoredText(freshReport.doc, afterRestart!.anchor)).toBeNull();
    freshReport.doc.transact(() => freshReport.fragment.delete(1, 1)); // and then its whole paragraph
    const other = connect(team.members.peer.cookieHeader, reportDoc);
    await other.whenSynced();
    await waitFor(() => other.fragment.length === 1, { description: "the peer to receive the deletion" });
    expect(anchoredText(other.doc, afterRestart!.anchor)).toBeNull();
    expect(readThreads(freshComments.doc)).toEqual([expect.objectContaining({ id: threadId, quote: PASSAGE, resolved: false })]);
  });

  it("lets a writer anchor a passage again after a split gave its text new items; a host may not", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host" });
    const reportDoc = reviewDocumentName(team.reviewId, "report");
    const commentsDoc = reviewDocumentName(team.reviewId, "comments");
    const peer = connect(team.members.peer.cookieHeader, reportDoc);
    const peerComments = connect(team.members.peer.cookieHeader, commentsDoc);
    await Promise.all([peer.whenSynced(), peerComments.whenSynced()]);
    writeParagraphs(peer.doc, [`Summary. ${SENTENCE}`]);
    const { threadId } = await postThread(team.members.host, reviewComments(team.reviewId), { anchor: anchorOn(paragraphText(peer.doc, 0), PASSAGE), quote: PASSAGE, body: "Which parents?" });
    await waitFor(() => readThreads(peerComments.doc).length === 1, { description: "the peer to receive the thread" });

    // Enter after "Summary." as the editor's binding writes it: the tail's words move into a new paragraph.
    const text = paragraphText(peer.doc, 0);
    peer.doc.transact(() => {
      text.delete("Summary.".length, text.length - "Summary.".length);
      writeParagraphs(peer.doc, [SENTENCE]);
    });
    const old = readThreads(peerComments.doc)[0]!.anchor;
    expect(anchoredText(peer.doc, old)).toBeNull();

    const moved = { anchor: anchorOn(paragraphText(peer.doc, 1), PASSAGE) };
    const route = COMMENT_ROUTES.anchor(reviewComments(team.reviewId), threadId);
    expectStatus(await team.members.host.request("PUT", route, moved), 403, "a host moves an anchor");
    expectStatus(await team.members.peer.request("PUT", route, { anchor: { start: "!!", end: "??" } }), 400, "a malformed anchor");
    expectStatus(await team.members.peer.request("PUT", COMMENT_ROUTES.anchor(reviewComments(team.reviewId), "nothing00"), moved), 404, "an unknown thread");
    expectStatus(await team.members.peer.request("PUT", route, moved), 204, "the peer moves the anchor");
    await waitFor(() => anchoredText(peer.doc, readThreads(peerComments.doc)[0]!.anchor) === PASSAGE, { description: "the thread to hold its passage again" });
    expect(readThreads(peerComments.doc)[0]).toMatchObject({ id: threadId, quote: PASSAGE, comments: [expect.objectContaining({ body: "Which parents?" })] });
  });

  it("drops a host's report update while storing the host's comment", async () => {
    const team = await createTeam(suite.server, { host: "host" });
    const reportDoc = reviewDocumentName(team.reviewId, "report");
    const commentsDoc = reviewDocumentName(team.reviewId, "comments");
    const moderator = connect(team.moderator.cookieHeader, reportDoc);
    await moderator.whenSynced();
    writeParagraphs(moderator.doc, [SENTENCE]);
    const hostReport = connect(team.members.host.cookieHeader, reportDoc);
    const hostComments = connect(team.members.host.cookieHeader, commentsDoc);
    const moderatorComments = connect(team.moderator.cookieHeader, commentsDoc);
    await Promise.all([hostReport.whenSynced(), hostComments.whenSynced(), moderatorComments.whenSynced()]);
    await waitFor(() => hostReport.fragment.length === 1, { description: "the host to read the report" });

    paragraphText(hostReport.doc, 0).insert(0, "HOST WAS HERE ");
    const anchor = anchorOn(paragraphText(hostReport.doc, 0), PASSAGE);
    const { threadId } = await postThread(team.members.host, reviewComments(team.reviewId), { anchor, quote: PASSAGE, body: "We met them three times." });
    await waitFor(() => hostReport.permissionDenied().length > 0, { description: "the host to be told its report update was refused" });
    await waitFor(() => readThreads(moderatorComments.doc).length === 1, { description: "the moderator to receive the host's comment" });
    expect(hostComments.permissionDenied()).toEqual([]);
    expect(paragraphText(moderator.doc, 0).toString()).toBe(SENTENCE);

    closeAll();
    await suite.server.restart();
    const freshReport = connect(team.moderator.cookieHeader, reportDoc);
    const freshComments = connect(team.moderator.cookieHeader, commentsDoc);
    await Promise.all([freshReport.whenSynced(), freshComments.whenSynced()]);
    expect(paragraphText(freshReport.doc, 0).toString()).toBe(SENTENCE);
    const [thread] = readThreads(freshComments.doc);
    expect(thread).toMatchObject({ id: threadId, createdBy: team.members.host.user!.id, comments: [expect.objectContaining({ body: "We met them three times." })] });
    expect(anchoredText(freshReport.doc, thread!.anchor)).toBe(PASSAGE);
  });

  it("lets a partner comment, reply and resolve", async () => {
    const team = await createTeam(suite.server, { partner: "partner" });
    const commentsDoc = reviewDocumentName(team.reviewId, "comments");
    const moderatorReport = connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "report"));
    await moderatorReport.whenSynced();
    writeParagraphs(moderatorReport.doc, [SENTENCE]);
    const partner = connect(team.members.partner.cookieHeader, commentsDoc);
    const moderator = connect(team.moderator.cookieHeader, commentsDoc);
    await Promise.all([partner.whenSynced(), moderator.whenSynced()]);
    const target = reviewComments(team.reviewId);
    const { threadId } = await postThread(team.members.partner, target, { anchor: anchorOn(paragraphText(moderatorReport.doc, 0), PASSAGE), quote: PASSAGE, body: "Same in our region." });
    await waitFor(() => readThreads(moderator.doc).length === 1, { description: "the moderator to receive the partner's thread" });
    await postReply(team.moderator, target, threadId, "Thanks, noted.");
    await waitFor(() => readThreads(partner.doc)[0]?.comments.length === 2, { description: "the partner to receive the reply" });
    await resolveThread(team.members.partner, target, threadId, true);
    await waitFor(() => readThreads(moderator.doc)[0]?.resolved === true, { description: "the moderator to see the thread resolved" });
    expect(partner.permissionDenied()).toEqual([]);
  });

  it("stores the host's reply to a finding, and drops a peer's", async () => {
    const team = await createTeam(suite.server, { host: "host", peer: "peer" });
    const selfDoc = reviewDocumentName(team.reviewId, "self");
    const host = connect(team.members.host.cookieHeader, selfDoc);
    const peer = connect(team.members.peer.cookieHeader, selfDoc);
    await Promise.all([host.whenSynced(), peer.whenSynced()]);
    setFindingReply(host.doc, "core-2", { status: "contested", note: "Parents sit on the board since 2024." }, { by: "Host host" });
    await waitFor(() => readFindingReply(peer.doc, "core-2")?.status === "contested", { description: "the peer to see the host's reply" });
    setFindingReply(peer.doc, "core-3", { status: "accepted", note: "" }, { by: "Peer peer" });
    await waitFor(() => peer.permissionDenied().length > 0, { description: "the peer to be told its write was refused" });
    closeAll();
    await suite.server.restart();
    const fresh = connect(team.moderator.cookieHeader, selfDoc);
    await fresh.whenSynced();
    expect(readFindingReply(fresh.doc, "core-2")).toMatchObject({ status: "contested", note: "Parents sit on the board since 2024." });
    expect(readFindingReply(fresh.doc, "core-3")).toBeNull();
  });
});

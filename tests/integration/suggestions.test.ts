import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { API_ROUTES, EDITOR_FRAGMENT, reviewDocumentName } from "@review/shared";
import { encodeAnchor, readThreads, type CommentAnchor } from "@review/shared/comments";
import { expectStatus } from "../support/apiClient.ts";
import { decideSuggestion, postSuggestion } from "../support/commentCommands.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { waitFor } from "../support/waitFor.ts";

const SENTENCE = "The team met migrant parents twice.";

function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  return (doc.getXmlFragment(EDITOR_FRAGMENT).get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

/** The anchor the client makes for a selection: start on the passage's first character, end after its last. */
function anchorOn(text: Y.XmlText, passage: string): CommentAnchor {
  const start = text.toString().indexOf(passage);
  return encodeAnchor(Y.createRelativePositionFromTypeIndex(text, start, 0), Y.createRelativePositionFromTypeIndex(text, start + passage.length, -1));
}

const errorCode = (response: { body: unknown }) => (response.body as { error?: { code?: string } }).error?.code;

describe.each(BACKENDS)("suggested edits of the report (%s)", (backend) => {
  const suite = collabSuite(backend);
  const connect = (cookie: string, docName: string) => suite.connect(cookie, docName);

  /** A team whose report holds SENTENCE, with the moderator's and the host's copies of the report and comments open. */
  async function setUp() {
    const team = await createTeam(suite.server, { peer: "peer", host: "host", partner: "partner" });
    const moderatorReport = connect(team.moderator.cookieHeader, team.reportDoc);
    await moderatorReport.whenSynced();
    appendParagraph(moderatorReport.doc, SENTENCE);
    const hostReport = connect(team.members.host.cookieHeader, team.reportDoc);
    const hostComments = connect(team.members.host.cookieHeader, reviewDocumentName(team.reviewId, "comments"));
    await Promise.all([hostReport.whenSynced(), hostComments.whenSynced()]);
    await waitFor(() => paragraphTexts(hostReport.doc)[0] === SENTENCE, { description: "the host to read the report" });
    return { team, moderatorReport, hostReport, hostComments };
  }

  it("applies a host's suggestion accepted by a peer, live in every copy, and records the decision", async () => {
    const { team, moderatorReport, hostReport, hostComments } = await setUp();
    const created = await postSuggestion(team.members.host, team.reviewId, { anchor: anchorOn(paragraphText(hostReport.doc, 0), "twice"), quote: "twice", replacement: "three times", body: "We met them three times." });
    const { threadId } = expectStatus(created, 201, "suggest").body as { threadId: string };
    await waitFor(() => readThreads(hostComments.doc).length === 1, { description: "the host to see the suggestion" });
    expect(readThreads(hostComments.doc)[0]).toMatchObject({ id: threadId, createdBy: team.members.host.user!.id, suggestion: { quote: "twice", replacement: "three times" }, resolved: false });
    expect(readThreads(hostComments.doc)[0]!.comments[0]?.body).toBe("We met them three times.");

    // Neither the host nor the partner decides; the report is untouched.
    expect((await decideSuggestion(team.members.host, team.reviewId, threadId, "accept")).status).toBe(403);
    expect((await decideSuggestion(team.members.partner, team.reviewId, threadId, "reject")).status).toBe(403);
    expect(paragraphTexts(moderatorReport.doc)).toEqual([SENTENCE]);

    expect((await decideSuggestion(team.members.peer, team.reviewId, threadId, "accept")).status).toBe(204);
    const changed = "The team met migrant parents three times.";
    await waitFor(() => paragraphTexts(hostReport.doc)[0] === changed && paragraphTexts(moderatorReport.doc)[0] === changed, { description: "both copies to receive the accepted edit" });
    await waitFor(() => readThreads(hostComments.doc)[0]?.decision?.status === "accepted", { description: "the decision to reach the host" });
    expect(readThreads(hostComments.doc)[0]).toMatchObject({ resolved: true, resolvedBy: team.members.peer.user!.id, decision: { status: "accepted", by: team.members.peer.user!.id } });

    // Deciding twice is refused, whichever way.
    const again = await decideSuggestion(team.moderator, team.reviewId, threadId, "reject");
    expect([again.status, errorCode(again)]).toEqual([409, "suggestion_decided"]);
    expect(paragraphTexts(moderatorReport.doc)).toEqual([changed]);

    // The host still cannot write the report directly.
    paragraphText(hostReport.doc, 0).insert(0, "HOST WAS HERE ");
    await waitFor(() => hostReport.permissionDenied().length > 0, { description: "the host to be told its report update was refused" });
    const fresh = connect(team.moderator.cookieHeader, team.reportDoc);
    await fresh.whenSynced();
    expect(paragraphTexts(fresh.doc)).toEqual([changed]);
  });

  it("rejects without touching the report, refuses an outdated passage (409) and a final report", async () => {
    const { team, moderatorReport, hostReport, hostComments } = await setUp();
    const text = paragraphText(hostReport.doc, 0);
    const rejected = expectStatus(await postSuggestion(team.members.partner, team.reviewId, { anchor: anchorOn(text, "migrant "), quote: "migrant ", replacement: "" }), 201, "suggest a deletion").body as { threadId: string };
    const outdated = expectStatus(await postSuggestion(team.members.host, team.reviewId, { anchor: anchorOn(text, "parents"), quote: "parents", replacement: "families" }), 201, "suggest").body as { threadId: string };
    await waitFor(() => readThreads(hostComments.doc).length === 2, { description: "the host to see both suggestions" });

    expect((await decideSuggestion(team.moderator, team.reviewId, rejected.threadId, "reject")).status).toBe(204);
    await waitFor(() => readThreads(hostComments.doc).find((thread) => thread.id === rejected.threadId)?.decision?.status === "rejected", { description: "the rejection to arrive" });
    expect(paragraphTexts(moderatorReport.doc)).toEqual([SENTENCE]);

    // The moderator rewrites the passage before anyone decides.
    const moderatorText = paragraphText(moderatorReport.doc, 0);
    moderatorText.insert(SENTENCE.indexOf("parents") + 3, "-");
    await waitFor(() => paragraphTexts(hostReport.doc)[0] === "The team met migrant par-ents twice.", { description: "the host to receive the rewrite" });
    const refused = await decideSuggestion(team.members.peer, team.reviewId, outdated.threadId, "accept");
    expect([refused.status, errorCode(refused)]).toEqual([409, "suggestion_outdated"]);
    expect(paragraphTexts(moderatorReport.doc)).toEqual(["The team met migrant par-ents twice."]);
    expect(readThreads(hostComments.doc).find((thread) => thread.id === outdated.threadId)?.decision).toBeUndefined();

    // A final report takes no suggestion and no accepted edit; a plain thread is not a suggestion.
    expectStatus(await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "final" }), 200, "finalise");
    const late = await postSuggestion(team.members.host, team.reviewId, { anchor: anchorOn(text, "team"), quote: "team", replacement: "group" });
    expect([late.status, errorCode(late)]).toEqual([409, "report_final"]);
    const lockedAccept = await decideSuggestion(team.members.peer, team.reviewId, outdated.threadId, "accept");
    expect([lockedAccept.status, errorCode(lockedAccept)]).toEqual([409, "report_final"]);
  });

  it("parallel accepts and rejects: exactly one decision wins and the edit is applied once; a refused accept leaves the suggestion open", async () => {
    const { team, moderatorReport, hostReport, hostComments } = await setUp();
    const created = await postSuggestion(team.members.host, team.reviewId, { anchor: anchorOn(paragraphText(hostReport.doc, 0), "twice"), quote: "twice", replacement: "twice a month" });
    const { threadId } = expectStatus(created, 201, "suggest").body as { threadId: string };
    await waitFor(() => readThreads(hostComments.doc).length === 1, { description: "the suggestion to arrive" });

    const deciders = [team.moderator, team.members.peer, team.moderator, team.members.peer, team.moderator, team.members.peer];
    const answers = await Promise.all(deciders.map((client, index) => decideSuggestion(client, team.reviewId, threadId, index % 3 === 2 ? "reject" : "accept")));
    expect(answers.filter((answer) => answer.status === 204)).toHaveLength(1);
    for (const answer of answers.filter((one) => one.status !== 204)) expect([answer.status, errorCode(answer)]).toEqual([409, "suggestion_decided"]);
    await waitFor(() => readThreads(hostComments.doc)[0]?.decision !== undefined, { description: "the decision to arrive" });
    const decision = readThreads(hostComments.doc)[0]!.decision!.status;
    const expected = decision === "accepted" ? "The team met migrant parents twice a month." : SENTENCE;
    await waitFor(() => paragraphTexts(moderatorReport.doc)[0] === expected, { description: "the report as decided" });
    expect(paragraphTexts(hostReport.doc)).toEqual([expected]);

    // An accept refused as outdated gives its claim back: the suggestion can still be rejected.
    const second = expectStatus(await postSuggestion(team.members.host, team.reviewId, { anchor: anchorOn(paragraphText(hostReport.doc, 0), "team"), quote: "team", replacement: "peers" }), 201, "suggest").body as { threadId: string };
    await waitFor(() => readThreads(hostComments.doc).length === 2, { description: "the second suggestion to arrive" });
    paragraphText(moderatorReport.doc, 0).insert(SENTENCE.indexOf("team") + 2, "-");
    await waitFor(() => paragraphTexts(hostReport.doc)[0]?.includes("te-am") === true, { description: "the rewrite to arrive" });
    const outdated = await decideSuggestion(team.members.peer, team.reviewId, second.threadId, "accept");
    expect([outdated.status, errorCode(outdated)]).toEqual([409, "suggestion_outdated"]);
    expect((await decideSuggestion(team.moderator, team.reviewId, second.threadId, "reject")).status).toBe(204);
  });

  it("refuses malformed suggestions and non-members", async () => {
    const team = await createTeam(suite.server, { host: "host" });
    const doc = new Y.Doc();
    const text = new Y.XmlText();
    doc.getXmlFragment(EDITOR_FRAGMENT).push([text]);
    text.insert(0, "anything");
    const anchor = anchorOn(text, "any");
    expect((await postSuggestion(team.members.host, team.reviewId, { anchor, quote: "any", replacement: "any" })).status).toBe(400);
    const extra = await team.members.host.post(`/api/reviews/${team.reviewId}/comments/suggestions`, { anchor, suggestion: { kind: "replace", quote: "any", replacement: "some" }, author: "someone-else" });
    expect(extra.status).toBe(400);
    const outsider = await createTeam(suite.server, {});
    expect((await postSuggestion(outsider.moderator, team.reviewId, { anchor, quote: "any", replacement: "some" })).status).toBe(404);
    expect((await decideSuggestion(team.moderator, team.reviewId, "nosuchthread0000", "accept")).status).toBe(404);
  });
});

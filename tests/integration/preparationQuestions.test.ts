import { describe, expect, it } from "vitest";
import { addPreparationQuestion, readPreparationAnswer, readPreparationQuestions, reviewDocumentName, setPreparationAnswer } from "@review/shared";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { waitFor } from "../support/waitFor.ts";

describe.each(BACKENDS)("the peers' preparation questions and the host's answers (%s)", (backend) => {
  const suite = collabSuite(backend);

  it("a peer asks, the host answers, and a host cannot ask nor a peer answer", async () => {
    const team = await createTeam(suite.server, { host: "host", peer: "peer" });
    const questionsDoc = reviewDocumentName(team.reviewId, "questions");
    const briefDoc = reviewDocumentName(team.reviewId, "brief");
    const peerQuestions = suite.connect(team.members.peer.cookieHeader, questionsDoc);
    const hostQuestions = suite.connect(team.members.host.cookieHeader, questionsDoc);
    const peerBrief = suite.connect(team.members.peer.cookieHeader, briefDoc);
    const hostBrief = suite.connect(team.members.host.cookieHeader, briefDoc);
    // A second tab of the peer's: its copy holds nothing the server refused.
    const peerReader = suite.connect(team.members.peer.cookieHeader, briefDoc);
    await Promise.all([peerQuestions, hostQuestions, peerBrief, hostBrief, peerReader].map((connection) => connection.whenSynced()));

    const peer = team.members.peer.user!;
    const id = addPreparationQuestion(peerQuestions.doc, { factorId: "core-1", question: "How many mentors?", evidenceWanted: "Mentor list", askedBy: peer.id, askedByName: peer.name });
    await waitFor(() => readPreparationQuestions(hostQuestions.doc).length === 1, { description: "the host to receive the question" });

    // The host tries to ask a question of its own; the peer tries to answer.
    const host = team.members.host.user!;
    addPreparationQuestion(hostQuestions.doc, { factorId: "core-2", question: "Forged by the host", evidenceWanted: "", askedBy: host.id, askedByName: host.name });
    setPreparationAnswer(peerBrief.doc, id, { text: "Forged by the peer", answeredBy: peer.id });
    await waitFor(() => hostQuestions.permissionDenied().length > 0 && peerBrief.permissionDenied().length > 0, { description: "both refusals" });

    setPreparationAnswer(hostBrief.doc, id, { text: "Twelve mentors.", answeredBy: host.id });
    await waitFor(() => readPreparationAnswer(peerReader.doc, id)?.text === "Twelve mentors.", { description: "the peer to receive the answer" });
    expect(readPreparationAnswer(hostBrief.doc, id)?.text).toBe("Twelve mentors.");
    expect(peerQuestions.permissionDenied()).toEqual([]);
    expect(hostBrief.permissionDenied()).toEqual([]);

    suite.closeAll();
    await suite.server.restart();
    const freshQuestions = suite.connect(team.moderator.cookieHeader, questionsDoc);
    const freshBrief = suite.connect(team.moderator.cookieHeader, briefDoc);
    await Promise.all([freshQuestions.whenSynced(), freshBrief.whenSynced()]);
    // Only the peer's question was kept: the host's forged one reached no store.
    expect(readPreparationQuestions(freshQuestions.doc).map((question) => question.question)).toEqual(["How many mentors?"]);
    expect(readPreparationAnswer(freshBrief.doc, id)?.text).toBe("Twelve mentors.");
  });

  it("a partner reads the questions but cannot write them", async () => {
    const team = await createTeam(suite.server, { peer: "peer", partner: "partner" });
    const questionsDoc = reviewDocumentName(team.reviewId, "questions");
    const peer = suite.connect(team.members.peer.cookieHeader, questionsDoc);
    const partner = suite.connect(team.members.partner.cookieHeader, questionsDoc);
    await Promise.all([peer.whenSynced(), partner.whenSynced()]);
    const partnerUser = team.members.partner.user!;
    addPreparationQuestion(partner.doc, { factorId: "core-1", question: "Forged by a partner", evidenceWanted: "", askedBy: partnerUser.id, askedByName: partnerUser.name });
    await waitFor(() => partner.permissionDenied().length > 0, { description: "the partner's refusal" });
    const peerUser = team.members.peer.user!;
    addPreparationQuestion(peer.doc, { factorId: "core-1", question: "Marker by the peer", evidenceWanted: "", askedBy: peerUser.id, askedByName: peerUser.name });
    await waitFor(() => readPreparationQuestions(partner.doc).some((question) => question.question === "Marker by the peer"), { description: "the partner to read the peer's question" });
    expect(readPreparationQuestions(peer.doc).map((question) => question.question)).toEqual(["Marker by the peer"]);
  });
});

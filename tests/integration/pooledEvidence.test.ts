import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { EDITOR_FRAGMENT, PAPER_ROUTES, PROJECT_ROUTES, pooledEvidenceResponseSchema, reviewDocumentName, type EvidenceCardInput } from "@review/shared";
import { addCard } from "@review/shared/board";
import { expectStatus, networkModeratorClient, signedInClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const CARD: EvidenceCardInput = { text: "Employers co-design the job coaching", source: "workshop", sourceLabel: "Participant 3", tests: [], stance: "supports", visitDay: 2 };

/** Appends a paragraph whose text is linked to `factorId` (the editor's factor mark). */
function appendLinkedPassage(doc: Y.Doc, factorId: string, text: string): void {
  doc.transact(() => {
    const paragraph = new Y.XmlElement("paragraph");
    const run = new Y.XmlText();
    run.applyDelta([{ insert: text, attributes: { factor: { factorIds: [factorId] } } }]);
    paragraph.insert(0, [run]);
    doc.getXmlFragment(EDITOR_FRAGMENT).push([paragraph]);
  });
}

/**
 * Issue 13, item 4: a network moderator writing a cross-cutting section reads one factor's
 * cards and linked report passages from every review; members may not; authors' names are
 * not sent.
 */
describe.each(BACKENDS)("evidence pooled across reviews (%s)", (backend) => {
  const suite = collabSuite(backend);

  it("lists each review's rating, linked passages and cards on the factor, for network moderators only", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const board = suite.connect(team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    const report = suite.connect(team.moderator.cookieHeader, team.reportDoc);
    await Promise.all([board.whenSynced(), report.whenSynced()]);
    const card = addCard(board.doc, "core-3", CARD, { author: team.members.peer.user!.id });
    appendLinkedPassage(report.doc, "core-3", "Employers sit on the steering group.");
    await waitFor(async () => (await team.moderator.rateFactor(team.reviewId, "core-3", { rating: "partly", rationale: "Two employers only", cites: [card.id] })).status === 204, {
      description: "the team rating",
    });

    // A second host project with its own rating on the factor, and a third not rated.
    const desks = expectStatus(await team.moderator.post(PROJECT_ROUTES.list(team.reviewId), { name: "Welcome desks" }), 201, "second project").body.projects[1].id as string;
    expectStatus(await team.moderator.post(PROJECT_ROUTES.list(team.reviewId), { name: "Language cafés" }), 201, "third project");
    expectStatus(await team.moderator.request("PUT", PROJECT_ROUTES.teamRating(team.reviewId, desks, "core-3"), { rating: "wholly", rationale: "Seen", cites: [card.id] }), 204, "second rating");

    const networkModerator = await networkModeratorClient(suite.server, "Network Nora");
    const path = PAPER_ROUTES.pooledEvidence("core-3", "impart");
    const pooled = await waitFor(async () => {
      const body = pooledEvidenceResponseSchema.parse(expectStatus(await networkModerator.get(path), 200, "pooled evidence").body);
      const mine = body.reviews.find((one) => one.review.id === team.reviewId);
      return mine && mine.passages.length > 0 && mine.cards.length > 0 ? mine : undefined;
    }, { description: "the review's evidence pooled" });
    expect(pooled).toMatchObject({
      rating: "partly",
      projects: [
        { name: "Integrated pathways", rating: "partly" },
        { name: "Welcome desks", rating: "wholly" },
        { name: "Language cafés", rating: null },
      ],
      passages: [{ text: "Employers sit on the steering group.", section: null }],
      cards: [{ id: card.id, text: CARD.text, source: "workshop", sourceLabel: "Participant 3", stance: "supports", visitDay: 2 }],
    });
    expect(JSON.stringify(pooled)).not.toContain(team.members.peer.user!.id);

    const member = await signedInClient(suite.server, "Member Max");
    const refused = await member.get(path);
    expect([refused.status, refused.body.error?.reason]).toEqual([403, "network_pools_evidence"]);
    expect((await team.members.peer.get(path)).status).toBe(403);
    expect((await networkModerator.get(PAPER_ROUTES.pooledEvidence("core-99", "impart"))).body.error?.reason).toBe("factor_not_in_benchmark");
    expect((await networkModerator.get("/api/scorecard/evidence")).status).toBe(400);
    expect((await networkModerator.get(`${path}&extra=1`)).status).toBe(400);
  });
});

import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { reviewDocumentName } from "@review/shared";
import { addOfferedEvidence, readSelfAssessment, readSelfFactor, setSelfNote, setSelfRating } from "@review/shared/self";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { waitFor } from "../support/waitFor.ts";

/** The self-assessment as comparable plain data: factors in a fixed order. */
function selfView(doc: Y.Doc) {
  return [...readSelfAssessment(doc)].sort(([a], [b]) => a.localeCompare(b));
}

describe.each(BACKENDS)("host self-assessment (%s)", (backend) => {
  const suite = collabSuite(backend);
  const connect = (cookie: string, docName: string) => suite.connect(cookie, docName);
  const closeAll = suite.closeAll;

  it("a host's self-assessment reaches the moderator live and is stored", async () => {
    const team = await createTeam(suite.server, { host: "host" });
    const selfDoc = reviewDocumentName(team.reviewId, "self");
    const moderator = connect(team.moderator.cookieHeader, selfDoc);
    const host = connect(team.members.host.cookieHeader, selfDoc);
    await Promise.all([moderator.whenSynced(), host.whenSynced()]);

    const hostId = team.members.host.user!.id;
    setSelfRating(host.doc, "core-1", "wholly", { by: hostId });
    setSelfNote(host.doc, "core-1", "Weekly coaching since 2024.", { by: hostId });
    const offered = addOfferedEvidence(host.doc, "core-1", { text: "Annual report 2025", link: "https://example.org/report.pdf" }, { by: hostId });

    await waitFor(() => readSelfFactor(moderator.doc, "core-1").evidenceOffered.length === 1 && readSelfFactor(moderator.doc, "core-1").note !== "", {
      description: "the moderator to receive the host's self-assessment",
    });
    expect(readSelfFactor(moderator.doc, "core-1")).toEqual({
      factorId: "core-1",
      rating: "wholly",
      note: "Weekly coaching since 2024.",
      evidenceOffered: [offered],
      updatedBy: hostId,
      updatedAt: expect.any(String),
    });

    // The moderator writes too (the permission table: self is written by hosts and the moderator).
    setSelfNote(moderator.doc, "core-1", "Weekly coaching since 2024, in two languages.", { by: team.moderator.user!.id });
    await waitFor(() => readSelfFactor(host.doc, "core-1").note.endsWith("two languages."), { description: "the host to receive the moderator's edit" });
    expect(host.permissionDenied()).toEqual([]);
    expect(moderator.permissionDenied()).toEqual([]);

    const converged = selfView(host.doc);
    closeAll();
    await suite.server.restart();
    const fresh = connect(team.moderator.cookieHeader, selfDoc);
    await fresh.whenSynced();
    expect(selfView(fresh.doc)).toEqual(converged);
  });

  it("drops a peer's write to the self-assessment: it reaches no one, is not stored, and the peer is told", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host" });
    const selfDoc = reviewDocumentName(team.reviewId, "self");
    const moderator = connect(team.moderator.cookieHeader, selfDoc);
    const host = connect(team.members.host.cookieHeader, selfDoc);
    const peer = connect(team.members.peer.cookieHeader, selfDoc);
    await Promise.all([moderator.whenSynced(), host.whenSynced(), peer.whenSynced()]);

    const hostId = team.members.host.user!.id;
    setSelfRating(host.doc, "core-1", "partly", { by: hostId });
    await waitFor(() => readSelfFactor(peer.doc, "core-1").rating === "partly", { description: "the peer (reading live) to receive the host's rating" });

    const peerId = team.members.peer.user!.id;
    setSelfRating(peer.doc, "core-1", "not", { by: peerId });
    setSelfNote(peer.doc, "core-2", "Written by a peer", { by: peerId });
    addOfferedEvidence(peer.doc, "core-1", { text: "Forged by a peer" }, { by: peerId });
    await waitFor(() => peer.permissionDenied().length > 0, { description: "the permission-denied auth message to the peer" });

    // Sent after the peer's update on the same server: had that been relayed, it would have arrived first.
    setSelfNote(host.doc, "core-3", "Marker after the peer's write", { by: hostId });
    await waitFor(() => readSelfFactor(moderator.doc, "core-3").note === "Marker after the peer's write", { description: "the moderator to receive the marker" });
    for (const doc of [moderator.doc, host.doc]) {
      expect(readSelfFactor(doc, "core-1")).toMatchObject({ rating: "partly", evidenceOffered: [], updatedBy: hostId });
      expect(readSelfFactor(doc, "core-2").note).toBe("");
    }
    expect(host.permissionDenied()).toEqual([]);

    closeAll();
    await suite.server.restart();
    const fresh = connect(team.moderator.cookieHeader, selfDoc);
    await fresh.whenSynced();
    expect(readSelfFactor(fresh.doc, "core-1")).toMatchObject({ rating: "partly", evidenceOffered: [], updatedBy: hostId });
    expect(readSelfFactor(fresh.doc, "core-2").note).toBe("");
    expect(readSelfFactor(fresh.doc, "core-3").note).toBe("Marker after the peer's write");
  });
});

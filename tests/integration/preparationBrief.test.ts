import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { briefFragment, reviewDocumentName, type BriefFragment } from "@review/shared";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { waitFor } from "../support/waitFor.ts";

/** Appends a paragraph with `text` to one part of the brief, as the editor would. */
function writeParagraph(doc: Y.Doc, part: BriefFragment, text: string) {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = briefFragment(doc, part);
  fragment.insert(fragment.length, [paragraph]);
}

const textOf = (doc: Y.Doc, part: BriefFragment) => briefFragment(doc, part).toString();

describe.each(BACKENDS)("the host's preparation brief (%s)", (backend) => {
  const suite = collabSuite(backend);

  it("the host's project report and baseline context reach the team live and are stored", async () => {
    const team = await createTeam(suite.server, { host: "host", peer: "peer" });
    const briefDoc = reviewDocumentName(team.reviewId, "brief");
    const host = suite.connect(team.members.host.cookieHeader, briefDoc);
    const peer = suite.connect(team.members.peer.cookieHeader, briefDoc);
    await Promise.all([host.whenSynced(), peer.whenSynced()]);

    writeParagraph(host.doc, "projectReport", "A one-stop shop for newcomers.");
    writeParagraph(host.doc, "baselineContext", "Funding: city budget.");
    await waitFor(() => textOf(peer.doc, "baselineContext").includes("city budget"), { description: "the peer to receive the host's brief" });
    expect(textOf(peer.doc, "projectReport")).toContain("one-stop shop");
    expect(host.permissionDenied()).toEqual([]);

    suite.closeAll();
    await suite.server.restart();
    const fresh = suite.connect(team.moderator.cookieHeader, briefDoc);
    await fresh.whenSynced();
    expect(textOf(fresh.doc, "projectReport")).toContain("one-stop shop");
    expect(textOf(fresh.doc, "baselineContext")).toContain("city budget");
  });

  it("drops a peer's and a partner's writes to the brief: they reach no one, are not stored, and the writer is told", async () => {
    const team = await createTeam(suite.server, { host: "host", peer: "peer", partner: "partner" });
    const briefDoc = reviewDocumentName(team.reviewId, "brief");
    const host = suite.connect(team.members.host.cookieHeader, briefDoc);
    const peer = suite.connect(team.members.peer.cookieHeader, briefDoc);
    const partner = suite.connect(team.members.partner.cookieHeader, briefDoc);
    await Promise.all([host.whenSynced(), peer.whenSynced(), partner.whenSynced()]);

    writeParagraph(peer.doc, "projectReport", "Forged by a peer");
    writeParagraph(partner.doc, "baselineContext", "Forged by a partner");
    await waitFor(() => peer.permissionDenied().length > 0 && partner.permissionDenied().length > 0, { description: "the permission-denied messages" });

    // Sent after the readers' updates: had those been relayed, they would have arrived first.
    writeParagraph(host.doc, "projectReport", "Marker by the host");
    await waitFor(() => textOf(peer.doc, "projectReport").includes("Marker by the host"), { description: "the peer to receive the marker" });
    expect(textOf(host.doc, "projectReport")).not.toContain("Forged");
    expect(textOf(host.doc, "baselineContext")).not.toContain("Forged");
    expect(host.permissionDenied()).toEqual([]);

    suite.closeAll();
    await suite.server.restart();
    const fresh = suite.connect(team.moderator.cookieHeader, briefDoc);
    await fresh.whenSynced();
    expect(textOf(fresh.doc, "projectReport")).toContain("Marker by the host");
    expect(textOf(fresh.doc, "projectReport")).not.toContain("Forged");
    expect(textOf(fresh.doc, "baselineContext")).not.toContain("Forged");
  });
});

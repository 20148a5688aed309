import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts, reportXml, typeInto } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

describe.each(BACKENDS)("report sync (%s)", (backend) => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ backend });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("two writers converge on one report", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const a = connect(team.moderator.cookieHeader, team.reportDoc);
    const b = connect(team.members.peer.cookieHeader, team.reportDoc);
    await Promise.all([a.whenSynced(), b.whenSynced()]);

    appendParagraph(a.doc, "Findings: the pathway works.");
    await waitFor(() => paragraphTexts(b.doc).length === 1, { description: "B to receive A's paragraph" });
    expect(paragraphTexts(b.doc)).toEqual(["Findings: the pathway works."]);

    // Concurrent typing into the same paragraph, plus a paragraph each.
    typeInto(a.doc, 0, 0, "[A] ");
    typeInto(b.doc, 0, paragraphTexts(b.doc)[0]!.length, " [B]");
    appendParagraph(a.doc, "Recommendation from A");
    appendParagraph(b.doc, "Recommendation from B");

    await waitFor(() => reportXml(a.doc) === reportXml(b.doc) && paragraphTexts(a.doc).length === 3, {
      description: "both replicas to converge",
    });
    const texts = paragraphTexts(a.doc);
    expect(texts[0]).toBe("[A] Findings: the pathway works. [B]");
    expect(texts.slice(1).sort()).toEqual(["Recommendation from A", "Recommendation from B"]);
    expect(reportXml(b.doc)).toBe(reportXml(a.doc));
  });

  it("a late joiner receives the full state", async () => {
    const team = await createTeam(server, { peer: "peer", partner: "partner" });
    const a = connect(team.moderator.cookieHeader, team.reportDoc);
    const b = connect(team.members.peer.cookieHeader, team.reportDoc);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    for (let i = 0; i < 20; i++) appendParagraph(i % 2 === 0 ? a.doc : b.doc, `line ${i}`);
    await waitFor(() => paragraphTexts(a.doc).length === 20 && reportXml(a.doc) === reportXml(b.doc), {
      description: "A and B to converge",
    });

    const late = connect(team.members.partner.cookieHeader, team.reportDoc);
    await late.whenSynced();
    await waitFor(() => reportXml(late.doc) === reportXml(a.doc), { description: "the late joiner to catch up" });
    expect(paragraphTexts(late.doc).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i}`).sort());
  });

  it("the report survives a server restart", async () => {
    const team = await createTeam(server, { peer: "peer" });
    const a = connect(team.moderator.cookieHeader, team.reportDoc);
    const b = connect(team.members.peer.cookieHeader, team.reportDoc);
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    for (let i = 0; i < 10; i++) appendParagraph(a.doc, `kept ${i}`);
    await waitFor(() => paragraphTexts(b.doc).length === 10, { description: "B to see A's ten paragraphs" });
    const seen = reportXml(b.doc);
    for (const client of clients.splice(0)) client.destroy();

    await server.restart();
    const fresh = connect(team.members.peer.cookieHeader, team.reportDoc);
    await fresh.whenSynced();
    expect(reportXml(fresh.doc)).toBe(seen);
  });
});

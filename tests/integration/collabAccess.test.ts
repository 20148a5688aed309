import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES, COLLAB_PATH, reviewDocumentName } from "@review/shared";
import { readThreads } from "@review/shared/comments";
import { signedInClient } from "../support/apiClient.ts";
import { connectDoc, tryUpgrade, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts, reportXml } from "../support/reportContent.ts";
import { postThread, reviewComments } from "../support/commentCommands.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

describe.each(BACKENDS)("collab access control (%s)", (backend) => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };
  const docUrl = (docName: string) => `${server.wsUrl}${COLLAB_PATH}/${docName}`;

  beforeAll(async () => {
    server = await startTestServer({ backend });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  describe("upgrade", () => {
    it("is accepted for a member with a session and our Origin", async () => {
      const team = await createTeam(server, {});
      // Positive control for the refusals below: the same request with a valid session stays open.
      const outcome = await tryUpgrade(docUrl(team.reportDoc), { cookie: team.moderator.cookieHeader, origin: server.origin }, 1_500);
      expect(outcome).toEqual({ kind: "open" });
    });

    it("without a session is refused with 401", async () => {
      const team = await createTeam(server, {});
      const outcome = await tryUpgrade(docUrl(team.reportDoc), { origin: server.origin });
      expect(outcome).toMatchObject({ kind: "refused", status: 401 });
    });

    it("with a bogus session cookie is refused with 401", async () => {
      const team = await createTeam(server, {});
      const bogus = team.moderator.cookieHeader.replace(/=([^;]*)/, "=notavalidsessionid0000000000");
      const outcome = await tryUpgrade(docUrl(team.reportDoc), { cookie: bogus, origin: server.origin });
      expect(outcome).toMatchObject({ kind: "refused", status: 401 });
    });

    it("with the cookie of a signed-out session is refused with 401", async () => {
      const team = await createTeam(server, {});
      const cookie = team.moderator.cookieHeader;
      expect((await team.moderator.post(API_ROUTES.logout)).status).toBe(204);
      const outcome = await tryUpgrade(docUrl(team.reportDoc), { cookie, origin: server.origin });
      expect(outcome).toMatchObject({ kind: "refused", status: 401 });
    });

    it("from a foreign Origin is refused with 403", async () => {
      const team = await createTeam(server, {});
      const outcome = await tryUpgrade(docUrl(team.reportDoc), {
        cookie: team.moderator.cookieHeader,
        origin: "http://evil.example",
      });
      expect(outcome).toMatchObject({ kind: "refused", status: 403 });
    });

    it("without any Origin is refused with 403", async () => {
      const team = await createTeam(server, {});
      const outcome = await tryUpgrade(docUrl(team.reportDoc), { cookie: team.moderator.cookieHeader });
      expect(outcome).toMatchObject({ kind: "refused", status: 403 });
    });

    it("by a signed-in non-member is refused with 403", async () => {
      const team = await createTeam(server, {});
      const outsider = await signedInClient(server, "Outsider Otto");
      const outcome = await tryUpgrade(docUrl(team.reportDoc), { cookie: outsider.cookieHeader, origin: server.origin });
      expect(outcome).toMatchObject({ kind: "refused", status: 403 });
    });

    it("for a malformed document name is refused with 404", async () => {
      const team = await createTeam(server, {});
      const headers = { cookie: team.moderator.cookieHeader, origin: server.origin };
      for (const name of [`review:${team.reviewId}:nonsense`, "review:short:report", "paper", `something-else`]) {
        const outcome = await tryUpgrade(docUrl(name), headers);
        expect(outcome, name).toMatchObject({ kind: "refused", status: 404 });
      }
    });

    it("for a well-formed document of a review that does not exist is refused", async () => {
      const team = await createTeam(server, {});
      const missing = reviewDocumentName("zzzzzzzzzzzzzzzz", "report");
      const outcome = await tryUpgrade(docUrl(missing), { cookie: team.moderator.cookieHeader, origin: server.origin });
      // Not being a member of a review that does not exist must not reveal whether it exists.
      expect(outcome.kind).toBe("refused");
      expect([403, 404]).toContain((outcome as { status: number }).status);
    });
  });

  describe("read-only roles", () => {
    it.each(["host", "partner"] as const)("a %s's report update is dropped, never relayed nor stored", async (role) => {
      const team = await createTeam(server, { peer: "peer", reader: role });
      const writer = connect(team.moderator.cookieHeader, team.reportDoc);
      const peer = connect(team.members.peer.cookieHeader, team.reportDoc);
      const reader = connect(team.members.reader.cookieHeader, team.reportDoc);
      await Promise.all([writer.whenSynced(), peer.whenSynced(), reader.whenSynced()]);

      appendParagraph(writer.doc, "moderator text");
      await waitFor(() => paragraphTexts(reader.doc).length === 1 && paragraphTexts(peer.doc).length === 1, {
        description: "the reader and the peer to receive the moderator's text (reading works live)",
      });

      appendParagraph(reader.doc, "forbidden text");
      await waitFor(() => reader.permissionDenied().length > 0, {
        description: "the permission-denied auth message to the read-only client",
      });

      // A later write by the moderator reaches the peer; had the reader's update been
      // relayed, it would have arrived before this one on the same socket.
      appendParagraph(writer.doc, "marker after the forbidden write");
      await waitFor(() => paragraphTexts(peer.doc).includes("marker after the forbidden write"), {
        description: "the peer to receive the marker",
      });
      expect(paragraphTexts(peer.doc)).not.toContain("forbidden text");
      expect(paragraphTexts(writer.doc)).not.toContain("forbidden text");
      const serverView = reportXml(writer.doc);

      // A fresh client after a restart sees exactly what was stored.
      for (const client of clients.splice(0)) client.destroy();
      await server.restart();
      const fresh = connect(team.members.peer.cookieHeader, team.reportDoc);
      await fresh.whenSynced();
      expect(paragraphTexts(fresh.doc)).toEqual(["moderator text", "marker after the forbidden write"]);
      expect(reportXml(fresh.doc)).toBe(serverView);
    });

    it("a host may still comment (through the comment commands: the document is server-written)", async () => {
      const team = await createTeam(server, { host: "host" });
      const commentsDoc = reviewDocumentName(team.reviewId, "comments");
      const host = connect(team.members.host.cookieHeader, commentsDoc);
      const moderator = connect(team.moderator.cookieHeader, commentsDoc);
      await Promise.all([host.whenSynced(), moderator.whenSynced()]);
      const { threadId } = await postThread(team.members.host, reviewComments(team.reviewId), { body: "a host comment" });
      await waitFor(() => readThreads(moderator.doc).find((thread) => thread.id === threadId)?.comments[0]?.body === "a host comment", {
        description: "the moderator to receive the host's comment",
      });
      expect(host.permissionDenied()).toEqual([]);
    });
  });
});

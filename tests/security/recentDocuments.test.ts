import { describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import {
  API_ROUTES,
  COLLAB_PATH,
  PAPER_RECOMMENDATION_ROUTES,
  PAPER_ROUTES,
  PAPER_VERSION_ROUTES,
  PROGRAMME_ROUTES,
  RECOMMENDATION_ROUTES,
  SCORECARD_DOCUMENT_NAME,
  SCORECARD_SIGNAL,
  networkRecommendationsResponseSchema,
  paperDocumentName,
  paperResponseSchema,
  participantNamesResponseSchema,
  recommendationListResponseSchema,
  reviewDocumentName,
} from "@review/shared";
import { addDay, addSession, newProgrammeId, programmeSessions } from "@review/shared/programme";
import { expectStatus, networkModeratorClient, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { permissionDeniedReason, tryUpgrade } from "../support/collabClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { encodeUpdateMessage, openRawCollabSocket } from "../support/rawCollab.ts";
import { appendRecommendation, paragraphTexts } from "../support/reportContent.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const REAL_NAME = "Henrike Secret-Realname";

/**
 * Issue 10's attacks on the documents added since: the score card signal (server-written), the
 * visit programme (the review team writes it; real names only through the moderators' commands)
 * and a policy paper's recommendations (their writers' commands). Every attack is what a
 * modified client can send: a crafted update on a raw socket, or a crafted command.
 */
describe.each(BACKENDS)("recent documents under attack (%s)", (backend) => {
  const suite = collabSuite(backend);

  /** A raw socket that records whether the server told it an update was refused. */
  type Attacker = { socket: WebSocket; denied: () => boolean };
  async function attacker(client: ApiClient, docName: string): Promise<Attacker> {
    const socket = await openRawCollabSocket(`${suite.server.wsUrl}${COLLAB_PATH}/${docName}`, { cookie: client.cookieHeader, origin: suite.server.origin });
    let denied = false;
    socket.on("message", (data: Buffer) => {
      if (permissionDeniedReason(new Uint8Array(data)) !== null) denied = true;
    });
    return { socket, denied: () => denied };
  }

  it("nobody writes the score card signal: a forged counter or root from any account is refused, never relayed nor stored", async () => {
    const admin = await signedInClient(suite.server, "Admin Ada");
    const team = await createTeam(suite.server, { peer: "peer" });
    const member = await signedInClient(suite.server, "Member Max");
    const observer = suite.connect(member.cookieHeader, SCORECARD_DOCUMENT_NAME);
    await observer.whenSynced();
    const counter = () => observer.doc.getMap<unknown>(SCORECARD_SIGNAL.root).get(SCORECARD_SIGNAL.changed);
    const before = counter();

    // Even the administrator and a review's moderator only read it.
    const attacks: { who: string; raw: Attacker }[] = [];
    for (const [who, client] of [["administrator", admin], ["moderator", team.moderator], ["peer", team.members.peer], ["member", member]] as const) {
      const forged = new Y.Doc();
      forged.getMap(SCORECARD_SIGNAL.root).set(SCORECARD_SIGNAL.changed, 1_000_000);
      forged.getMap("forged").set("by", who);
      const raw = await attacker(client, SCORECARD_DOCUMENT_NAME);
      raw.socket.send(encodeUpdateMessage(Y.encodeStateAsUpdate(forged)));
      attacks.push({ who, raw });
    }
    await waitFor(() => attacks.every((attack) => attack.raw.denied()), { description: "every forged update to be refused" });

    // A real change moves the counter: had the server taken a forged update, it would have arrived first.
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.review(team.reviewId), { title: "Renamed for the card" }), 200, "rename");
    await waitFor(() => counter() !== before, { description: "the server's bump to reach the observer" });
    expect(counter()).not.toBe(1_000_000);
    expect(observer.doc.share.has("forged")).toBe(false);
    for (const attack of attacks) attack.raw.socket.close();

    suite.closeAll();
    await suite.server.restart();
    const fresh = suite.connect(member.cookieHeader, SCORECARD_DOCUMENT_NAME);
    await fresh.whenSynced();
    await waitFor(() => fresh.doc.getMap(SCORECARD_SIGNAL.root).get(SCORECARD_SIGNAL.changed) !== undefined, { description: "the stored counter" });
    expect(fresh.doc.getMap(SCORECARD_SIGNAL.root).get(SCORECARD_SIGNAL.changed)).not.toBe(1_000_000);
    expect(fresh.doc.getMap("forged").size).toBe(0);
  });

  it("hosts and partners only read the programme, outsiders cannot open it, and real names reach moderators alone", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host", partner: "partner" });
    const outsider = await signedInClient(suite.server, "Outsider Otto");
    const docName = reviewDocumentName(team.reviewId, "programme");
    const personId = newProgrammeId();
    const dayId = newProgrammeId();
    const sessionId = newProgrammeId();
    const planner = suite.connect(team.moderator.cookieHeader, docName);
    const observer = suite.connect(team.members.peer.cookieHeader, docName);
    await Promise.all([planner.whenSynced(), observer.whenSynced()]);
    addDay(planner.doc, { id: dayId, date: "2027-03-01" });
    addSession(planner.doc, {
      id: sessionId, dayId, kind: "interview", start: "09:00", title: "Job centre", place: "Room 2",
      factorIds: ["core-1"], people: [{ id: personId, label: "Participant 1", pseudonymised: true }],
    });
    expectStatus(await team.moderator.request("PUT", PROGRAMME_ROUTES.participantName(team.reviewId, personId), { name: REAL_NAME }), 204, "the real name");
    await waitFor(() => programmeSessions(observer.doc).length === 1, { description: "the session to reach the peer" });

    // A host and a partner send a forged session and delete the moderator's, from a copy of the document.
    const attacks: Attacker[] = [];
    for (const who of ["host", "partner"] as const) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(planner.doc));
      const before = Y.encodeStateVector(copy);
      copy.transact(() => {
        copy.getMap("sessions").delete(sessionId);
        addSession(copy, {
          id: newProgrammeId(), dayId, kind: "workshop", start: "10:00", title: `Forged by the ${who}`, place: "",
          factorIds: [], people: [{ id: newProgrammeId(), label: REAL_NAME, pseudonymised: false }],
        });
      });
      const raw = await attacker(team.members[who], docName);
      raw.socket.send(encodeUpdateMessage(Y.encodeStateAsUpdate(copy, before)));
      attacks.push(raw);
    }
    await waitFor(() => attacks.every((raw) => raw.denied()), { description: "the host's and partner's updates to be refused" });
    expect(await tryUpgrade(`${suite.server.wsUrl}${COLLAB_PATH}/${docName}`, { cookie: outsider.cookieHeader, origin: suite.server.origin })).toMatchObject({ kind: "refused", status: 403 });

    // Nobody but a moderator reads or writes the real names, crafted bodies included.
    for (const client of [team.members.peer, team.members.host, team.members.partner, outsider]) {
      expect([403, 404]).toContain((await client.get(PROGRAMME_ROUTES.participantNames(team.reviewId))).status);
      for (const body of [{ name: "Hijack" }, { name: "Hijack", updatedBy: team.moderator.user!.id }]) {
        expect([400, 403, 404]).toContain((await client.request("PUT", PROGRAMME_ROUTES.participantName(team.reviewId, personId), body)).status);
      }
      expect([403, 404]).toContain((await client.request("DELETE", PROGRAMME_ROUTES.participantName(team.reviewId, personId))).status);
    }

    // A marker after the attacks: anything applied before it would have reached the peer first.
    addDay(planner.doc, { id: newProgrammeId(), date: "2027-03-02" });
    await waitFor(() => observer.doc.getMap("days").size === 2, { description: "the marker day to reach the peer" });
    expect(programmeSessions(observer.doc).map((session) => session.id)).toEqual([sessionId]);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(observer.doc))).not.toContain("Realname");
    const names = participantNamesResponseSchema.parse(expectStatus(await team.moderator.get(PROGRAMME_ROUTES.participantNames(team.reviewId)), 200, "names").body);
    expect(names.names).toEqual([{ personId, name: REAL_NAME }]);
    for (const raw of attacks) raw.socket.close();

    suite.closeAll();
    await suite.server.restart();
    const fresh = suite.connect(team.members.host.cookieHeader, docName);
    await fresh.whenSynced();
    await waitFor(() => fresh.doc.getMap("days").size === 2, { description: "the stored programme" });
    expect(programmeSessions(fresh.doc).map((session) => session.title)).toEqual(["Job centre"]);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(fresh.doc))).not.toContain("Realname");
  });

  it("a member who does not write a paper can neither address nor follow up its recommendations, by command or by update", async () => {
    const moderator = await networkModeratorClient(suite.server, "Moderator Mia");
    const member = await signedInClient(suite.server, "Member Mallory");
    const paper = paperResponseSchema.parse(expectStatus(await moderator.post(PAPER_ROUTES.list, { title: "Migrant voice" }), 201, "create paper").body).paper;
    const docName = paperDocumentName(paper.id);
    const writer = suite.connect(moderator.cookieHeader, docName);
    await writer.whenSynced();
    appendRecommendation(writer.doc, "rec_voice", "Ask projects for a clear rationale.");
    const list = async () => recommendationListResponseSchema.parse(expectStatus(await moderator.get(PAPER_RECOMMENDATION_ROUTES.list(paper.id)), 200, "list").body).recommendations;
    await waitFor(async () => (await list()).length === 1, { description: "the recommendation listed" });
    expectStatus(await moderator.request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paper.id, "rec_voice"), { addressees: ["managing_authorities"] }), 200, "the writer addresses it");

    // The commands take the writer from the session: a member is refused whatever the body claims.
    const refusedWith = async (response: Promise<{ status: number; body: unknown }>, what: string) => {
      const answer = await response;
      expect(answer.status, what).toBeGreaterThanOrEqual(400);
      expect(answer.status, what).toBeLessThan(500);
    };
    await refusedWith(member.request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paper.id, "rec_voice"), { addressees: ["ngos"] }), "addressees");
    await refusedWith(member.request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paper.id, "rec_voice"), { addressees: ["ngos"], by: moderator.user!.id }), "addressees with a forged author");
    await refusedWith(member.request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paper.id, "rec_forged"), { addressees: ["ngos"] }), "addressees of an unknown recommendation");
    const forbidden = await member.request("PUT", PAPER_RECOMMENDATION_ROUTES.addressees(paper.id, "rec_voice"), { addressees: ["ngos"] });
    expect(forbidden.body).toMatchObject({ error: { code: "forbidden", reason: "paper_recommendations_by_writers" } });

    // A crafted update marking a passage of the member's own as a recommendation is refused.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(writer.doc));
    const before = Y.encodeStateVector(copy);
    appendRecommendation(copy, "rec_forged", "Forged by a member");
    const raw = await attacker(member, docName);
    raw.socket.send(encodeUpdateMessage(Y.encodeStateAsUpdate(copy, before)));
    await waitFor(() => raw.denied(), { description: "the member's update to be refused" });

    expectStatus(await moderator.request("PUT", PAPER_VERSION_ROUTES.status(paper.id), { status: "steering_review" }), 200, "to steering review");
    expectStatus(await moderator.request("PUT", PAPER_VERSION_ROUTES.status(paper.id), { status: "published" }), 200, "publish");
    await refusedWith(member.post(PAPER_RECOMMENDATION_ROUTES.followUp(paper.id, "rec_voice"), { status: "done", note: "Done, says the member" }), "follow-up");
    await refusedWith(member.post(PAPER_RECOMMENDATION_ROUTES.followUp(paper.id, "rec_voice"), { status: "done", note: "Done", by: moderator.user!.id }), "follow-up with a forged author");
    expectStatus(await moderator.post(PAPER_RECOMMENDATION_ROUTES.followUp(paper.id, "rec_voice"), { status: "accepted", note: "The writer's note" }), 201, "the writer's follow-up");

    // What every reader sees: the writer's addressees and note only, the forged passage nowhere.
    const seen = await list();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ recommendationId: "rec_voice", addressees: ["managing_authorities"], status: "accepted" });
    expect(seen[0]!.notes.map((note) => note.note)).toEqual(["The writer's note"]);
    const network = networkRecommendationsResponseSchema.parse(
      expectStatus(await member.get(`${RECOMMENDATION_ROUTES.network}?source=paper:${paper.id}`), 200, "network list").body,
    );
    expect(network.recommendations.map((one) => [one.text, one.addressees, one.status])).toEqual([["Ask projects for a clear rationale.", ["managing_authorities"], "accepted"]]);
    raw.socket.close();

    suite.closeAll();
    await suite.server.restart();
    const fresh = suite.connect(member.cookieHeader, docName);
    await fresh.whenSynced();
    await waitFor(() => paragraphTexts(fresh.doc).length > 0, { description: "the stored paper" });
    expect(paragraphTexts(fresh.doc)).toEqual(["Ask projects for a clear rationale."]);
  });
});

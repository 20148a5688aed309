import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { PROGRAMME_ROUTES, participantNamesResponseSchema, reportExportPath, reviewDocumentName } from "@review/shared";
import { addDay, addSession, deleteSession, newProgrammeId, readNamesSignal, readProgramme, updateSession } from "@review/shared/programme";
import { expectStatus } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const REAL_NAME = "Ingrid Realname-Secret";

/**
 * Issue 13, item 1: the visit programme. The document (read by every member) holds only the
 * label of a pseudonymised participant; the real name is kept by the server for moderators.
 */
describe.each(BACKENDS)("programme participants' real names (%s)", (backend) => {
  const suite = collabSuite(backend);

  it("lets only moderators read and write names, refuses bad input, and keeps names out of the document and exports", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host", partner: "partner" });
    const { moderator, reviewId } = team;
    const personId = newProgrammeId();

    // The moderator plans a session with a pseudonymised participant: the document holds the label.
    const programme = suite.connect(moderator.cookieHeader, reviewDocumentName(reviewId, "programme"));
    await programme.whenSynced();
    const dayId = newProgrammeId();
    addDay(programme.doc, { id: dayId, date: "2027-03-01" });
    addSession(programme.doc, {
      id: newProgrammeId(), dayId, kind: "interview", start: "09:00", title: "Participants", place: "Room 2",
      factorIds: ["core-3"], people: [{ id: personId, label: "Participant 1", pseudonymised: true }],
    });
    expectStatus(await moderator.request("PUT", PROGRAMME_ROUTES.participantName(reviewId, personId), { name: REAL_NAME }), 204, "store the name");
    const names = participantNamesResponseSchema.parse(expectStatus(await moderator.get(PROGRAMME_ROUTES.participantNames(reviewId)), 200, "names").body);
    expect(names.names).toEqual([{ personId, name: REAL_NAME }]);

    for (const role of ["peer", "host", "partner"] as const) {
      const client = team.members[role];
      expect((await client.get(PROGRAMME_ROUTES.participantNames(reviewId))).status).toBe(403);
      const put = await client.request("PUT", PROGRAMME_ROUTES.participantName(reviewId, personId), { name: "Hijack" });
      expect(put.status).toBe(403);
      expect(put.body).toMatchObject({ error: { code: "forbidden", reason: "participant_names_by_moderators" } });
      expect((await client.request("DELETE", PROGRAMME_ROUTES.participantName(reviewId, personId))).status).toBe(403);
    }

    for (const bad of [{}, { name: "" }, { name: "x", extra: 1 }, { name: 42 }, { name: "a".repeat(201) }]) {
      expect((await moderator.request("PUT", PROGRAMME_ROUTES.participantName(reviewId, personId), bad)).status).toBe(400);
    }
    expect((await moderator.request("PUT", PROGRAMME_ROUTES.participantName(reviewId, "NOT-AN-ID"), { name: "x" })).status).toBe(400);
    // The refused writes changed nothing.
    expect(participantNamesResponseSchema.parse((await moderator.get(PROGRAMME_ROUTES.participantNames(reviewId))).body).names).toEqual([{ personId, name: REAL_NAME }]);

    // A host reading the programme sees the label and the session, never the real name.
    const hostCopy = suite.connect(team.members.host.cookieHeader, reviewDocumentName(reviewId, "programme"));
    await hostCopy.whenSynced();
    await waitFor(() => readProgramme(hostCopy.doc)[0]?.sessions.length === 1, { description: "the host's copy of the programme" });
    expect(readProgramme(hostCopy.doc)[0]!.sessions[0]!.people).toEqual([{ id: personId, label: "Participant 1", pseudonymised: true }]);
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(hostCopy.doc))).not.toContain("Realname");

    for (const format of ["md", "html", "csv", "json"] as const) {
      const exported = expectStatus(await moderator.get(reportExportPath(reviewId, format)), 200, `export ${format}`);
      expect(exported.text).not.toContain("Realname");
    }

    expectStatus(await moderator.request("DELETE", PROGRAMME_ROUTES.participantName(reviewId, personId)), 204, "forget the name");
    expect(participantNamesResponseSchema.parse((await moderator.get(PROGRAMME_ROUTES.participantNames(reviewId))).body).names).toEqual([]);
  });

  it("forgets the real names of a session a peer deletes, and of a person a peer removes, keeping the others", async () => {
    const team = await createTeam(suite.server, { peer: "peer" });
    const { moderator, reviewId } = team;
    const names = async () =>
      participantNamesResponseSchema.parse(expectStatus(await moderator.get(PROGRAMME_ROUTES.participantNames(reviewId)), 200, "names").body).names.map((entry) => entry.name).sort();
    const programme = suite.connect(moderator.cookieHeader, reviewDocumentName(reviewId, "programme"));
    const peer = suite.connect(team.members.peer.cookieHeader, reviewDocumentName(reviewId, "programme"));
    await Promise.all([programme.whenSynced(), peer.whenSynced()]);
    const dayId = newProgrammeId();
    addDay(programme.doc, { id: dayId, date: "2027-03-01" });
    const person = (label: string) => ({ id: newProgrammeId(), label, pseudonymised: true });
    const [gone, removed, stays, elsewhere] = [person("Participant 1"), person("Participant 2"), person("Participant 3"), person("Participant 4")];
    const session = { dayId, kind: "interview" as const, start: "09:00", place: "", factorIds: ["core-1"] };
    const deleted = { ...session, id: newProgrammeId(), title: "Deleted by the peer", people: [gone] };
    const edited = { ...session, id: newProgrammeId(), title: "Edited by the peer", people: [removed, stays] };
    addSession(programme.doc, deleted);
    addSession(programme.doc, edited);
    addSession(programme.doc, { ...session, id: newProgrammeId(), title: "Untouched", people: [elsewhere] });
    for (const [who, name] of [[gone, "Gone Realname"], [removed, "Removed Realname"], [stays, "Stays Realname"], [elsewhere, "Elsewhere Realname"]] as const) {
      expectStatus(await moderator.request("PUT", PROGRAMME_ROUTES.participantName(reviewId, who.id), { name }), 204, `name ${name}`);
    }
    await waitFor(() => readProgramme(peer.doc)[0]?.sessions.length === 3, { description: "the sessions to reach the peer" });
    await waitFor(() => readNamesSignal(programme.doc) === 4, { description: "one names cue per name stored" });

    // The peer may not touch names, but deleting a session or a person over the socket takes theirs along.
    deleteSession(peer.doc, deleted.id);
    updateSession(peer.doc, edited.id, { people: [stays] });
    await waitFor(async () => (await names()).length === 2, { description: "the removed people's names to be forgotten" });
    expect(await names()).toEqual(["Elsewhere Realname", "Stays Realname"]);
    // Moderators' open tabs are told (the document still holds no name).
    await waitFor(() => readNamesSignal(programme.doc) > 4, { description: "the cue that names were forgotten" });
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(peer.doc))).not.toContain("Realname");
  });

  it("tells another moderator's open programme that names changed, without a name in the document", async () => {
    const team = await createTeam(suite.server, { second: "moderator", host: "host" });
    const { moderator, reviewId } = team;
    const docName = reviewDocumentName(reviewId, "programme");
    const second = suite.connect(team.members.second.cookieHeader, docName);
    const host = suite.connect(team.members.host.cookieHeader, docName);
    await Promise.all([second.whenSynced(), host.whenSynced()]);
    const personId = newProgrammeId();
    expectStatus(await moderator.request("PUT", PROGRAMME_ROUTES.participantName(reviewId, personId), { name: REAL_NAME }), 204, "name");
    await waitFor(() => readNamesSignal(second.doc) === 1, { description: "the cue after a name is set" });
    const seen = participantNamesResponseSchema.parse(expectStatus(await team.members.second.get(PROGRAMME_ROUTES.participantNames(reviewId)), 200, "names").body);
    expect(seen.names).toEqual([{ personId, name: REAL_NAME }]);
    expectStatus(await moderator.request("DELETE", PROGRAMME_ROUTES.participantName(reviewId, personId)), 204, "forget");
    await waitFor(() => readNamesSignal(second.doc) === 2, { description: "the cue after a name is forgotten" });
    await waitFor(() => readNamesSignal(host.doc) === 2, { description: "the host's copy to have the counter" });
    expect(new TextDecoder().decode(Y.encodeStateAsUpdate(host.doc))).not.toContain("Realname");
  });
});

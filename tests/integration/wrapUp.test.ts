import { describe, expect, it } from "vitest";
import { API_ROUTES, WRAP_UP_ROUTES, reviewDocumentName, wrapUpResponseSchema } from "@review/shared";
import { readWrapUp } from "@review/shared/ratings";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { collabSuite } from "../support/collabSuite.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 13, item 2: the daily wrap-up. The review team records a provisional rating per factor
 * and visit day (only moderators change a day that is over), mirrored live into the ratings
 * document; moderators record the feedback to the host, which the whole review reads.
 */
describe.each(BACKENDS)("daily wrap-up and feedback to the host (%s)", (backend) => {
  const suite = collabSuite(backend);

  const record = (client: ApiClient, reviewId: string, factorId: string, day: number | string, body: unknown) =>
    client.request("PUT", WRAP_UP_ROUTES.provisional(reviewId, factorId, day as number), body);
  const wrapUp = async (client: ApiClient, reviewId: string) =>
    wrapUpResponseSchema.parse(expectStatus(await client.get(WRAP_UP_ROUTES.wrapUp(reviewId)), 200, "wrap-up").body);
  const setVisit = async (team: { moderator: ApiClient; reviewId: string }, visitStart: string, visitEnd: string) =>
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.review(team.reviewId), { visitStart, visitEnd }), 200, "visit dates");

  it("records day ratings live for everyone; peers record today's, only moderators change a past day", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host" });
    await setVisit(team, isoDay(-1), isoDay(1));
    const mirror = suite.connect(team.members.host.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await mirror.whenSynced();

    expectStatus(await record(team.moderator, team.reviewId, "core-3", 1, { rating: "not", note: "No employer contacts seen" }), 204, "day 1");
    expectStatus(await record(team.members.peer, team.reviewId, "core-3", 2, { rating: "partly", note: "" }), 204, "peer records today");
    expectStatus(await record(team.members.peer, team.reviewId, "core-4", 3, { rating: null, note: "Not discussed yet" }), 204, "peer records none");
    const past = await record(team.members.peer, team.reviewId, "core-3", 1, { rating: "wholly", note: "" });
    expect([past.status, past.body.error?.reason]).toEqual([403, "moderator_changes_past_days"]);
    expectStatus(await record(team.moderator, team.reviewId, "core-3", 1, { rating: "partly", note: "Corrected" }), 204, "moderator corrects day 1");

    const mirrored = () => readWrapUp(mirror.doc).provisional.map((entry) => [entry.factorId, entry.day, entry.rating, entry.note]).sort();
    // The correction is the last write: once the mirror shows it, it shows everything before it.
    await waitFor(() => mirrored().some(([factorId, day, , note]) => factorId === "core-3" && day === 1 && note === "Corrected"), {
      description: "the mirror shows the corrected day 1",
    });
    expect(mirrored()).toEqual([
      ["core-3", 1, "partly", "Corrected"],
      ["core-3", 2, "partly", ""],
      ["core-4", 3, null, "Not discussed yet"],
    ]);
    const read = await wrapUp(team.members.host, team.reviewId);
    expect(read.days).toBe(3);
    expect(read.provisional.find((entry) => entry.day === 2)?.recordedBy).toBe(team.members.peer.user!.id);

    // The mirror is the server's: a member cannot write it over the socket.
    mirror.doc.getMap("provisionalRatings").set("core-3@9", { factorId: "core-3", day: 9, rating: "wholly", note: "", recordedBy: null, recordedAt: "x" });
    expect((await wrapUp(team.moderator, team.reviewId)).provisional).toHaveLength(3);
  });

  it("refuses hosts, partners, outsiders, factors outside the review, days outside the visit and extra keys", async () => {
    const team = await createTeam(suite.server, { peer: "peer", host: "host", partner: "partner" });
    const ok = { rating: "wholly", note: "" };
    const noVisit = await record(team.moderator, team.reviewId, "core-3", 1, ok);
    expect([noVisit.status, noVisit.body.error?.reason]).toEqual([400, "day_outside_visit"]);
    await setVisit(team, "2024-03-04", "2024-03-06");

    for (const client of [team.members.host, team.members.partner]) {
      expect((await record(client, team.reviewId, "core-3", 1, ok)).body.error?.reason).toBe("team_records_wrap_up");
      expect((await client.request("PUT", WRAP_UP_ROUTES.feedback(team.reviewId), { text: "x", givenOn: "2024-03-06", present: "" })).status).toBe(403);
    }
    expect((await record(team.members.peer, team.reviewId, "core-3", 1, ok)).status).toBe(403);
    expect((await record(team.moderator, team.reviewId, "no-such-factor", 1, ok)).body.error?.reason).toBe("factor_not_in_review");
    expect((await record(team.moderator, team.reviewId, "core-3", 1, ok)).status).toBe(204);
    for (const day of [4, 0, "x", -1]) expect((await record(team.moderator, team.reviewId, "core-3", day, ok)).status, `day ${day}`).toBe(400);
    expect((await record(team.moderator, team.reviewId, "core-3", 2, { ...ok, extra: 1 })).status).toBe(400);
    expect((await record(team.moderator, team.reviewId, "core-3", 2, { rating: "maybe", note: "" })).status).toBe(400);
    expect((await record(team.moderator, team.reviewId, "core-3", 2, { rating: "wholly", note: "n".repeat(281) })).status).toBe(400);
    const feedback = (body: unknown) => team.moderator.request("PUT", WRAP_UP_ROUTES.feedback(team.reviewId), body);
    expect((await feedback({ text: "Thanks", givenOn: "2024-03-06", present: "", extra: true })).status).toBe(400);
    expect((await feedback({ text: "", givenOn: "2024-03-06", present: "" })).status).toBe(400);
    expect((await feedback({ text: "Thanks", givenOn: "06.03.2024", present: "" })).status).toBe(400);
    expect((await team.members.peer.request("PUT", WRAP_UP_ROUTES.feedback(team.reviewId), { text: "x", givenOn: "2024-03-06", present: "" })).body.error?.reason).toBe(
      "moderator_records_visit_feedback",
    );
    const outsider = await signedInClient(suite.server, "Outside Olga");
    expect((await outsider.get(WRAP_UP_ROUTES.wrapUp(team.reviewId))).status).toBe(404);
    expect((await record(outsider, team.reviewId, "core-3", 1, ok)).status).toBe(404);
  });

  it("records the feedback to the host, read live by the host, still readable once the report is final", async () => {
    const team = await createTeam(suite.server, { host: "host" });
    const mirror = suite.connect(team.members.host.cookieHeader, reviewDocumentName(team.reviewId, "ratings"));
    await mirror.whenSynced();
    const given = { text: "Strong employer network; follow-up of drop-outs is missing.", givenOn: "2024-03-06", present: "Mia, Ana (host), two job coaches" };
    expectStatus(await team.moderator.request("PUT", WRAP_UP_ROUTES.feedback(team.reviewId), given), 204, "feedback");
    await waitFor(() => readWrapUp(mirror.doc).feedback?.text === given.text, { description: "the host sees the feedback live" });
    expectStatus(await team.moderator.post(API_ROUTES.reportStatus(team.reviewId), { status: "final" }), 200, "final");
    expect((await wrapUp(team.members.host, team.reviewId)).feedback).toMatchObject({ ...given, recordedBy: team.moderator.user!.id });
  });
});

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { EDITOR_FRAGMENT, paperDocumentName, reviewDocumentName, sourceKey } from "@review/shared";
import { readProgramme } from "@review/shared/programme";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import { loadBoard, readDocument } from "../export/loadReport.ts";
import { installBuiltInBenchmarks } from "../routes/benchmarks/builtInBenchmarks.ts";
import { buildScorecard } from "../routes/papers/scorecard.commands.ts";
import { openPgliteStore } from "../store/pglite.ts";
import type { Store } from "../store/store.ts";
import { DEMO_ACCOUNTS, seedDemo } from "./demo.ts";

/** No room is loaded: every read comes from the store. */
const NO_ROOMS = { loadedDoc: async () => null } as unknown as RoomRegistry;

/** Factor ids linked anywhere in an editor fragment (the `factor` text attribute). */
function linkedFactors(fragment: Y.XmlFragment): string[] {
  const ids: string[] = [];
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { attributes?: { factor?: { factorIds?: string[] } } }[]) ids.push(...(op.attributes?.factor?.factorIds ?? []));
    } else if (node instanceof Y.XmlElement) {
      node.toArray().forEach(visit);
    }
  };
  fragment.toArray().forEach(visit);
  return ids;
}

describe("demo network seed", () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "demo-seed-"));
    store = await openPgliteStore(path.join(dir, "data"));
    await installBuiltInBenchmarks(store);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("seeds three reviews across the three themes, rated boards, self-assessment and a linked paper, once", async () => {
    expect(await seedDemo(store)).toEqual({ seeded: true });
    const elena = (await store.findUserByEmail(DEMO_ACCOUNTS[0]!.email))!;
    const reviews = await store.listReviewsForUser(elena.id);
    expect(reviews).toHaveLength(4);
    expect(new Set(reviews.map((review) => review.modules[0]))).toEqual(new Set(["assessment-validation", "anti-discrimination", "territorial-approach"]));
    // Each review's theme is its thematic module, by id.
    expect(reviews.every((review) => review.themeModuleId === review.modules[0])).toBe(true);
    expect(new Set(reviews.map((review) => review.country)).size).toBe(3);
    expect(reviews.every((review) => review.role === "moderator")).toBe(true);
    for (const review of reviews) {
      const members = await store.listMembers(review.id);
      const roleOf = (email: string) => members.find((member) => member.email === email)?.role;
      // The accounts the tests sign in as keep their roles; each team has three to five distinct peers.
      expect([roleOf("elena@example.org"), roleOf("jonas@example.org")]).toEqual(["moderator", "peer"]);
      expect(new Set([roleOf("aoife@example.org"), roleOf("luca@example.org")])).toEqual(new Set(["host", "partner"]));
      const peers = members.filter((member) => member.role === "peer");
      expect(peers.length).toBeGreaterThanOrEqual(3);
      expect(peers.length).toBeLessThanOrEqual(5);
      expect(new Set(peers.map((peer) => peer.name)).size).toBe(peers.length);
    }
    // The first demo review keeps its title and its started report.
    const first = reviews.find((review) => review.title === "Peer review: Pathways to Work")!;
    expect((await store.loadDocument(reviewDocumentName(first.id, "report"))).updates).toHaveLength(1);
    const addressed = (await store.listRecommendationRows([{ kind: "review", id: first.id }])).get(`review:${first.id}`)?.addressees;
    expect(addressed?.get("demo-rec-validation")).toEqual(["national_regional_authorities", "skills_bodies"]);
    // The policy paper's recommendations are marked in its text and addressed too.
    const [paper] = await store.listPapers();
    const paperRows = (await store.listRecommendationRows([{ kind: "paper", id: paper!.id }])).get(`paper:${paper!.id}`);
    expect(paperRows?.addressees.get("demo-paper-rec-governance")).toEqual(["projects", "ngos"]);
    // It covers several of the final report's cross-cutting issues, addressed to the actors of its table.
    expect(paperRows?.addressees.size).toBeGreaterThanOrEqual(5);
    expect(new Set([...paperRows!.addressees.values()].flat())).toEqual(
      new Set(["european_commission", "managing_authorities", "national_regional_authorities", "employers_bodies", "ngos", "projects"]),
    );
    // The Aragón visit covered two host projects, each with its own team ratings.
    const aragon = reviews.find((review) => review.title === "Peer review: Local Integration Partnership")!;
    const projects = await store.listProjects(aragon.id);
    expect(projects.map((project) => project.name)).toEqual(["Local Integration Partnership, Government of Aragón", "Welcome Desks for Newcomers, City of Zaragoza"]);
    const aragonRatings = await store.listTeamRatings(aragon.id);
    expect(projects.every((project) => aragonRatings.filter((row) => row.projectId === project.id).length >= 6)).toBe(true);
    expect(aragonRatings.find((row) => row.projectId === projects[1]!.id && row.factorId === "core-1")?.rating).toBe("wholly");
    expect((await store.listProjects(first.id)).map((project) => project.id)).toEqual([first.id]);
    // Its history holds the team's earlier notes, by the peer, to compare with.
    const versions = await store.listVersions(reviewDocumentName(first.id, "report"));
    expect(versions.map((version) => ({ kind: version.kind, label: version.label }))).toEqual([{ kind: "named", label: "Notes after day 2" }]);

    // Its visit programme: three planned days inside the visit, sessions matching the cards' evidence,
    // pseudonymised people by label only, their real names kept for the moderator.
    const days = await readDocument({ store, rooms: NO_ROOMS }, reviewDocumentName(first.id, "programme"), (doc) => readProgramme(doc));
    expect(days.map((day) => day.date)).toEqual(["2026-03-09", "2026-03-10", "2026-03-11"]);
    const sessions = days.flatMap((day) => day.sessions);
    expect(sessions.length).toBeGreaterThanOrEqual(6);
    expect(sessions.length).toBeLessThanOrEqual(10);
    const pseudonymised = sessions.flatMap((session) => session.people).filter((person) => person.pseudonymised);
    expect(pseudonymised.length).toBeGreaterThanOrEqual(2);
    expect(pseudonymised.every((person) => /^Participant \d+$/.test(person.label))).toBe(true);
    const names = await store.listParticipantNames(first.id);
    expect(new Set(names.map((entry) => entry.personId))).toEqual(new Set(pseudonymised.map((person) => person.id)));
    const programmeText = JSON.stringify(days);
    expect(names.every((entry) => !programmeText.includes(entry.name))).toBe(true);
    const firstCards = [...(await loadBoard({ store, rooms: NO_ROOMS }, first.id)).values()].flatMap((state) => state.cards);
    const linked = firstCards.filter((card) => card.sessionId);
    expect(linked.length).toBeGreaterThan(firstCards.length / 2);
    // A card's session is on the card's visit day.
    const dayOf = new Map(days.flatMap((day, index) => day.sessions.map((session) => [session.id, index + 1])));
    expect(linked.every((card) => dayOf.get(card.sessionId!) === card.visitDay)).toBe(true);

    for (const review of reviews) {
      const board = await loadBoard({ store, rooms: NO_ROOMS }, review.id);
      const rated = [...board.values()].filter((state) => state.rating !== null);
      expect(rated.length).toBeGreaterThan(board.size / 2);
      // Every rating cites cards shown on its factor (the board writers' invariant).
      for (const state of rated) expect(state.cites.every((id) => state.cards.some((card) => card.id === id))).toBe(true);
      // Hand-written cards: every factor has some, no text twice, written by several peers of the team,
      // from varied sources, on days inside the four-day visit.
      const cards = [...board.values()].flatMap((state) => state.cards);
      expect([...board.values()].every((state) => state.cards.length > 0)).toBe(true);
      expect(new Set(cards.map((card) => card.text)).size).toBe(cards.length);
      const peerIds = new Set((await store.listMembers(review.id)).filter((member) => member.role === "peer").map((member) => member.userId));
      expect(cards.every((card) => peerIds.has(card.author))).toBe(true);
      expect(new Set(cards.map((card) => card.author)).size).toBe(peerIds.size);
      expect(new Set(cards.map((card) => card.source)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(cards.map((card) => card.sourceLabel)).size).toBeGreaterThan(cards.length / 2);
      expect(cards.every((card) => card.visitDay === null || (card.visitDay >= 1 && card.visitDay <= 4))).toBe(true);
      expect(cards.some((card) => /seen during the visit and confirmed by staff/.test(card.text))).toBe(false);
      // A "not matched" rating rests on cards that contradict the factor; "wholly" on none that do.
      for (const state of rated) {
        const stances = state.cards.map((card) => card.stance);
        if (state.rating === "not") expect(stances).toContain("contradicts");
        if (state.rating === "wholly") expect(stances).not.toContain("contradicts");
      }
    }

    const scorecard = await buildScorecard({ store }, elena.id, "impart");
    // One entry per host project: Aragón's visit covered two.
    expect(scorecard.reviews).toHaveLength(5);
    // The migrant voice is partly matched in every review (the final report on Aragón's Immigration Forum).
    expect(scorecard.counts["core-2"]).toMatchObject({ partly: 5 });
    // Flanders' project was mainstreamed (the final report): wholly, where Aragón is partly.
    const flanders = scorecard.reviews.find((review) => review.country === "Belgium")!;
    expect(flanders.ratings["core-6"]).toBe("wholly");
    // Pathways to Work was reviewed twice: the 2026 review is the second round of the 2025 one.
    const earlier = reviews.find((review) => review.title.includes("first round, 2025"))!;
    expect(scorecard.reviews.find((review) => review.id === first.id)?.followsReviewId).toBe(earlier.id);
    expect(scorecard.reviews.some((review) => Object.keys(review.selfRatings).length > 0)).toBe(true);
    // The 2026 visit's daily wrap-up ends on the team's ratings, and its feedback to the host is recorded.
    const provisional = await store.listProvisionalRatings(first.id);
    const lastDay = new Map(provisional.map((entry) => [entry.factorId, entry.rating]));
    const teamRatings = new Map((await store.listTeamRatings(first.id)).map((rating) => [rating.factorId, rating.rating]));
    for (const [factorId, rating] of lastDay) expect(rating, factorId).toBe(teamRatings.get(factorId));
    expect(await store.findVisitFeedback(first.id)).toMatchObject({ givenOn: "2026-03-12" });
    // The first round's report is final, through host review, and its recommendations were followed up since.
    expect(earlier.reportStatus).toBe("final");
    expect((await store.listReportStatusChanges(earlier.id)).map((change) => change.to)).toEqual(["final", "host_review"]); // newest first
    const owner = { kind: "review", id: earlier.id } as const;
    const rows = (await store.listRecommendationRows([owner])).get(sourceKey(owner))!;
    expect(rows.addressees.size).toBe(3);
    expect(rows.notes.map((note) => note.status)).toContain("done");

    const papers = await store.listPapers();
    expect(papers).toHaveLength(1);
    const links = await readDocument({ store, rooms: NO_ROOMS }, paperDocumentName(papers[0]!.id), (doc) => linkedFactors(doc.getXmlFragment(EDITOR_FRAGMENT)));
    expect(links).toEqual(expect.arrayContaining(["core-1", "core-2"]));

    // A restart seeds nothing again.
    expect(await seedDemo(store)).toEqual({ seeded: false });
    expect(await store.listReviewsForUser(elena.id)).toHaveLength(4);
    expect(await store.listPapers()).toHaveLength(1);
  });
});

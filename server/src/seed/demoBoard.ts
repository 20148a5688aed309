import * as Y from "yjs";
import type { Benchmark, EvidenceCardInput, Factor, Rating } from "@review/shared";
import { addCard } from "@review/shared/board";
import { setSelfRating } from "@review/shared/self";
import type { DemoCard } from "./demoCards/types.ts";
import type { DemoReview } from "./demoReviews.ts";

const RATIONALE: Record<Rating, string> = {
  wholly: "Consistent evidence from interviews and documents across the visit days.",
  partly: "Good practice exists but is not systematic; evidence is uneven across sources.",
  not: "The team found no evidence of this in practice; the host agreed it is a gap.",
};

/** Who writes the demo: the peers by email (card authors), the moderator and the host. */
type Writer = { peers: Map<string, string>; moderatorId: string; hostId: string | null; at: string };

function cardInput(factor: Factor, card: DemoCard): EvidenceCardInput {
  // The card files are hand-written: a wrong test index would silently point at another test.
  if (card.tests.some((index) => index >= factor.tests.length)) throw new Error(`Demo card on ${factor.id} names a test it does not have`);
  return { text: card.text, source: card.source, sourceLabel: card.label, tests: card.tests, stance: card.stance, visitDay: card.day, sessionId: card.session ?? null };
}

/** A team rating of the demo, as the rating command would store it. */
export type DemoTeamRating = { factorId: string; rating: Rating; rationale: string; cites: string[] };

/**
 * The demo review's board as one update, written with the shared board writers so that it
 * is exactly what the app would have written: the team's hand-written cards on every factor
 * in scope, each by the peer who noted it; and the team ratings (citing those cards) of the
 * factors the plan rates, which the caller stores as rows.
 */
export function demoBoard(
  benchmark: Benchmark,
  review: DemoReview,
  writer: Writer,
): { update: Uint8Array; teamRatings: DemoTeamRating[]; moreProjects: { name: string; teamRatings: DemoTeamRating[] }[] } {
  const doc = new Y.Doc();
  const teamRatings: DemoTeamRating[] = [];
  const moreProjects = (review.moreProjects ?? []).map((project) => ({ name: project.name, team: project.team, teamRatings: [] as DemoTeamRating[] }));
  for (const module of benchmark.modules) {
    if (module.kind !== "core" && module.id !== review.module) continue;
    for (const factor of module.factors) {
      const notes = review.cards[factor.id] ?? [];
      if (notes.length === 0) throw new Error(`Demo review "${review.title}" has no cards on ${factor.id}`);
      const cards = notes.map((note) => {
        const author = writer.peers.get(note.by);
        if (!author) throw new Error(`Demo card on ${factor.id} by ${note.by}, who is not a peer of "${review.title}"`);
        return addCard(doc, factor.id, cardInput(factor, note), { author, createdAt: writer.at });
      });
      const rating = review.team[factor.id];
      if (rating) teamRatings.push({ factorId: factor.id, rating, rationale: RATIONALE[rating], cites: cards.map((card) => card.id) });
      for (const project of moreProjects) {
        const projectRating = project.team[factor.id];
        if (projectRating) project.teamRatings.push({ factorId: factor.id, rating: projectRating, rationale: RATIONALE[projectRating], cites: cards.map((card) => card.id) });
      }
    }
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, teamRatings, moreProjects: moreProjects.map(({ name, teamRatings: ratings }) => ({ name, teamRatings: ratings })) };
}

/** The host's self-assessment ratings as one update (null when the review has no host account). */
export function demoSelfUpdate(review: DemoReview, writer: Writer): Uint8Array | null {
  if (!writer.hostId) return null;
  const doc = new Y.Doc();
  for (const [factorId, rating] of Object.entries(review.self)) setSelfRating(doc, factorId, rating, { by: writer.hostId, at: writer.at });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

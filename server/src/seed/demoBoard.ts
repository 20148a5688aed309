import * as Y from "yjs";
import type { Benchmark, Factor, Rating, SourceKind, Stance } from "@review/shared";
import { addCard } from "@review/shared/board";
import { setSelfRating } from "@review/shared/self";
import type { DemoReview } from "./demoReviews.ts";

const SOURCES: SourceKind[] = ["interview", "document", "observation", "workshop", "statistic"];

const FINDING: Record<Stance, string> = {
  supports: "seen during the visit and confirmed by staff, partners and participants.",
  partly: "offered for part of the project's work only; the team found gaps in how it is recorded.",
  contradicts: "asked for on every visit day, but none could be shown to the team.",
};

const RATIONALE: Record<Rating, string> = {
  wholly: "Consistent evidence from interviews and documents across the visit days.",
  partly: "Good practice exists but is not systematic; evidence is uneven across sources.",
  not: "The team found no evidence of this in practice; the host agreed it is a gap.",
};

const STANCES_FOR: Record<Rating, Stance[]> = {
  wholly: ["supports", "supports"],
  partly: ["partly", "supports"],
  not: ["contradicts"],
};

type Writer = { peerId: string; moderatorId: string; hostId: string | null; at: string };

function cardText(factor: Factor, index: number, stance: Stance): string {
  const example = factor.evidence[index % Math.max(1, factor.evidence.length)] ?? factor.definition;
  return `${example.replace(/\.$/, "")}: ${FINDING[stance]}`;
}

/** A team rating of the demo, as the rating command would store it. */
export type DemoTeamRating = { factorId: string; rating: Rating; rationale: string; cites: string[] };

/**
 * The demo review's board as one update, written with the shared board writers so that it
 * is exactly what the app would have written: one or two evidence cards on every factor in
 * scope; and the team ratings (citing those cards) of the factors the plan rates, which the
 * caller stores as rows.
 */
export function demoBoard(benchmark: Benchmark, review: DemoReview, writer: Writer): { update: Uint8Array; teamRatings: DemoTeamRating[] } {
  const doc = new Y.Doc();
  const teamRatings: DemoTeamRating[] = [];
  let n = 0;
  for (const module of benchmark.modules) {
    if (module.kind !== "core" && module.id !== review.module) continue;
    for (const factor of module.factors) {
      const rating = review.team[factor.id] ?? null;
      const stances = rating ? STANCES_FOR[rating] : (["partly"] as Stance[]);
      const cards = stances.map((stance, index) =>
        addCard(
          doc,
          factor.id,
          {
            text: cardText(factor, index + n, stance),
            source: SOURCES[(n + index) % SOURCES.length]!,
            sourceLabel: index === 0 ? "Project coordinator" : "Participant focus group",
            tests: factor.tests.length > index ? [index] : [],
            stance,
            visitDay: (index % 3) + 1,
          },
          { author: index === 0 ? writer.peerId : writer.moderatorId, createdAt: writer.at },
        ),
      );
      n += 1;
      if (rating) teamRatings.push({ factorId: factor.id, rating, rationale: RATIONALE[rating], cites: cards.map((card) => card.id) });
    }
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, teamRatings };
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

import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { IMPART_BENCHMARK } from "@review/shared";
import { addCard, readBoard } from "@review/shared/board";
import { withRatings } from "@review/shared/ratings";
import { ratingTable } from "./ratingTable.ts";
import { factorCatalogue } from "./reportDocument.ts";

const factors = factorCatalogue(IMPART_BENCHMARK);

function boardWithRating(factorId: string, rating: "wholly" | "partly" | "not") {
  const doc = new Y.Doc();
  const card = addCard(doc, factorId, { text: "Mentors are former participants", source: "interview", sourceLabel: "Participant P3", tests: [0], stance: "supports", visitDay: 1 }, { author: "u1" });
  const teamRatings = new Map([[factorId, { rating, rationale: "Seen in two interviews", cites: [card.id], ratedBy: "u1", ratedAt: null }]]);
  return withRatings(readBoard(doc), { teamRatings, votes: new Map() });
}

describe("ratingTable", () => {
  it("lists the factors of Core and the review's theme modules with the team rating", () => {
    const rows = ratingTable(IMPART_BENCHMARK, ["assessment-validation"], factors, boardWithRating("core-2", "partly"))!;
    expect(rows.map((row) => row.factor.code)).toEqual(["Core 1", "Core 2", "Core 3", "Core 4", "Core 5", "Core 6", "Core 7", "Core 8", "Module 1.1", "Module 1.2", "Module 1.3"]);
    expect(rows[1]).toEqual({ factor: { id: "core-2", code: "Core 2", name: "Migrant Voice", moduleName: "Core" }, rating: "partly" });
    expect(rows.filter((row) => row.rating === null)).toHaveLength(10);
  });

  it("is left out without a benchmark or before any factor is rated", () => {
    expect(ratingTable(null, [], factors, boardWithRating("core-2", "wholly"))).toBeNull();
    expect(ratingTable(IMPART_BENCHMARK, [], factors, new Map())).toBeNull();
  });
});

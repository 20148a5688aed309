import { IMPART_BENCHMARK, type EvidenceCard } from "@review/shared";
import { emptyFactorState, type FactorState } from "@review/shared/board";
import { describe, expect, it } from "vitest";
import { scopeBenchmark } from "../../app/benchmarkScope.ts";
import { NO_FILTER, filterCards, isFiltering, plannedVisitDays, searchCards, visitDayDate, visitDayOptions } from "./cardFilters.ts";

const card = (id: string, fields: Partial<EvidenceCard> = {}): EvidenceCard => ({
  id,
  text: "Coaching sessions every week",
  source: "interview",
  sourceLabel: "",
  tests: [],
  stance: "supports",
  author: "u1",
  createdAt: "2026-03-12T09:00:00.000Z",
  visitDay: 1,
  ...fields,
});

describe("filterCards", () => {
  const cards = [card("a"), card("b", { source: "document", visitDay: null }), card("c", { author: "u2", visitDay: 2 })];

  it("keeps everything without a filter", () => {
    expect(filterCards(cards, NO_FILTER)).toEqual(cards);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it("filters by source kind, visit day (or none) and author together", () => {
    expect(filterCards(cards, { ...NO_FILTER, source: "document" }).map((c) => c.id)).toEqual(["b"]);
    expect(filterCards(cards, { ...NO_FILTER, visitDay: "none" }).map((c) => c.id)).toEqual(["b"]);
    expect(filterCards(cards, { ...NO_FILTER, visitDay: 2 }).map((c) => c.id)).toEqual(["c"]);
    expect(filterCards(cards, { source: "interview", visitDay: "all", author: "u1" }).map((c) => c.id)).toEqual(["a"]);
  });
});

describe("searchCards", () => {
  const scope = scopeBenchmark(IMPART_BENCHMARK, []);
  const board = new Map<string, FactorState>([
    ["core-2", { ...emptyFactorState("core-2"), cards: [card("x", { text: "Björn leads the employer café", sourceLabel: "Team leader" })] }],
    ["core-1", { ...emptyFactorState("core-1"), cards: [card("y", { text: "Needs survey of 2025" })] }],
    ["m1-1", { ...emptyFactorState("m1-1"), cards: [card("z", { text: "Employer café outside the review's modules" })] }],
  ]);

  it("matches every word, ignoring case and accents, in text and source label", () => {
    expect(searchCards(board, scope, "bjorn CAFE").map((hit) => hit.card.id)).toEqual(["x"]);
    expect(searchCards(board, scope, "team leader").map((hit) => hit.card.id)).toEqual(["x"]);
    expect(searchCards(board, scope, "   ")).toEqual([]);
  });

  it("lists hits in benchmark order and only within the review's scope", () => {
    const hits = searchCards(board, scope, "e");
    expect(hits.map((hit) => hit.factor.id)).toEqual(["core-1", "core-2"]);
  });
});

describe("visit days", () => {
  it("counts planned days, capped at two weeks", () => {
    expect(plannedVisitDays({ visitStart: "2026-04-13", visitEnd: "2026-04-16" })).toBe(4);
    expect(plannedVisitDays({ visitStart: "2026-04-13", visitEnd: "2026-05-30" })).toBe(14);
    expect(plannedVisitDays({ visitStart: null, visitEnd: null })).toBeNull();
  });

  it("offers the planned days or five, plus any day already used", () => {
    expect(visitDayOptions({ visitStart: "2026-04-13", visitEnd: "2026-04-15" }, [1, null])).toEqual([1, 2, 3]);
    expect(visitDayOptions({ visitStart: null, visitEnd: null }, [7])).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("dates a visit day from the start date", () => {
    expect(visitDayDate({ visitStart: "2026-04-13" }, 3)).toBe("2026-04-15");
    expect(visitDayDate({ visitStart: null }, 3)).toBeNull();
  });
});

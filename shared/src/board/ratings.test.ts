import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { EvidenceCardInput } from "../schema/evidenceCard.ts";
import { sourceHeatmap, triangulation, voteSpread } from "./analysis.ts";
import { addCard, deleteCard, moveCard } from "./cards.ts";
import { BoardError } from "./errors.ts";
import { FACTOR_KEYS, factorMap, voteMap } from "./layout.ts";
import { readBoard, readFactor } from "./read.ts";
import { castVote, clearTeamRating, setTeamRating } from "./ratings.ts";

const card = (source: EvidenceCardInput["source"], text = `${source} evidence`): EvidenceCardInput => ({
  text,
  source,
  sourceLabel: "",
  tests: [],
  stance: "supports",
  visitDay: null,
});

describe("votes", () => {
  it("casts, changes and clears one member's vote", () => {
    const doc = new Y.Doc();
    castVote(doc, "core-1", "u1", "wholly");
    castVote(doc, "core-1", "u2", "partly");
    castVote(doc, "core-1", "u1", "not");
    expect(readFactor(doc, "core-1").votes).toEqual({ u1: "not", u2: "partly" });
    castVote(doc, "core-1", "u2", null);
    expect(readFactor(doc, "core-1").votes).toEqual({ u1: "not" });
    expect(() => castVote(doc, "core-1", "u1", "mostly" as never)).toThrow(BoardError);
  });

  it("ignores votes that are not ratings", () => {
    const doc = new Y.Doc();
    castVote(doc, "core-1", "u1", "wholly");
    voteMap(factorMap(doc, "core-1"))!.set("u2", "excellent");
    expect(readFactor(doc, "core-1").votes).toEqual({ u1: "wholly" });
    expect(voteSpread(readFactor(doc, "core-1").votes)).toEqual({ wholly: ["u1"], partly: [], not: [] });
  });

  it("keeps concurrent votes of different members", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    castVote(a, "core-1", "ua", "wholly");
    castVote(b, "core-1", "ub", "not");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readFactor(a, "core-1").votes).toEqual({ ua: "wholly", ub: "not" });
    expect(readFactor(b, "core-1").votes).toEqual({ ua: "wholly", ub: "not" });
  });
});

describe("team rating", () => {
  it("records rating, rationale and cited cards", () => {
    const doc = new Y.Doc();
    const a = addCard(doc, "core-1", card("interview"), { author: "u1" });
    const b = addCard(doc, "core-1", card("document"), { author: "u1" });
    setTeamRating(doc, "core-1", { rating: "partly", rationale: "Weekly coaching, but no follow-up.", cites: [a.id, b.id, a.id] }, { by: "mod", at: "2026-03-12T17:00:00.000Z" });
    expect(readFactor(doc, "core-1")).toMatchObject({
      rating: "partly",
      rationale: "Weekly coaching, but no follow-up.",
      cites: [a.id, b.id],
      ratedBy: "mod",
      ratedAt: "2026-03-12T17:00:00.000Z",
    });
  });

  it("must cite at least one card that is on the factor", () => {
    const doc = new Y.Doc();
    const here = addCard(doc, "core-1", card("interview"), { author: "u1" });
    const elsewhere = addCard(doc, "core-2", card("document"), { author: "u1" });
    const rate = (cites: string[]) => () => setTeamRating(doc, "core-1", { rating: "wholly", rationale: "Clear.", cites }, { by: "mod" });
    expect(rate([])).toThrow(expect.objectContaining({ code: "cite_required" }));
    expect(rate([elsewhere.id])).toThrow(expect.objectContaining({ code: "cite_unknown" }));
    expect(rate(["nosuchcard"])).toThrow(expect.objectContaining({ code: "cite_unknown" }));
    expect(() => setTeamRating(doc, "core-1", { rating: "wholly", rationale: "  ", cites: [here.id] }, { by: "mod" })).toThrow(
      expect.objectContaining({ code: "invalid_rating" }),
    );
    expect(readFactor(doc, "core-1").rating).toBeNull();
  });

  it("can be withdrawn", () => {
    const doc = new Y.Doc();
    const a = addCard(doc, "core-1", card("interview"), { author: "u1" });
    setTeamRating(doc, "core-1", { rating: "not", rationale: "No evidence of it.", cites: [a.id] }, { by: "mod" });
    clearTeamRating(doc, "core-1");
    expect(readFactor(doc, "core-1")).toMatchObject({ rating: null, rationale: "", cites: [], ratedBy: null });
  });

  it("ignores a junk rating value", () => {
    const doc = new Y.Doc();
    addCard(doc, "core-1", card("interview"), { author: "u1" });
    factorMap(doc, "core-1")!.set(FACTOR_KEYS.rating, "superb");
    factorMap(doc, "core-1")!.set(FACTOR_KEYS.rationale, 12);
    expect(readFactor(doc, "core-1")).toMatchObject({ rating: null, rationale: "" });
  });
});

describe("heatmap and triangulation", () => {
  it("counts cards per factor and source kind in benchmark order", () => {
    const doc = new Y.Doc();
    addCard(doc, "core-2", card("interview"), { author: "u1" });
    addCard(doc, "core-2", card("interview", "again"), { author: "u1" });
    addCard(doc, "core-2", card("statistic"), { author: "u1" });
    addCard(doc, "core-9", card("document"), { author: "u1" });
    const rows = sourceHeatmap(readBoard(doc), ["core-1", "core-2"]);
    expect(rows.map((row) => row.factorId)).toEqual(["core-1", "core-2"]);
    expect(rows[0]!.total).toBe(0);
    expect(rows[1]).toEqual({
      factorId: "core-2",
      total: 3,
      counts: { interview: 2, document: 0, observation: 0, workshop: 0, statistic: 1, "self-assessment": 0 },
    });
  });

  it("flags an unrated factor whose cards share one source kind", () => {
    const doc = new Y.Doc();
    expect(triangulation(readFactor(doc, "core-1")).status).toBe("none");
    addCard(doc, "core-1", card("interview"), { author: "u1" });
    addCard(doc, "core-1", card("interview", "another"), { author: "u1" });
    expect(triangulation(readFactor(doc, "core-1"))).toEqual({ basis: "all", kinds: ["interview"], status: "single" });
    addCard(doc, "core-1", card("observation"), { author: "u1" });
    expect(triangulation(readFactor(doc, "core-1")).status).toBe("triangulated");
  });

  it("judges a rated factor by the cards its rating cites", () => {
    const doc = new Y.Doc();
    const interview = addCard(doc, "core-1", card("interview"), { author: "u1" });
    const observation = addCard(doc, "core-1", card("observation"), { author: "u1" });
    setTeamRating(doc, "core-1", { rating: "wholly", rationale: "All say so.", cites: [interview.id] }, { by: "mod" });
    expect(triangulation(readFactor(doc, "core-1"))).toEqual({ basis: "cited", kinds: ["interview"], status: "single" });
    setTeamRating(doc, "core-1", { rating: "wholly", rationale: "Seen too.", cites: [interview.id, observation.id] }, { by: "mod" });
    expect(triangulation(readFactor(doc, "core-1")).status).toBe("triangulated");
    // Cited evidence that has left the factor no longer supports its rating.
    moveCard(doc, observation.id, { factorId: "core-2" });
    deleteCard(doc, interview.id);
    expect(triangulation(readFactor(doc, "core-1"))).toEqual({ basis: "cited", kinds: [], status: "none" });
  });
});

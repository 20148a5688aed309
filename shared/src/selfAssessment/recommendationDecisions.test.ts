import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  RECOMMENDATION_DECISIONS_ROOT,
  RecommendationDecisionError,
  readRecommendationDecision,
  readRecommendationDecisions,
  writeRecommendationDecision,
} from "./recommendationDecisions.ts";

const AT = "2026-05-04T10:00:00.000Z";

describe("recommendation decisions", () => {
  it("writes a decision and reads it back", () => {
    const doc = new Y.Doc();
    writeRecommendationDecision(doc, "rec_abc123", { decision: "take_forward", note: "  In the 2027 plan. " }, { by: "u1", at: AT });
    expect(readRecommendationDecision(doc, "rec_abc123")).toEqual({ decision: "take_forward", note: "In the 2027 plan.", decidedBy: "u1", decidedAt: AT });
    expect([...readRecommendationDecisions(doc).keys()]).toEqual(["rec_abc123"]);
  });

  it("withdraws a decision with null", () => {
    const doc = new Y.Doc();
    writeRecommendationDecision(doc, "rec_abc123", { decision: "decline", note: "" }, { by: "u1", at: AT });
    writeRecommendationDecision(doc, "rec_abc123", null, { by: "u1" });
    expect(readRecommendationDecision(doc, "rec_abc123")).toBeNull();
  });

  it("refuses a note over 2000 characters, an unknown decision and a bad id", () => {
    const doc = new Y.Doc();
    expect(() => writeRecommendationDecision(doc, "rec_abc123", { decision: "consider", note: "x".repeat(2001) }, { by: "u1" })).toThrow(
      RecommendationDecisionError,
    );
    expect(() => writeRecommendationDecision(doc, "rec_abc123", { decision: "maybe" as "consider", note: "" }, { by: "u1" })).toThrow(
      RecommendationDecisionError,
    );
    expect(() => writeRecommendationDecision(doc, "no", { decision: "consider", note: "" }, { by: "u1" })).toThrow(RecommendationDecisionError);
    expect(readRecommendationDecisions(doc).size).toBe(0);
  });

  it("returns null for junk another writer put in the document", () => {
    const doc = new Y.Doc();
    const root = doc.getMap<unknown>(RECOMMENDATION_DECISIONS_ROOT);
    root.set("rec_junk01", { decision: "yes", note: 4 });
    root.set("rec_junk02", "take_forward");
    root.set("rec_junk03", new Y.Map());
    root.set("<script>", { decision: "consider", note: "", decidedBy: "u1", decidedAt: AT });
    expect(readRecommendationDecision(doc, "rec_junk01")).toBeNull();
    expect(readRecommendationDecision(doc, "rec_junk02")).toBeNull();
    expect(readRecommendationDecision(doc, "rec_junk03")).toBeNull();
    expect(readRecommendationDecisions(doc).size).toBe(0);
  });

  it("concurrent decisions on one recommendation converge to one whole decision", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeRecommendationDecision(a, "rec_abc123", { decision: "take_forward", note: "from a" }, { by: "ua", at: AT });
    writeRecommendationDecision(b, "rec_abc123", { decision: "decline", note: "from b" }, { by: "ub", at: AT });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const left = readRecommendationDecision(a, "rec_abc123");
    expect(left).toEqual(readRecommendationDecision(b, "rec_abc123"));
    expect([
      { decision: "take_forward", note: "from a", by: "ua" },
      { decision: "decline", note: "from b", by: "ub" },
    ]).toContainEqual({ decision: left?.decision, note: left?.note, by: left?.decidedBy });
  });
});

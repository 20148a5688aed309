import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { compareWithTeam, ratingsDiffer } from "./compare.ts";
import { SelfAssessmentError } from "./errors.ts";
import { SELF_KEYS, ensureSelfFactor, offeredArray, selfFactorMap, selfFactorSeedUpdate, selfRoot } from "./layout.ts";
import { hasSelfAssessment, readSelfAssessment, readSelfFactor } from "./read.ts";
import { addOfferedEvidence, removeOfferedEvidence, setSelfNote, setSelfRating, textSplice } from "./write.ts";

const meta = { by: "host-1", at: "2026-03-12T10:00:00.000Z" };

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

describe("host self-assessment", () => {
  it("sets and clears the rating, with who and when", () => {
    const doc = new Y.Doc();
    expect(readSelfFactor(doc, "core-1")).toEqual({ factorId: "core-1", rating: null, note: "", evidenceOffered: [], updatedBy: null, updatedAt: null });
    setSelfRating(doc, "core-1", "wholly", meta);
    expect(readSelfFactor(doc, "core-1")).toMatchObject({ rating: "wholly", updatedBy: "host-1", updatedAt: meta.at });
    setSelfRating(doc, "core-1", null, { by: "mod" });
    expect(readSelfFactor(doc, "core-1")).toMatchObject({ rating: null, updatedBy: "mod" });
    expect(() => setSelfRating(doc, "core-1", "mostly" as never, meta)).toThrow(SelfAssessmentError);
  });

  it("edits the note as a text, keeping concurrent edits of both writers", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setSelfNote(a, "core-1", "We coach weekly.", meta);
    sync(a, b);
    setSelfNote(a, "core-1", "We coach weekly, in two languages.", meta);
    setSelfNote(b, "core-1", "Since 2024 we coach weekly.", { by: "host-2" });
    sync(a, b);
    expect(readSelfFactor(a, "core-1").note).toBe("Since 2024 we coach weekly, in two languages.");
    expect(readSelfFactor(b, "core-1").note).toBe(readSelfFactor(a, "core-1").note);
    expect(() => setSelfNote(a, "core-1", "x".repeat(4001), meta)).toThrow(SelfAssessmentError);
  });

  it("splices only what changed", () => {
    expect(textSplice("abc", "abc")).toBeNull();
    expect(textSplice("abcdef", "abXYef")).toEqual({ index: 2, remove: 2, insert: "XY" });
    expect(textSplice("aaa", "aaaa")).toEqual({ index: 3, remove: 0, insert: "a" });
    expect(textSplice("hello", "")).toEqual({ index: 0, remove: 5, insert: "" });
  });

  it("adds and removes offered evidence; links must be http(s)", () => {
    const doc = new Y.Doc();
    const first = addOfferedEvidence(doc, "core-1", { text: "  Annual report 2025  ", link: "https://example.org/report.pdf" }, meta);
    const second = addOfferedEvidence(doc, "core-1", { text: "Participant survey", link: "" }, meta);
    expect(readSelfFactor(doc, "core-1").evidenceOffered).toEqual([
      { id: first.id, text: "Annual report 2025", link: "https://example.org/report.pdf" },
      { id: second.id, text: "Participant survey" },
    ]);
    for (const link of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.org", "/relative"]) {
      expect(() => addOfferedEvidence(doc, "core-1", { text: "Bad", link }, meta)).toThrow(SelfAssessmentError);
    }
    expect(() => addOfferedEvidence(doc, "core-1", { text: "   " }, meta)).toThrow(SelfAssessmentError);
    expect(() => addOfferedEvidence(doc, "core-1", { text: "x".repeat(1001) }, meta)).toThrow(SelfAssessmentError);
    expect(removeOfferedEvidence(doc, "core-1", first.id, meta)).toBe(true);
    expect(removeOfferedEvidence(doc, "core-1", first.id, meta)).toBe(false);
    expect(readSelfFactor(doc, "core-1").evidenceOffered.map((item) => item.id)).toEqual([second.id]);
    expect(hasSelfAssessment(readSelfFactor(doc, "core-1"))).toBe(true);
    expect(hasSelfAssessment(readSelfFactor(doc, "core-2"))).toBe(false);
  });

  it("skips junk written by a hostile or newer client", () => {
    const doc = new Y.Doc();
    const good = addOfferedEvidence(doc, "core-1", { text: "Real" }, meta);
    const entry = selfFactorMap(doc, "core-1")!;
    doc.transact(() => {
      entry.set(SELF_KEYS.rating, "excellent");
      entry.set(SELF_KEYS.updatedBy, 42);
      offeredArray(entry)!.push([
        "a string",
        null,
        { id: "bad id!", text: "x" },
        { id: "abcdefgh12345678", text: "Evil", link: "javascript:alert(1)" },
        { id: good.id, text: "Duplicate id" },
        { id: "abcdefgh23456789", text: "Extra key", html: "<b>" },
        new Y.Map(),
      ]);
      selfRoot(doc).set("core-2", "not an entry");
    });
    expect(readSelfFactor(doc, "core-1")).toMatchObject({ rating: null, updatedBy: null, evidenceOffered: [good] });
    expect([...readSelfAssessment(doc).keys()]).toEqual(["core-1"]);
    // Writers repair a damaged entry and go on.
    setSelfNote(doc, "core-2", "Repaired", meta);
    expect(readSelfFactor(doc, "core-2").note).toBe("Repaired");
  });

  it("creates a factor's entry deterministically, so concurrent first writes both survive", () => {
    expect(selfFactorSeedUpdate("core-1")).toEqual(selfFactorSeedUpdate("core-1"));
    const a = new Y.Doc();
    const b = new Y.Doc();
    const fromA = addOfferedEvidence(a, "core-1", { text: "From A" }, meta);
    setSelfNote(b, "core-1", "From B", meta);
    const fromB = addOfferedEvidence(b, "core-1", { text: "From B" }, meta);
    sync(a, b);
    const state = readSelfFactor(a, "core-1");
    expect(state.note).toBe("From B");
    expect(state.evidenceOffered.map((item) => item.id).sort()).toEqual([fromA.id, fromB.id].sort());
    expect(ensureSelfFactor(a, "core-1")).toBe(selfFactorMap(a, "core-1"));
  });

  it("compares the host's rating with the team's", () => {
    expect(compareWithTeam("wholly", "wholly")).toBe("same");
    expect(compareWithTeam("wholly", "partly")).toBe("host-higher");
    expect(compareWithTeam("partly", "not")).toBe("host-higher");
    expect(compareWithTeam("not", "wholly")).toBe("host-lower");
    expect(compareWithTeam(null, "wholly")).toBe("one-missing");
    expect(compareWithTeam("partly", null)).toBe("one-missing");
    expect(compareWithTeam(null, null)).toBe("one-missing");
    expect(ratingsDiffer("wholly", "partly")).toBe(true);
    expect(ratingsDiffer("wholly", null)).toBe(false);
  });
});

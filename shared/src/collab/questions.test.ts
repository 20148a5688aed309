import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { documentAccess } from "./permissions.ts";
import { ANSWERS_ROOT, QUESTIONS_ROOT, addPreparationQuestion, readPreparationAnswer, readPreparationQuestions, setPreparationAnswer } from "./questions.ts";

const asker = { askedBy: "u1", askedByName: "Peer Pia" };

describe("preparation questions and answers", () => {
  it("lets peers and moderators ask (questions document), hosts and moderators answer (brief document)", () => {
    expect(documentAccess("questions", "peer")).toBe("write");
    expect(documentAccess("questions", "moderator")).toBe("write");
    expect(documentAccess("questions", "host")).toBe("read");
    expect(documentAccess("questions", "partner")).toBe("read");
    expect(documentAccess("brief", "peer")).toBe("read");
  });

  it("stores questions per factor, oldest first, and skips invalid entries", () => {
    const doc = new Y.Doc();
    const first = addPreparationQuestion(doc, { ...asker, factorId: "core-1", question: "How many mentors?", evidenceWanted: "Mentor list" }, new Date("2026-01-01"));
    addPreparationQuestion(doc, { ...asker, factorId: "core-2", question: "Who funds it?", evidenceWanted: "" }, new Date("2026-01-02"));
    doc.getMap(QUESTIONS_ROOT).set("junk", { factorId: "core-1" });
    const questions = readPreparationQuestions(doc);
    expect(questions.map((entry) => entry.question)).toEqual(["How many mentors?", "Who funds it?"]);
    expect(questions[0]).toMatchObject({ id: first, factorId: "core-1", evidenceWanted: "Mentor list", askedByName: "Peer Pia" });
  });

  it("refuses an empty or over-long question", () => {
    const doc = new Y.Doc();
    expect(() => addPreparationQuestion(doc, { ...asker, factorId: "core-1", question: "  ", evidenceWanted: "" })).toThrow();
    expect(() => addPreparationQuestion(doc, { ...asker, factorId: "core-1", question: "x".repeat(2001), evidenceWanted: "" })).toThrow();
    expect(doc.getMap(QUESTIONS_ROOT).size).toBe(0);
  });

  it("keeps the host's answer per question id and ignores an invalid one", () => {
    const brief = new Y.Doc();
    setPreparationAnswer(brief, "q1", { text: "Twelve mentors.", answeredBy: "host" });
    expect(readPreparationAnswer(brief, "q1")).toMatchObject({ text: "Twelve mentors.", answeredBy: "host" });
    brief.getMap(ANSWERS_ROOT).set("q2", { text: 5 });
    expect(readPreparationAnswer(brief, "q2")).toBeNull();
    expect(readPreparationAnswer(brief, "q3")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sessionsRoot } from "./layout.ts";
import { coverage, programmeSessions, readProgramme } from "./read.ts";
import type { ProgrammeSession } from "./schema.ts";
import { addDay, addSession, deleteDay, deleteSession, newProgrammeId, nextParticipantNumber, updateSession } from "./write.ts";

const session = (overrides: Partial<ProgrammeSession>): ProgrammeSession => ({
  id: newProgrammeId(),
  dayId: "day1day1day1day1",
  kind: "interview",
  start: "09:00",
  title: "Job coaches",
  place: "Room 2",
  factorIds: [],
  people: [],
  ...overrides,
});

function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe("programme document", () => {
  it("reads days by date and sessions by start time", () => {
    const doc = new Y.Doc();
    addDay(doc, { id: "day2day2day2day2", date: "2027-03-02" });
    addDay(doc, { id: "day1day1day1day1", date: "2027-03-01" });
    addSession(doc, session({ id: "late000000000000", start: "14:00", title: "Workshop", kind: "workshop" }));
    addSession(doc, session({ id: "early00000000000", start: "09:30" }));
    const days = readProgramme(doc);
    expect(days.map((d) => d.date)).toEqual(["2027-03-01", "2027-03-02"]);
    expect(days[0]!.sessions.map((s) => s.id)).toEqual(["early00000000000", "late000000000000"]);
    expect(days[1]!.sessions).toEqual([]);
    updateSession(doc, "late000000000000", { start: "08:00" });
    expect(programmeSessions(doc).map((s) => s.id)).toEqual(["late000000000000", "early00000000000"]);
  });

  it("keeps concurrent edits of different fields of one session", () => {
    const { a, b, sync } = pair();
    addDay(a, { id: "day1day1day1day1", date: "2027-03-01" });
    addSession(a, session({ id: "s000000000000000" }));
    sync();
    updateSession(a, "s000000000000000", { title: "Coaches' workshop" });
    updateSession(b, "s000000000000000", { factorIds: ["core.1"] });
    sync();
    for (const doc of [a, b]) {
      const [only] = programmeSessions(doc);
      expect(only).toMatchObject({ title: "Coaches' workshop", factorIds: ["core.1"] });
    }
  });

  it("refuses invalid input and skips entries a writer put in badly", () => {
    const doc = new Y.Doc();
    expect(() => addDay(doc, { id: "day1day1day1day1", date: "1 March" })).toThrow();
    expect(() => addSession(doc, session({ start: "25:00" }))).toThrow();
    addDay(doc, { id: "day1day1day1day1", date: "2027-03-01" });
    const bad = new Y.Map<unknown>();
    bad.set("id", "bad0000000000000");
    bad.set("dayId", "day1day1day1day1");
    sessionsRoot(doc).set("bad0000000000000", bad);
    sessionsRoot(doc).set("junk000000000000", "not a map");
    expect(readProgramme(doc)[0]!.sessions).toEqual([]);
  });

  it("flags factors no session serves and forgets deleted sessions", () => {
    const doc = new Y.Doc();
    addDay(doc, { id: "day1day1day1day1", date: "2027-03-01" });
    addSession(doc, session({ id: "s000000000000000", factorIds: ["core.1", "core.2"] }));
    addSession(doc, session({ id: "t000000000000000", factorIds: ["core.2"] }));
    const served = coverage(doc, ["core.1", "core.2", "core.3"]);
    expect(served.get("core.1")!.map((s) => s.id)).toEqual(["s000000000000000"]);
    expect(served.get("core.2")).toHaveLength(2);
    expect(served.get("core.3")).toEqual([]);
    deleteSession(doc, "s000000000000000");
    expect(coverage(doc, ["core.1"]).get("core.1")).toEqual([]);
    deleteDay(doc, "day1day1day1day1");
    expect(sessionsRoot(doc).size).toBe(0);
  });

  it("numbers pseudonymised people after the highest label in use", () => {
    const people = [
      { id: "p000000000000001", label: "Participant 2", pseudonymised: true },
      { id: "p000000000000002", label: "Ana 7", pseudonymised: false },
    ];
    expect(nextParticipantNumber([session({ people })])).toBe(3);
    expect(nextParticipantNumber([])).toBe(1);
  });
});

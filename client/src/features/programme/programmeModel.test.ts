import { describe, expect, it } from "vitest";
import type { ProgrammeSession } from "@review/shared/programme";
import { addDays, dayDateProblem, nextDayDate, nextParticipant, nextStart, sessionPatch } from "./programmeModel.ts";

const visit = { visitStart: "2026-03-09", visitEnd: "2026-03-11" };
const day = (id: string, date: string) => ({ id, date });
const session: ProgrammeSession = {
  id: "s000000000000000",
  dayId: "d000000000000000",
  kind: "interview",
  start: "09:00",
  title: "Coordinator",
  place: "Town hall",
  factorIds: ["core-1"],
  people: [{ id: "p000000000000001", label: "Participant 4", pseudonymised: true }],
};

describe("programme model", () => {
  it("moves dates across month ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("keeps days inside the visit and one per date", () => {
    const days = [day("a", "2026-03-09")];
    expect(dayDateProblem("2026-03-08", visit, days, null)).toBe("outsideVisit");
    expect(dayDateProblem("2026-03-12", visit, days, null)).toBe("outsideVisit");
    expect(dayDateProblem("2026-03-09", visit, days, null)).toBe("taken");
    expect(dayDateProblem("2026-03-09", visit, days, "a")).toBeNull();
    expect(dayDateProblem("2030-01-01", { visitStart: null, visitEnd: null }, days, null)).toBeNull();
  });

  it("proposes the first free visit date, then the day after the last", () => {
    expect(nextDayDate([], visit, "2026-01-01")).toBe("2026-03-09");
    expect(nextDayDate([day("a", "2026-03-09"), day("b", "2026-03-11")], visit, "2026-01-01")).toBe("2026-03-10");
    const full = [day("a", "2026-03-09"), day("b", "2026-03-10"), day("c", "2026-03-11")];
    expect(nextDayDate(full, visit, "2026-01-01")).toBe("2026-03-12");
    expect(nextDayDate([], { visitStart: null, visitEnd: null }, "2026-01-01")).toBe("2026-01-01");
  });

  it("proposes a start an hour after the day's last session", () => {
    expect(nextStart([])).toBe("09:00");
    expect(nextStart([{ start: "14:30" }, { start: "09:00" }])).toBe("15:30");
    expect(nextStart([{ start: "23:15" }])).toBe("23:15");
  });

  it("writes only the fields that changed", () => {
    const { id: _id, ...fields } = session;
    expect(sessionPatch(fields, { ...fields })).toEqual({});
    expect(sessionPatch(fields, { ...fields, title: "Mentors", factorIds: ["core-1", "core-2"] })).toEqual({ title: "Mentors", factorIds: ["core-1", "core-2"] });
  });

  it("numbers a new participant after every label in the programme and the draft", () => {
    expect(nextParticipant([session], [])).toBe(5);
    expect(nextParticipant([session], [{ id: "p000000000000002", label: "Participant 9", pseudonymised: true }])).toBe(10);
    expect(nextParticipant([], [])).toBe(1);
  });
});

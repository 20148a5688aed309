import type { Member, ReviewDetail } from "@review/shared";
import { describe, expect, it } from "vitest";
import { currentStage, readinessChecks, visitPhase } from "./visitReadiness.ts";

const member = (role: Member["role"], n: number): Member => ({ userId: `u${n}`, name: `Person ${n}`, email: `p${n}@example.org`, color: "#1d4ed8", role });

type Setup = Pick<ReviewDetail, "members" | "visitStart" | "visitEnd" | "modules" | "country" | "themeModuleId">;
const empty: Setup = { members: [member("moderator", 0)], visitStart: null, visitEnd: null, modules: [], country: "", themeModuleId: null };

const check = (setup: Setup, id: string) => readinessChecks(setup).find((c) => c.id === id)!;

describe("readinessChecks", () => {
  it("finds nothing done on a new review", () => {
    expect(readinessChecks(empty).map((c) => [c.id, c.done])).toEqual([
      ["team", false],
      ["dates", false],
      ["modules", false],
      ["context", false],
    ]);
  });

  it("needs both peers and a host for the team", () => {
    expect(check({ ...empty, members: [member("moderator", 0), member("peer", 1)] }, "team")).toEqual({ id: "team", done: false, peers: 1, hosts: 0 });
    expect(check({ ...empty, members: [member("moderator", 0), member("host", 2)] }, "team").done).toBe(false);
    expect(check({ ...empty, members: [member("moderator", 0), member("peer", 1), member("peer", 3), member("host", 2)] }, "team")).toEqual({
      id: "team",
      done: true,
      peers: 2,
      hosts: 1,
    });
  });

  it("counts the visit's days and compares them with the method's 3-5", () => {
    expect(check({ ...empty, visitStart: "2026-05-12", visitEnd: "2026-05-15" }, "dates")).toEqual({ id: "dates", done: true, days: 4, withinPlan: true });
    expect(check({ ...empty, visitStart: "2026-05-12", visitEnd: "2026-05-12" }, "dates")).toEqual({ id: "dates", done: true, days: 1, withinPlan: false });
    expect(check({ ...empty, visitStart: "2026-05-12", visitEnd: null }, "dates").done).toBe(false);
  });

  it("asks for a thematic module and for the project's context", () => {
    expect(check({ ...empty, modules: ["assessment-validation"] }, "modules")).toEqual({ id: "modules", done: true, themeModules: 1 });
    expect(check({ ...empty, country: "Sweden", themeModuleId: null }, "context")).toEqual({ id: "context", done: false, missing: ["theme"] });
    expect(check({ ...empty, country: "Sweden", themeModuleId: "anti-discrimination" }, "context").done).toBe(true);
  });
});

describe("visitPhase", () => {
  const start = "2026-05-12";
  const end = "2026-05-15";

  it("is unknown without dates, and the checklist then starts before the visit", () => {
    expect(visitPhase(null, null, "2026-05-01")).toBeNull();
    expect(currentStage(null)).toBe("before");
  });

  it("follows the calendar through the visit", () => {
    expect(visitPhase(start, end, "2026-05-01")).toEqual({ stage: "before", daysUntil: 11 });
    expect(visitPhase(start, end, "2026-05-11")).toEqual({ stage: "before", daysUntil: 1 });
    expect(visitPhase(start, end, "2026-05-12")).toEqual({ stage: "during", day: 1, days: 4 });
    expect(visitPhase(start, end, "2026-05-15")).toEqual({ stage: "during", day: 4, days: 4 });
    expect(visitPhase(start, end, "2026-05-16")).toEqual({ stage: "after", daysSince: 1 });
    expect(currentStage(visitPhase(start, end, "2026-06-01"))).toBe("after");
  });
});

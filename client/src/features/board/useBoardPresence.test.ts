import { describe, expect, it } from "vitest";
import { boardWhereabouts } from "./useBoardPresence.ts";

const user = (id: string, name: string) => ({ id, name, color: "#123456", role: "peer" as const });

describe("boardWhereabouts", () => {
  it("groups other people by the factor they look at, once per person, overview under ''", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("me", "Me"), board: { factorId: "core-1" } }],
      [2, { user: user("u2", "Jonas"), board: { factorId: "core-1" } }],
      [3, { user: user("u2", "Jonas"), board: { factorId: "core-2" } }], // a second tab
      [4, { user: user("u3", "Elena"), board: { factorId: null } }],
      [5, { user: user("u4", "Luca") }],
      [6, { board: { factorId: "core-1" } }], // no identity: ignored
      [7, "junk"],
    ]);
    const places = boardWhereabouts(states, "me");
    expect(places.get("core-1")?.map((u) => u.name)).toEqual(["Jonas"]);
    expect(places.get("core-2")).toBeUndefined();
    expect(places.get("")?.map((u) => u.name)).toEqual(["Elena", "Luca"]);
  });
});

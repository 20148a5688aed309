import { describe, expect, it } from "vitest";
import { presentUsers, samePresentUsers } from "./presence.ts";

const user = (id: string, name: string) => ({ id, name, color: "#1d4ed8", role: "peer" as const });

describe("presentUsers", () => {
  it("lists each user once, yourself first, then by name", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("u2", "Luca") }],
      [2, { user: user("u1", "Elena"), cursor: null }],
      [3, { user: user("u3", "Aoife") }],
      [4, { user: user("u2", "Luca") }],
    ]);
    expect(presentUsers(states, "u1").map((u) => [u.name, u.isSelf])).toEqual([
      ["Elena", true],
      ["Aoife", false],
      ["Luca", false],
    ]);
  });

  it("skips states without a valid user", () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, null],
      [3, { user: { name: "No id" } }],
      [4, { user: { ...user("u9", "Jonas"), role: "owner" } }],
    ]);
    expect(presentUsers(states, "u1")).toEqual([]);
  });

  it("tells a caret move (same people) from a change of who is here or how they show", () => {
    const states = new Map<number, unknown>([
      [1, { user: user("u1", "Elena") }],
      [2, { user: user("u2", "Luca"), cursor: { anchor: 1 } }],
    ]);
    const before = presentUsers(states, "u1");
    states.set(2, { user: user("u2", "Luca"), cursor: { anchor: 2 } });
    expect(samePresentUsers(before, presentUsers(states, "u1"))).toBe(true);
    states.set(2, { user: { ...user("u2", "Luca"), color: "#b91c1c" } });
    expect(samePresentUsers(before, presentUsers(states, "u1"))).toBe(false);
    states.delete(2);
    expect(samePresentUsers(before, presentUsers(states, "u1"))).toBe(false);
  });
});

import type { Member, ReviewDetail } from "@review/shared";
import { describe, expect, it } from "vitest";
import { stableOrder, withMember, withMemberRole, withoutMember } from "./members.ts";

const person = (userId: string, name: string, role: Member["role"]): Member => ({ userId, name, email: `${userId}@example.org`, color: "#1d4ed8", role });

const review: ReviewDetail = {
  id: "aaaaaaaaaaaaaaaa",
  title: "Review",
  hostProject: "Project",
  createdAt: "2026-01-01T00:00:00.000Z",
  role: "moderator",
  benchmark: { id: "impart", version: "2012.1" },
  modules: [],
  country: "",
  themeModuleId: null,
  visitStart: null,
  visitEnd: null,
  reportStatus: "draft",
  reportStatusChangedAt: null,
  reportStatusChangedBy: null,
  members: [person("e", "Elena", "moderator"), person("j", "Jonas", "peer"), person("a", "Aoife", "host")],
};

describe("stableOrder", () => {
  it("sorts by role then name at first", () => {
    expect(stableOrder([], [person("z", "Zoe", "peer"), person("b", "Bo", "host"), person("a", "Al", "peer"), person("m", "Mo", "moderator")])).toEqual([
      "m",
      "a",
      "z",
      "b",
    ]);
  });

  it("keeps the order through a role change and re-sorts when someone joins or leaves", () => {
    const order = stableOrder([], review.members);
    expect(order).toEqual(["e", "j", "a"]);
    expect(stableOrder(order, withMemberRole(review, "a", "moderator", "e").members)).toEqual(["e", "j", "a"]);
    expect(stableOrder(order, withMember(review, person("b", "Bea", "moderator")).members)).toEqual(["b", "e", "j", "a"]);
    expect(stableOrder(order, withoutMember(review, "j").members)).toEqual(["e", "a"]);
  });
});

describe("member updates", () => {
  it("replace a member in place or append a new one", () => {
    expect(withMember(review, person("j", "Jonas", "host")).members.map((m) => m.role)).toEqual(["moderator", "host", "host"]);
    expect(withMember(review, person("l", "Luca", "partner")).members).toHaveLength(4);
  });

  it("change the caller's own role when the change is theirs", () => {
    expect(withMemberRole(review, "e", "peer", "e").role).toBe("peer");
    expect(withMemberRole(review, "j", "host", "e").role).toBe("moderator");
    expect(withMemberRole(review, "nobody", "host", "e")).toBe(review);
  });
});

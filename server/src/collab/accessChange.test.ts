import { describe, expect, it } from "vitest";
import { decodeAccessAnnouncement, encodeAccessAnnouncement, type AccessChange } from "./accessChange.ts";

describe("access change announcements", () => {
  const change: AccessChange = { kind: "user", prefix: "review:abc:", userId: "u1", code: 4409, reason: "Your role changed" };

  it("round-trips between processes and skips the announcer's own", () => {
    const payload = encodeAccessAnnouncement("process-a", change);
    expect(decodeAccessAnnouncement(payload, "process-b")).toEqual(change);
    expect(decodeAccessAnnouncement(payload, "process-a")).toBeNull();
  });

  it("ignores junk", () => {
    for (const junk of ["", "not json", "{}", JSON.stringify({ from: "x", change: { kind: "user", prefix: "", userId: "u", code: 1000, reason: "" } })]) {
      expect(decodeAccessAnnouncement(junk, "self")).toBeNull();
    }
  });
});

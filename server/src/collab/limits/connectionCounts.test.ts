import { CLOSE_CODES } from "@review/shared";
import { describe, expect, it } from "vitest";
import { ConnectionCounts } from "./connectionCounts.ts";

describe("ConnectionCounts", () => {
  it("caps connections per user and document and per user, and frees a place on release", () => {
    const counts = new ConnectionCounts({ maxConnectionsPerUserDocument: 2, maxConnectionsPerUser: 3 });
    expect(counts.admit("u", "a")).toBeNull();
    expect(counts.admit("u", "a")).toBeNull();
    expect(counts.admit("u", "a")?.code).toBe(CLOSE_CODES.tooManyConnections);
    expect(counts.admit("u", "b")).toBeNull();
    expect(counts.admit("u", "c")?.code).toBe(CLOSE_CODES.tooManyConnections);
    expect(counts.admit("other", "a")).toBeNull();
    counts.release("u", "a");
    expect(counts.of("u")).toBe(2);
    expect(counts.admit("u", "c")).toBeNull();
  });
});

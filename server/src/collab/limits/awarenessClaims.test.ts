import { CLOSE_CODES } from "@review/shared";
import { describe, expect, it } from "vitest";
import { awarenessClaims } from "./awarenessClaims.ts";
import { LimitExceededError } from "./refusal.ts";

const nobodyElse = () => false;

describe("awarenessClaims", () => {
  it("lets a connection keep its own ids and claim new ones up to the limit, ignoring the rest", () => {
    const own = new Set([1, 2, 3]);
    const mayUse = awarenessClaims(own, nobodyElse, 4);
    expect(mayUse(1, false, 0)).toBe(true);
    expect(mayUse(10, false, 0)).toBe(true);
    expect(mayUse(11, false, 0)).toBe(false);
  });

  it("never claims another connection's id, nor an unowned id for a removal (y-websocket echoes both)", () => {
    const mayUse = awarenessClaims(new Set([1]), (id) => id === 7, 4);
    expect(mayUse(7, false, 0)).toBe(false);
    expect(mayUse(8, true, 0)).toBe(false);
    expect(mayUse(1, true, 0)).toBe(true);
  });

  it("ignores echoes no newer than the room's clock without counting them, so a burst of them closes nothing", () => {
    const roomClocks = new Map(Array.from({ length: 20 }, (_, i) => [100 + i, 3] as const));
    const mayUse = awarenessClaims(new Set([1]), (id, clock) => clock <= (roomClocks.get(id) ?? -1), 4);
    for (let id = 100; id < 120; id++) expect(mayUse(id, false, 2)).toBe(false);
    expect(mayUse(100, false, 4)).toBe(true);
  });

  it("refuses a message that claims more new ids than the limit at once", () => {
    const mayUse = awarenessClaims(new Set(), nobodyElse, 4);
    for (let id = 1; id <= 4; id++) expect(mayUse(id, false, 0)).toBe(true);
    let thrown: unknown;
    try {
      mayUse(5, false, 0);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LimitExceededError);
    expect((thrown as LimitExceededError).code).toBe(CLOSE_CODES.tooManyAwarenessClients);
  });
});

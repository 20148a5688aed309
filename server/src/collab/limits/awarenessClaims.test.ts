import { CLOSE_CODES } from "@review/shared";
import { describe, expect, it } from "vitest";
import { awarenessClaims } from "./awarenessClaims.ts";
import { LimitExceededError } from "./refusal.ts";

const nobodyElse = () => false;

describe("awarenessClaims", () => {
  it("lets a connection keep its own ids and claim new ones up to the limit, ignoring the rest", () => {
    const own = new Set([1, 2, 3]);
    const mayUse = awarenessClaims(own, nobodyElse, 4);
    expect(mayUse(1, false)).toBe(true);
    expect(mayUse(10, false)).toBe(true);
    expect(mayUse(11, false)).toBe(false);
  });

  it("never claims another connection's id, nor an unowned id for a removal (y-websocket echoes both)", () => {
    const mayUse = awarenessClaims(new Set([1]), (id) => id === 7, 4);
    expect(mayUse(7, false)).toBe(false);
    expect(mayUse(8, true)).toBe(false);
    expect(mayUse(1, true)).toBe(true);
  });

  it("refuses a message that claims more new ids than the limit at once", () => {
    const mayUse = awarenessClaims(new Set(), nobodyElse, 4);
    for (let id = 1; id <= 4; id++) expect(mayUse(id, false)).toBe(true);
    let thrown: unknown;
    try {
      mayUse(5, false);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LimitExceededError);
    expect((thrown as LimitExceededError).code).toBe(CLOSE_CODES.tooManyAwarenessClients);
  });
});

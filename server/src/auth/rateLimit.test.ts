import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "./rateLimit.ts";

describe("AttemptLimiter", () => {
  it("counts attempts per key in a fixed window; isOver peeks without counting", () => {
    let now = 0;
    const limiter = new AttemptLimiter(2, 1000, () => now);
    expect(limiter.isOver("a")).toBe(false);
    expect(limiter.hit("a")).toBe(true);
    expect(limiter.isOver("a")).toBe(false);
    expect(limiter.hit("a")).toBe(true);
    expect(limiter.isOver("a")).toBe(true);
    expect(limiter.hit("a")).toBe(false);
    expect(limiter.isOver("b")).toBe(false);
    now = 1000;
    expect(limiter.isOver("a")).toBe(false);
    expect(limiter.hit("a")).toBe(true);
  });
});

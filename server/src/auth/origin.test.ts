import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./origin.ts";
import { AttemptLimiter } from "./rateLimit.ts";

describe("isAllowedOrigin", () => {
  const origin = "http://localhost:3000";
  it("accepts our own origin only", () => {
    expect(isAllowedOrigin({ origin }, origin)).toBe(true);
    expect(isAllowedOrigin({ origin: "http://evil.example" }, origin)).toBe(false);
    expect(isAllowedOrigin({ origin: "http://localhost:3000.evil.example" }, origin)).toBe(false);
  });
  it("takes the other loopback names of a loopback origin's port as itself, and nothing else", () => {
    expect(isAllowedOrigin({ origin: "http://127.0.0.1:3000" }, origin)).toBe(true);
    expect(isAllowedOrigin({ origin: "http://[::1]:3000" }, origin)).toBe(true);
    expect(isAllowedOrigin({ origin: "http://127.0.0.1:3001" }, origin)).toBe(false);
    expect(isAllowedOrigin({ origin: "https://127.0.0.1:3000" }, origin)).toBe(false);
    expect(isAllowedOrigin({ origin: "http://localhost:3000" }, "http://127.0.0.1:3000")).toBe(true);
    expect(isAllowedOrigin({ origin: "http://127.0.0.1" }, "https://review.example.eu")).toBe(false);
    expect(isAllowedOrigin({ origin: "http://localhost" }, "https://review.example.eu")).toBe(false);
  });
  it("falls back to Sec-Fetch-Site when Origin is absent, and refuses when both are", () => {
    expect(isAllowedOrigin({ secFetchSite: "same-origin" }, origin)).toBe(true);
    expect(isAllowedOrigin({ secFetchSite: "cross-site" }, origin)).toBe(false);
    expect(isAllowedOrigin({}, origin)).toBe(false);
  });
});

describe("AttemptLimiter", () => {
  it("allows up to the limit per window, then refuses until the window passes", () => {
    let now = 0;
    const limiter = new AttemptLimiter(3, 1000, () => now);
    expect([limiter.hit("a"), limiter.hit("a"), limiter.hit("a"), limiter.hit("a")]).toEqual([true, true, true, false]);
    expect(limiter.hit("b")).toBe(true);
    now = 1000;
    expect(limiter.hit("a")).toBe(true);
  });
});

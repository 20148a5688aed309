import { describe, expect, it } from "vitest";
import { apiErrorBodySchema } from "./errors.ts";
import { ERROR_REASONS, errorReasonText, isErrorReason } from "./errorReasons.ts";

describe("error reasons", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(errorReasonText("invitation_for_other_email", { email: "ana@example.org" })).toBe(
      "This invitation is for ana@example.org. Sign in with that address to accept it.",
    );
    expect(errorReasonText("benchmark_newer_version", { id: "impart" })).toContain('"{newest}"');
  });

  it("knows its own ids only, not inherited object keys", () => {
    expect(isErrorReason("review_not_found")).toBe(true);
    expect(isErrorReason("toString")).toBe(false);
    expect(isErrorReason("no_such_reason")).toBe(false);
  });

  it("names every reason in snake case, so it can be a catalogue key", () => {
    for (const reason of Object.keys(ERROR_REASONS)) expect(reason).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
  });

  it("accepts bodies with and without a reason, and refuses malformed params", () => {
    expect(apiErrorBodySchema.safeParse({ error: { code: "not_found", message: "x" } }).success).toBe(true);
    expect(apiErrorBodySchema.safeParse({ error: { code: "conflict", message: "x", reason: "a_newer_one", params: { n: 2 } } }).success).toBe(true);
    expect(apiErrorBodySchema.safeParse({ error: { code: "conflict", message: "x", reason: "r", params: { n: { deep: 1 } } } }).success).toBe(false);
  });
});

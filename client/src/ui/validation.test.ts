import { createReviewRequestSchema, registerRequestSchema } from "@review/shared";
import { describe, expect, it } from "vitest";
import { fieldIssues } from "./validation.ts";

describe("fieldIssues", () => {
  it("classifies the shared schemas' issues per field", () => {
    const result = registerRequestSchema.safeParse({ email: "not-an-email", password: "short", name: " " });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldIssues(result.error)).toEqual({
      email: { kind: "invalid" },
      password: { kind: "tooShort", minimum: 10 },
      name: { kind: "required" },
    });
  });

  it("reports lengths above the maximum", () => {
    const result = createReviewRequestSchema.safeParse({ title: "x".repeat(201), hostProject: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldIssues(result.error)).toEqual({ title: { kind: "tooLong", maximum: 200 }, hostProject: { kind: "required" } });
  });
});

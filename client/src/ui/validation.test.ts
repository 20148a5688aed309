import { createReviewRequestSchema, registerRequestSchema } from "@review/shared";
import { describe, expect, it } from "vitest";
import { fieldIssues, serverFieldMessage } from "./validation.ts";

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

describe("serverFieldMessage", () => {
  const fields = ["visitStart", "visitEnd", "modules"] as const;

  it("attributes a message to the field it names", () => {
    expect(serverFieldMessage("visitEnd: The visit cannot end before it starts", fields)).toEqual({
      field: "visitEnd",
      text: "The visit cannot end before it starts",
    });
    expect(serverFieldMessage("modules.0: Too long", fields)).toEqual({ field: "modules", text: "Too long" });
  });

  it("keeps other messages whole", () => {
    expect(serverFieldMessage("Only a moderator of this review can do this", fields)).toEqual({
      field: null,
      text: "Only a moderator of this review can do this",
    });
    expect(serverFieldMessage("title: Too long", fields)).toEqual({ field: null, text: "title: Too long" });
  });
});

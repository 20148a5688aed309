import type { z } from "zod";

/** What is wrong with one form field, independent of wording. */
export type FieldIssue =
  | { kind: "required" }
  | { kind: "invalid" }
  | { kind: "tooShort"; minimum: number }
  | { kind: "tooLong"; maximum: number };

/**
 * The first issue per top-level field of a failed shared-schema parse, so each
 * form can word it through i18n (the schemas' own messages are English).
 */
export function fieldIssues(error: z.ZodError): Record<string, FieldIssue> {
  const issues: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || field in issues) continue;
    if (issue.code === "too_small") {
      const minimum = Number(issue.minimum);
      issues[field] = minimum <= 1 ? { kind: "required" } : { kind: "tooShort", minimum };
    } else if (issue.code === "too_big") {
      issues[field] = { kind: "tooLong", maximum: Number(issue.maximum) };
    } else {
      issues[field] = { kind: "invalid" };
    }
  }
  return issues;
}

/**
 * Splits a server validation message ("visitEnd: The visit cannot end before
 * it starts") into the field it names, when that is one of `fields`, and the
 * sentence to show next to it. Other messages stay whole, for the form's alert.
 */
export function serverFieldMessage<F extends string>(message: string, fields: readonly F[]): { field: F | null; text: string } {
  const match = /^([A-Za-z][\w.]*): (.+)$/s.exec(message);
  const field = match?.[1]?.split(".")[0];
  if (match && field && (fields as readonly string[]).includes(field)) return { field: field as F, text: match[2]! };
  return { field: null, text: message };
}

import { moduleSchema, type BenchmarkModule } from "@review/shared";
import type { z } from "zod";

export type JsonCheck<T> = { ok: true; value: T } | { ok: false; kind: "syntax" | "schema"; message: string };

/** The first zod issue as `path: message`, worded like the server's errors. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input";
  return issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message;
}

/** Parses text as JSON; the syntax error's own message when it is not. */
export function parseJson(text: string): JsonCheck<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, kind: "syntax", message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Checks a pasted module before it is sent: JSON syntax, then the shared schema
 * (the server checks again, together with the rest of the benchmark).
 */
export function checkModuleJson(text: string): JsonCheck<BenchmarkModule> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = moduleSchema.safeParse(json.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, kind: "schema", message: `module.${describeIssue(parsed.error)}` };
}

/** A sensible next version label: the last number raised by one ("2012.1" → "2012.2", "v3" → "v4"), else "<version>.1". */
export function suggestNextVersion(version: string, taken: (candidate: string) => boolean = () => false): string {
  let candidate = version;
  for (let i = 0; i < 100; i++) {
    const match = /^(.*?)(\d+)(\D*)$/.exec(candidate);
    candidate = match ? `${match[1]}${Number(match[2]) + 1}${match[3]}` : `${candidate}.1`;
    if (!taken(candidate)) return candidate;
  }
  return `${version}.new`;
}

/** A template to start a module from: one factor with every field, ids derived from `prefix`. */
export function moduleTemplate(prefix = "new-module"): string {
  const module: BenchmarkModule = {
    id: prefix,
    name: "New module",
    kind: "theme",
    description: "What this module assesses.",
    factors: [
      {
        id: `${prefix}-1`,
        number: "1",
        name: "First critical factor",
        definition: "One sentence that defines the critical factor.",
        tests: ["A statement that shows whether the factor is present."],
        evidence: ["An example of evidence a project could show."],
      },
    ],
  };
  return JSON.stringify(module, null, 2);
}

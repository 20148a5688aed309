import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** The WCAG 2.1 A and AA rules of axe-core (issue 11: EN 301 549 asks for WCAG 2.1 AA). */
export const WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/** One rule that failed, with what a developer needs to fix it. */
export type AxeViolation = {
  /** axe-core's rule id, e.g. "color-contrast", "label-content-name-mismatch". */
  id: string;
  impact: string | null;
  /** What the rule asks for, in one line. */
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string; html: string }[];
};

let source: Promise<string> | null = null;

/** axe-core's browser bundle, read once from the installed package. */
function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return source;
}

/**
 * Runs axe-core in `page` (injected on first use; a navigation needs it again) with the WCAG 2.1
 * A/AA tags and returns the violations. `include` limits the run to a part of the page (e.g. an
 * open dialog); by default the whole document is checked.
 */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  // Evaluated over the DevTools protocol, not as a <script>: the app's CSP forbids inline scripts.
  if (!hasAxe) await page.evaluate(`${await axeSource()}\n;void 0`);
  return page.evaluate(
    async ({ tags, include }) => {
      type Result = {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string; html: string }[];
      };
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[] }> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map((part) => (Array.isArray(part) ? part.join(" >>> ") : String(part))).join(" "),
          summary: (node.failureSummary ?? "").replace(/\s+/g, " ").trim(),
          html: node.html.length > 200 ? `${node.html.slice(0, 200)}…` : node.html,
        })),
      }));
    },
    { tags: [...WCAG_21_AA_TAGS], include: options.include ?? null },
  );
}

/** The violations as readable lines: "rule (impact): help\n  target — what to fix". Empty when there are none. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? "?"}): ${violation.help}`,
        ...violation.nodes.map((node) => `  ${node.target} — ${node.summary}\n    ${node.html}`),
      ].join("\n"),
    )
    .join("\n");
}

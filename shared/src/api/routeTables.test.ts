import { describe, expect, it } from "vitest";
import { PATTERN_PARAM } from "./route.ts";
import { ROUTE_TABLES, routePatterns } from "./routeTables.ts";
import { API_ROUTES } from "./routes.ts";

/** The pattern with its parameters named `p0`, `p1`… (what the builders are called with below). */
function samplePath(pattern: string): { args: string[]; path: string } {
  const args: string[] = [];
  const path = pattern.replace(PATTERN_PARAM, () => {
    args.push(`p${args.length}`);
    return args.at(-1)!;
  });
  return { args, path };
}

const pathPart = (url: string) => url.split("?")[0];

describe("route tables", () => {
  for (const [tableName, table] of Object.entries(ROUTE_TABLES)) {
    for (const [name, entry] of Object.entries(table)) {
      it(`${tableName}.${name} builds paths its pattern matches`, () => {
        if (typeof entry === "string") {
          expect(entry).toMatch(/^\/api\/[a-z/_-]+$/);
          return;
        }
        const build = entry as unknown as (...args: unknown[]) => string;
        if (typeof entry.pattern === "string") {
          const { args, path } = samplePath(entry.pattern);
          expect(pathPart(build(...args))).toBe(path);
          return;
        }
        const review = samplePath(entry.pattern.review);
        expect(pathPart(build({ scope: "review", reviewId: review.args[0] }, ...review.args.slice(1)))).toBe(review.path);
        const paper = samplePath(entry.pattern.paper);
        expect(pathPart(build({ scope: "paper", paperId: paper.args[0] }, ...paper.args.slice(1)))).toBe(paper.path);
      });
    }
  }

  it("encodes each parameter", () => {
    expect(API_ROUTES.reviewMember("a/b", "c?d")).toBe("/api/reviews/a%2Fb/members/c%3Fd");
  });

  it("lists every pattern once", () => {
    const patterns = routePatterns();
    expect(patterns.has("/api/reviews/:id")).toBe(true);
    expect(patterns.has("/api/papers/:id/comments/threads/:threadId")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { buildPath, compileRoute, matchRoute, resolveRoute, safeNextPath } from "./router.ts";
import { ROUTES, paths } from "./routes.ts";

describe("matchRoute", () => {
  const review = compileRoute("review", "/reviews/:reviewId");

  it("extracts and decodes params", () => {
    expect(matchRoute(review, "/reviews/abc123")).toEqual({ reviewId: "abc123" });
    expect(matchRoute(review, "/reviews/a%20b/")).toEqual({ reviewId: "a b" });
  });

  it("rejects other shapes", () => {
    expect(matchRoute(review, "/reviews")).toBeNull();
    expect(matchRoute(review, "/reviews/a/b")).toBeNull();
    expect(matchRoute(review, "/papers/a")).toBeNull();
    expect(matchRoute(review, "/reviews/%E0%A4%A")).toBeNull();
  });

  it("matches the root only at the root", () => {
    const root = compileRoute("root", "/");
    expect(matchRoute(root, "/")).toEqual({});
    expect(matchRoute(root, "/x")).toBeNull();
  });
});

describe("app routes", () => {
  it("resolve to their pages", () => {
    expect(resolveRoute(ROUTES, "/")?.name).toBe("reviews");
    expect(resolveRoute(ROUTES, "/reviews/k3j4h5g6f7d8s9a0")).toEqual({ name: "review", params: { reviewId: "k3j4h5g6f7d8s9a0" } });
    expect(resolveRoute(ROUTES, "/sign-in")?.name).toBe("signIn");
    expect(resolveRoute(ROUTES, "/register")?.name).toBe("register");
    expect(resolveRoute(ROUTES, "/nowhere")).toBeNull();
  });

  it("round-trip through the path builders", () => {
    expect(buildPath("/reviews/:reviewId", { reviewId: "a/b" })).toBe("/reviews/a%2Fb");
    expect(resolveRoute(ROUTES, paths.review("a/b"))?.params).toEqual({ reviewId: "a/b" });
    expect(paths.signIn("/reviews/x")).toBe("/sign-in?next=%2Freviews%2Fx");
    expect(paths.signIn("/")).toBe("/sign-in");
  });
});

describe("safeNextPath", () => {
  it("keeps same-origin paths", () => {
    expect(safeNextPath("/reviews/abc?tab=1")).toBe("/reviews/abc?tab=1");
  });

  it("refuses anything that could leave the origin", () => {
    for (const next of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null]) {
      expect(safeNextPath(next)).toBe("/");
    }
  });
});

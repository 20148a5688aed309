import { describe, expect, it } from "vitest";
import { buildPath, compileRoute, matchRoute, resolveRoute, safeNextPath } from "./router.ts";
import { ROUTES, paths, reviewIdOf, reviewTabOf } from "./routes.ts";

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

describe("review routes", () => {
  const id = "k3j4h5g6f7d8s9a0";

  it("give each tab its own path", () => {
    expect(paths.reviewTab(id, "overview")).toBe(`/reviews/${id}`);
    expect(paths.reviewTab(id, "board")).toBe(`/reviews/${id}/board`);
    expect(paths.reviewBoard(id, "core-1")).toBe(`/reviews/${id}/board/core-1`);
    expect(paths.reviewTab(id, "report")).toBe(`/reviews/${id}/report`);
    expect(paths.reviewTab(id, "team")).toBe(`/reviews/${id}/team`);
    expect(paths.reviewTab(id, "programme")).toBe(`/reviews/${id}/programme`);
  });

  it("resolve to the review page with its tab", () => {
    const tabOf = (path: string) => {
      const route = resolveRoute(ROUTES, path);
      return route ? [reviewTabOf(route.name), route.params] : null;
    };
    expect(tabOf(`/reviews/${id}`)).toEqual(["overview", { reviewId: id }]);
    expect(tabOf(`/reviews/${id}/board`)).toEqual(["board", { reviewId: id }]);
    expect(tabOf(`/reviews/${id}/board/m1-2`)).toEqual(["board", { reviewId: id, factorId: "m1-2" }]);
    expect(tabOf(`/reviews/${id}/report/`)).toEqual(["report", { reviewId: id }]);
    expect(tabOf(`/reviews/${id}/team`)).toEqual(["team", { reviewId: id }]);
    expect(tabOf(`/reviews/${id}/programme`)).toEqual(["programme", { reviewId: id }]);
    expect(tabOf(`/reviews/${id}/elsewhere`)).toBeNull();
    expect(tabOf("/sign-in")).toEqual([null, {}]);
  });

  it("tell which review a path belongs to", () => {
    expect(reviewIdOf(`/reviews/${id}/team`)).toBe(id);
    expect(reviewIdOf(`/reviews/${id}/board/core-1`)).toBe(id);
    expect(reviewIdOf("/")).toBeNull();
    expect(reviewIdOf("/invite/abcdefghijklmnopqrst")).toBeNull();
  });
});

describe("invitation and registration paths", () => {
  const code = "abcdefghijklmnopqrst";

  it("open the invitation page for a code", () => {
    expect(paths.invitation(code)).toBe(`/invite/${code}`);
    expect(resolveRoute(ROUTES, paths.invitation(code))).toEqual({ name: "invitation", params: { code } });
  });

  it("carry the invitation and the way back into registration and sign-in", () => {
    expect(paths.register(paths.invitation(code), code)).toBe(`/register?invitation=${code}&next=%2Finvite%2F${code}`);
    expect(paths.register(undefined, code)).toBe(`/register?invitation=${code}`);
    expect(paths.register("/")).toBe("/register");
    expect(paths.signIn(paths.invitation(code))).toBe(`/sign-in?next=%2Finvite%2F${code}`);
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

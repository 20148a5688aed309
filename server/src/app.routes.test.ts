import { describe, expect, it } from "vitest";
import { routePatterns } from "@review/shared";
import { createApp, type AppDeps } from "./app.ts";

describe("the server's routes", () => {
  it("registers every /api route from a shared route table", () => {
    // Building the app touches none of its dependencies; requests would.
    const app = createApp({ registration: "open", seedDemo: false, publicOrigin: () => "http://localhost" } as AppDeps);
    const shared = routePatterns();
    const registered = app.routes.filter((route) => route.method !== "ALL" && route.path.startsWith("/api/")).map((route) => route.path);
    expect(registered.length).toBeGreaterThan(50);
    expect(registered.filter((path) => !shared.has(path))).toEqual([]);
  });
});

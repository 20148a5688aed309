import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { API_ROUTES } from "@review/shared";
import { expectStatus } from "../support/apiClient.ts";
import type { Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { openMemberBrowsers } from "./memberBrowsers.ts";

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Issue 13, item 2: the daily wrap-up on the overview, live in a second browser, and the feedback the host reads. */
describe("daily wrap-up in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer" | "host">;
  const browsers: Browser[] = [];
  const pages = new Map<"moderator" | "peer" | "host", Page>();
  const browserErrors: string[] = [];

  const cell = (page: Page, day: number) => page.locator(`.wrap-up tr[data-factor-id="core-3"] td[data-day="${day}"]`);
  const ratingIn = (page: Page, day: number) => cell(page, day).locator("[data-rating]").getAttribute("data-rating");

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer", host: "host" });
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.review(team.reviewId), { visitStart: isoDay(-1), visitEnd: isoDay(1) }), 200, "visit dates");
    const opened = await openMemberBrowsers({
      baseUrl: server.url,
      members: [
        ["moderator", team.moderator],
        ["peer", team.members.peer],
        ["host", team.members.host],
      ],
      path: `/reviews/${team.reviewId}`,
      browsers,
      errors: browserErrors,
      ready: (page) => cell(page, 1).waitFor({ state: "visible", timeout: 20_000 }),
    });
    for (const [label, page] of opened) pages.set(label, page);
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("records day 1 and day 2 with the keyboard, a peer sees them live with the change marked, the host reads the feedback", async () => {
    const moderator = pages.get("moderator")!;
    const peer = pages.get("peer")!;
    const host = pages.get("host")!;

    // Each cell is a labelled native select: reachable with Tab, changed with the keyboard.
    const day1 = moderator.getByLabel("Factor 3, day 1");
    await day1.focus();
    await day1.selectOption("not");
    await moderator.getByLabel("Factor 3, day 2").selectOption("partly");

    await waitFor(async () => (await ratingIn(peer, 1)) === "not" && (await ratingIn(peer, 2)) === "partly", { description: "the peer sees both days live" });
    expect(await cell(peer, 2).getAttribute("data-changed")).toBe("true");
    expect(await cell(peer, 1).getAttribute("data-changed")).toBeNull();
    expect(await cell(peer, 2).locator(".wrap-up__mark [aria-hidden]").textContent()).toBe("P");
    // Day 1 is over: the peer reads it but cannot change it; today they may.
    expect(await peer.getByLabel("Factor 3, day 1").count()).toBe(0);
    expect(await peer.getByLabel("Factor 3, day 2").count()).toBe(1);
    // The host reads the matrix but edits nothing.
    expect(await host.locator(".wrap-up select").count()).toBe(0);

    await moderator.getByLabel("What was said to the host").fill("Strong employer network; drop-outs need a follow-up.");
    await moderator.getByLabel("Who was present").fill("Mia, Ana and two job coaches");
    await moderator.getByRole("button", { name: "Save feedback" }).click();
    await waitFor(async () => (await host.getByTestId("visit-feedback").textContent())?.includes("drop-outs need a follow-up") ?? false, {
      description: "the host reads the feedback live",
    });
    expect(await host.getByTestId("visit-feedback").textContent()).toContain("Mia, Ana and two job coaches");
    expect(browserErrors).toEqual([]);
  });
});

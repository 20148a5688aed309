import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { shareSession, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

describe("opening the app offline, in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer">;
  let peerBrowser: Browser;
  let moderatorBrowser: Browser;
  let peer: Page;
  let moderator: Page;
  let reportUrl = "";

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    reportUrl = `${server.url}/reviews/${team.reviewId}/report`;
    peerBrowser = await launchChromium();
    moderatorBrowser = await launchChromium();
    await shareSession(peerBrowser.context, team.members.peer, server.url);
    await shareSession(moderatorBrowser.context, team.moderator, server.url);
    peer = peerBrowser.page;
    moderator = moderatorBrowser.page;
    await moderator.goto(reportUrl);
    await ui.editor(moderator).waitFor({ timeout: 20_000 });
  }, 300_000);

  afterAll(async () => {
    await peerBrowser?.close();
    await moderatorBrowser?.close();
    await server?.cleanup();
  });

  it("a reload without network shows the app, the banner and the report as this device saved it", async () => {
    await peer.goto(reportUrl);
    await ui.editor(peer).waitFor({ timeout: 20_000 });
    // The service worker takes over, then a visit online fills its cache.
    await peer.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await peer.reload();
    await ui.editor(peer).waitFor({ timeout: 20_000 });
    expect(await peer.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await typeAtEnd(peer, "Written before going offline.");
    await waitForEditorText(moderator, "Written before going offline.");

    await peerBrowser.context.setOffline(true);
    await peer.reload();
    await peer.getByRole("note").filter({ hasText: "You are offline." }).waitFor({ timeout: 20_000 });
    await ui.editor(peer).waitFor({ timeout: 20_000 });
    await waitForEditorText(peer, "Written before going offline.");
    await typeAtEnd(peer, " Added offline.");
    await peer.screenshot({ path: path.join(ARTIFACTS_DIR, "offline-reload.png"), fullPage: true });
  });

  it("leaving with unsent changes asks first; back online, they reach the others", async () => {
    let asked = false;
    peer.once("dialog", (dialog) => {
      asked = dialog.type() === "beforeunload";
      void dialog.dismiss();
    });
    await peer.evaluate(() => {
      // A navigation the user starts: the browser asks because of the unsent changes.
      window.location.href = "/papers";
    });
    await expect.poll(() => asked, { timeout: 10_000 }).toBe(true);
    expect(new URL(peer.url()).pathname).toBe(`/reviews/${team.reviewId}/report`);

    await peerBrowser.context.setOffline(false);
    await waitForEditorText(moderator, "Written before going offline. Added offline.", 30_000);
    await peer.getByRole("note").filter({ hasText: "You are offline." }).waitFor({ state: "detached", timeout: 10_000 });
  });
});

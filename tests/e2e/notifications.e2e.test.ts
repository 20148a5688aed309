import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Page } from "playwright-core";
import { API_ROUTES, EDITOR_FRAGMENT, reviewDocumentName, reviewListResponseSchema } from "@review/shared";
import { encodeAnchor, type CommentAnchor } from "@review/shared/comments";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@review/server";
import { ApiClient } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { connectDoc } from "../support/collabClient.ts";
import { postThread, reviewComments } from "../support/commentCommands.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { shareSession } from "./reportPage.ts";

/** The first text of the report with a word of at least 6 letters, and an anchor on that word. */
function anchorOnAWord(doc: Y.Doc): { anchor: CommentAnchor; quote: string } {
  const texts: Y.XmlText[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) =>
    node.toArray().forEach((child) => (child instanceof Y.XmlText ? texts.push(child) : child instanceof Y.XmlElement ? walk(child) : undefined));
  walk(doc.getXmlFragment(EDITOR_FRAGMENT));
  for (const text of texts) {
    const word = /[A-Za-z]{6,}/.exec(text.toString());
    if (!word) continue;
    const start = word.index;
    const end = start + word[0].length;
    return { anchor: encodeAnchor(Y.createRelativePositionFromTypeIndex(text, start, 0), Y.createRelativePositionFromTypeIndex(text, end, -1)), quote: word[0] };
  }
  throw new Error("the demo report has no text to comment on");
}

describe("notifications, in Chromium", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, seedDemo: true });
    const aoife = new ApiClient(server);
    await aoife.login({ email: DEMO_ACCOUNTS[2]!.email, password: DEMO_PASSWORD });
    browser = await launchChromium({ viewport: { width: 1240, height: 800 } });
    page = browser.page;
    page.on("pageerror", (error) => browserErrors.push(error.message));
    await shareSession(browser.context, aoife, server.url);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it("a peer mentions the host: the host's bell counts it live, and its link opens the thread", async () => {
    await page.goto(`${server.url}/`);
    const bell = page.getByRole("link", { name: /^Notifications/ });
    await bell.waitFor();
    expect(await bell.getAttribute("aria-label")).toBe("Notifications");

    const jonas = new ApiClient(server);
    await jonas.login({ email: DEMO_ACCOUNTS[1]!.email, password: DEMO_PASSWORD });
    const reviews = reviewListResponseSchema.parse((await jonas.get(API_ROUTES.reviews)).body);
    // The demo's first review has a report written; the others' are empty.
    let found: { reviewId: string; anchor: CommentAnchor; quote: string } | null = null;
    for (const review of reviews.reviews) {
      const report = connectDoc(server, jonas.cookieHeader, reviewDocumentName(review.id, "report"));
      await report.whenSynced();
      if (report.fragment.length > 0) found = { reviewId: review.id, ...anchorOnAWord(report.doc) };
      report.destroy();
      if (found) break;
    }
    const { reviewId, anchor, quote } = found!;
    const aoifeId = (await page.evaluate(async () => (await (await fetch("/api/auth/me")).json()) as { user: { id: string } })).user.id;
    const { threadId } = await postThread(jonas, reviewComments(reviewId), { anchor, quote, body: "@Aoife Byrne could you confirm this?", mentions: [aoifeId] });

    await page.getByRole("link", { name: "Notifications, 1 unread" }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "notifications-bell.png"), clip: { x: 0, y: 0, width: 1240, height: 120 } });
    await bell.click();
    await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    const item = page.getByRole("link", { name: /Jonas Berg mentioned you in a comment/ });
    await item.waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "notifications-inbox.png"), fullPage: true });

    await item.click();
    await page.waitForURL((url) => url.pathname === `/reviews/${reviewId}/report` && url.searchParams.get("thread") === threadId, { timeout: 15_000 });
    const thread = page.locator(`article.thread[data-thread-id="${threadId}"]`).first();
    await expect.poll(() => thread.evaluate((element) => element === document.activeElement || element.contains(document.activeElement)), { timeout: 20_000 }).toBe(true);
    await page.getByRole("link", { name: "Notifications", exact: true }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "notifications-thread.png") });
    expect(browserErrors).toEqual([]);
  });

  it("the top bar with the bell fits from 1180 px up in German and Spanish (an administrator: every link)", async () => {
    const elena = new ApiClient(server);
    await elena.login({ email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD });
    await browser.context.clearCookies();
    await shareSession(browser.context, elena, server.url);
    for (const locale of ["de", "es"] as const) {
      expect((await elena.request("PUT", API_ROUTES.myLocale, { locale })).status).toBe(200);
      for (const width of [1180, 1240, 1300]) {
        await page.setViewportSize({ width, height: 700 });
        await page.goto(`${server.url}/`);
        const bell = page.locator(".topbar__bell");
        await bell.waitFor();
        const fit = await page.evaluate(() => {
          const nav = document.querySelector(".topbar__nav")!;
          const bellBox = document.querySelector(".topbar__bell")!.getBoundingClientRect();
          return { navScrolls: nav.scrollWidth > nav.clientWidth + 1, bellInside: bellBox.right <= window.innerWidth, pageScrolls: document.documentElement.scrollWidth > window.innerWidth };
        });
        expect(fit, `${locale} at ${width} px`).toEqual({ navScrolls: false, bellInside: true, pageScrolls: false });
        if (width === 1180) await page.screenshot({ path: path.join(ARTIFACTS_DIR, `notifications-topbar-${locale}-${width}.png`), clip: { x: 0, y: 0, width, height: 80 } });
      }
    }
  });
});

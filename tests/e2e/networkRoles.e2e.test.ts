import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@review/server";
import { ApiClient } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { shareSession } from "./reportPage.ts";

const LUCA = DEMO_ACCOUNTS[3]!;

/** The parts of the pages this test uses, found by role and accessible name. */
const ui = {
  newReview: (page: Page) => page.getByRole("button", { name: "New review", exact: true }),
  memberNote: (page: Page) => page.getByText("Reviews are created by network moderators.", { exact: false }),
  networkLink: (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Network", exact: true }),
  roleOf: (page: Page, name: string) => page.getByRole("combobox", { name: `Network role of ${name}` }),
};

describe("network roles in Chromium", () => {
  let server: TestServer;
  const browsers: Browser[] = [];
  let admin: Page;
  let member: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist, seedDemo: true });
    // Elena administers the demo network; Luca is a member (a partner in its reviews).
    for (const [label, email] of [["admin", DEMO_ACCOUNTS[0]!.email], ["member", LUCA.email]] as const) {
      const browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
      browsers.push(browser);
      browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
      const client = new ApiClient(server);
      await client.login({ email, password: DEMO_PASSWORD });
      await shareSession(browser.context, client, server.url);
      if (label === "admin") admin = browser.page;
      else member = browser.page;
    }
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("a member is not offered New review and is told who creates reviews; there is no Network page for them", async () => {
    await member.goto(`${server.url}/`);
    await member.getByRole("heading", { level: 1, name: "My reviews" }).waitFor({ timeout: 20_000 });
    await ui.memberNote(member).waitFor();
    expect(await ui.newReview(member).count()).toBe(0);
    expect(await ui.networkLink(member).count()).toBe(0);
    await member.screenshot({ path: path.join(ARTIFACTS_DIR, "network-1-member-reviews.png"), fullPage: true });
  });

  it("the administrator names the member a network moderator; the last administrator's role is locked", async () => {
    await admin.goto(`${server.url}/`);
    await ui.networkLink(admin).click();
    await admin.getByRole("heading", { level: 1, name: "Network members" }).waitFor({ timeout: 20_000 });
    const own = ui.roleOf(admin, "Elena Ruiz");
    await own.waitFor();
    expect(await own.isDisabled()).toBe(true);
    expect(await own.getAttribute("aria-describedby")).toBeTruthy();

    const luca = ui.roleOf(admin, LUCA.name);
    expect(await luca.inputValue()).toBe("member");
    await luca.selectOption("moderator");
    await admin.getByRole("status").filter({ hasText: `${LUCA.name} is now: Network moderator.` }).waitFor({ state: "attached", timeout: 10_000 });
    await admin.screenshot({ path: path.join(ARTIFACTS_DIR, "network-2-members.png"), fullPage: true });

    // Luca's next page load shows what a network moderator may do.
    await member.reload();
    await waitFor(async () => (await ui.newReview(member).count()) > 0, { timeout: 20_000, description: "the New review button for the new network moderator" });
    expect(await ui.memberNote(member).count()).toBe(0);
    expect(browserErrors).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { openMemberBrowsers } from "./memberBrowsers.ts";
import { caretToEnd } from "./reportPage.ts";

/** Issue 13, item 1: the host prepares the visit; the team reads it live on the Preparation tab. */

const projectReport = (page: Page) => page.getByRole("textbox", { name: "Short project report", exact: true });
const baselineContext = (page: Page) => page.getByRole("textbox", { name: "Baseline context", exact: true });

describe("the host's preparation in Chromium", () => {
  let server: TestServer;
  let team: Team<"host" | "peer">;
  const browsers: Browser[] = [];
  const browserErrors: string[] = [];
  let host: Page;
  let peer: Page;

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { host: "host", peer: "peer" });
    const pages = await openMemberBrowsers({
      baseUrl: server.url,
      members: [
        ["host", team.members.host],
        ["peer", team.members.peer],
      ],
      path: `/reviews/${team.reviewId}/preparation`,
      browsers,
      errors: browserErrors,
    });
    [host, peer] = [pages.get("host")!, pages.get("peer")!];
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("shows the tab, with empty states, and the team reads without writing", async () => {
    await peer.getByRole("link", { name: "Preparation", exact: true }).waitFor({ timeout: 20_000 });
    expect(await peer.getByRole("link", { name: "Preparation", exact: true }).getAttribute("aria-current")).toBe("page");
    await projectReport(peer).waitFor({ timeout: 20_000 });
    expect(await projectReport(peer).getAttribute("aria-readonly")).toBe("true");
    expect(await baselineContext(peer).getAttribute("aria-readonly")).toBe("true");
    await peer.getByText("The host and the review's moderators write these documents", { exact: false }).waitFor();
    await projectReport(host).waitFor({ timeout: 20_000 });
    expect(await projectReport(host).getAttribute("aria-readonly")).toBe("false");
    // Questions are asked on the factors the review covers: the core only, as it chose no theme module.
    await peer.locator(".preparation__factor").first().waitFor({ timeout: 20_000 });
    expect(await peer.locator(".preparation__factor").count()).toBe(8);
    expect(await peer.getByText("Valuing Migrant Competences").count()).toBe(0);
  });

  it("the host writes the project report and the baseline context; the peer sees both live", async () => {
    await caretToEnd(host, projectReport(host));
    await host.keyboard.type("We run a one-stop shop for newcomers.");
    await caretToEnd(host, baselineContext(host));
    await host.keyboard.type("Funding comes from the city budget.");

    await waitFor(async () => ((await projectReport(peer).textContent()) ?? "").includes("one-stop shop"), { timeout: 15_000, description: "the peer to see the project report" });
    await waitFor(async () => ((await baselineContext(peer).textContent()) ?? "").includes("city budget"), { timeout: 15_000, description: "the peer to see the baseline context" });
    // Each part stays in its own editor.
    expect(await projectReport(peer).textContent()).not.toContain("city budget");

    // After a reload the peer still reads it (stored on the server).
    await peer.reload();
    await waitFor(async () => ((await projectReport(peer).textContent()) ?? "").includes("one-stop shop"), { timeout: 20_000, description: "the stored project report" });
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("the peer asks a question on a factor, the host answers it, the peer sees the answer", async () => {
    // The host reads the questions: no form to ask.
    await host.getByText("No questions on this factor yet.").first().waitFor({ timeout: 20_000 });
    expect(await host.getByLabel("Your question", { exact: true }).count()).toBe(0);

    const firstFactor = peer.locator(".preparation__factor").first();
    await firstFactor.getByLabel("Your question", { exact: true }).fill("How many mentors does the project have?");
    await firstFactor.getByLabel("Evidence you want to see (optional)", { exact: true }).fill("The list of mentors");
    await firstFactor.getByRole("button", { name: "Ask the host", exact: true }).click();

    const hostFactor = host.locator(".preparation__factor").first();
    await hostFactor.getByText("How many mentors does the project have?").waitFor({ timeout: 15_000 });
    await hostFactor.getByText("Evidence wanted: The list of mentors").waitFor();
    await hostFactor.getByText(/^Asked by Peer/).waitFor();
    await hostFactor.getByLabel("Your answer", { exact: true }).fill("Twelve mentors, listed in the annex.");
    await hostFactor.getByRole("button", { name: "Save answer", exact: true }).click();

    await firstFactor.getByText("Host's answer: Twelve mentors, listed in the annex.").waitFor({ timeout: 15_000 });
    // The peer cannot answer: no answer field on their side.
    expect(await firstFactor.getByLabel("Your answer", { exact: true }).count()).toBe(0);
    expect(browserErrors).toEqual([]);
  }, 60_000);
});

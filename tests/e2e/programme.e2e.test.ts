import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { API_ROUTES, PROGRAMME_ROUTES } from "@review/shared";
import { expectStatus } from "../support/apiClient.ts";
import type { Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { openMemberBrowsers } from "./memberBrowsers.ts";

/**
 * Issue 13, item 1: the moderator plans the visit programme, a peer sees it live and co-edits it,
 * the host reads it without ever seeing a pseudonymised participant's real name, the coverage
 * follows the sessions, and an evidence card names the session it came from.
 */

const REAL_NAME = "Mariana Oyelaran-Sousa";
const SESSION_TITLE = "Interview with the job coaches";

const coverage = (page: Page) => page.getByRole("complementary", { name: "Coverage of the factors" });
const gaps = (page: Page) => coverage(page).getByRole("region", { name: /no session serves yet/ });

describe("the visit programme in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer" | "host" | "comoderator">;
  const browsers: Browser[] = [];
  const browserErrors: string[] = [];
  let moderator: Page;
  let peer: Page;
  let host: Page;
  let comoderator: Page;

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer", host: "host", comoderator: "moderator" });
    expectStatus(await team.moderator.request("PATCH", API_ROUTES.review(team.reviewId), { visitStart: "2027-03-08", visitEnd: "2027-03-10" }), 200, "set visit dates");
    const pages = await openMemberBrowsers({
      baseUrl: server.url,
      members: [
        ["moderator", team.moderator],
        ["peer", team.members.peer],
        ["host", team.members.host],
        ["comoderator", team.members.comoderator],
      ],
      path: `/reviews/${team.reviewId}/programme`,
      browsers,
      errors: browserErrors,
    });
    [moderator, peer, host, comoderator] = [pages.get("moderator")!, pages.get("peer")!, pages.get("host")!, pages.get("comoderator")!];
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("the moderator plans a day; the peer sees it live; coverage lists every factor as unserved", async () => {
    await moderator.getByRole("heading", { name: "No days planned yet" }).waitFor({ timeout: 20_000 });
    expect(await moderator.getByRole("link", { name: "Programme", exact: true }).getAttribute("aria-current")).toBe("page");
    await peer.getByRole("heading", { name: "No days planned yet" }).waitFor({ timeout: 20_000 });
    await host.getByText("The review team has not planned the visit yet.").waitFor({ timeout: 20_000 });

    await moderator.getByRole("button", { name: "Add the first day" }).click();
    const dialog = moderator.getByRole("dialog", { name: "Add a day" });
    // The first visit date is proposed; a date outside the visit is refused.
    expect(await dialog.getByLabel("Date", { exact: true }).inputValue()).toBe("2027-03-08");
    await dialog.getByLabel("Date", { exact: true }).fill("2027-04-01");
    await dialog.getByRole("button", { name: "Add day" }).click();
    await dialog.getByText("Choose a date inside the visit.").waitFor();
    await dialog.getByLabel("Date", { exact: true }).fill("2027-03-09");
    await dialog.getByRole("button", { name: "Add day" }).click();
    await dialog.waitFor({ state: "hidden" });

    await moderator.getByRole("heading", { name: /^Day 1\s*Tuesday, March 9, 2027$/ }).waitFor({ timeout: 10_000 });
    await peer.getByRole("heading", { name: /^Day 1\s*Tuesday, March 9, 2027$/ }).waitFor({ timeout: 15_000 });
    await gaps(moderator).getByText("Needs Assessment").waitFor({ timeout: 10_000 });
    await coverage(moderator).getByText("0 of 8 factors served by a session").waitFor();
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("the moderator adds a session with a pseudonymised participant; the peer and the host see it live, the real name only the moderator", async () => {
    await moderator.getByRole("button", { name: "Add session (Day 1)" }).click();
    const dialog = moderator.getByRole("dialog", { name: "Add a session" });
    await dialog.getByLabel("Kind", { exact: true }).selectOption("interview");
    await dialog.getByLabel("Start", { exact: true }).fill("10:30");
    await dialog.getByLabel("Title", { exact: true }).fill(SESSION_TITLE);
    await dialog.getByLabel("Place", { exact: true }).fill("Town hall, room 2");
    await dialog.getByRole("checkbox", { name: "C1 Needs Assessment" }).check();
    await dialog.getByRole("button", { name: "Add pseudonymised participant" }).click();
    expect(await dialog.getByLabel("Person 1: pseudonym").inputValue()).toBe("Participant 1");
    await dialog.getByLabel("Real name of person 1 (moderators only)").fill(REAL_NAME);
    await dialog.getByRole("button", { name: "Add session", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });

    const modSession = moderator.getByRole("article", { name: `10:30 ${SESSION_TITLE}` });
    await modSession.getByText(`real name: ${REAL_NAME}`).waitFor({ timeout: 10_000 });
    // Another moderator, whose tab was open before the name existed, sees it live.
    await comoderator.getByRole("article", { name: `10:30 ${SESSION_TITLE}` }).getByText(`real name: ${REAL_NAME}`).waitFor({ timeout: 15_000 });
    // The coverage follows: C1 is served now, by that session.
    await coverage(moderator).getByText("1 of 8 factors served by a session").waitFor({ timeout: 10_000 });
    expect(await gaps(moderator).getByText("Needs Assessment").count()).toBe(0);
    await coverage(moderator).getByRole("link", { name: `Day 1, 10:30: ${SESSION_TITLE}` }).waitFor();

    // The peer sees it live, with the label only.
    const peerSession = peer.getByRole("article", { name: `10:30 ${SESSION_TITLE}` });
    await peerSession.getByText("Participant 1").waitFor({ timeout: 15_000 });
    await peerSession.getByText("Town hall, room 2").waitFor();
    await coverage(peer).getByText("1 of 8 factors served by a session").waitFor({ timeout: 10_000 });
    expect(await peer.content()).not.toContain(REAL_NAME);

    // The host reads it: no editing controls at all, the read-only notice, never the real name.
    const hostSession = host.getByRole("article", { name: `10:30 ${SESSION_TITLE}` });
    await hostSession.getByText("Participant 1").waitFor({ timeout: 15_000 });
    await host.getByText("The moderators and peers plan the programme; you can read it as it changes.").waitFor();
    expect(await host.getByRole("button", { name: /Add session|Add a day|Edit session|Delete/ }).count()).toBe(0);
    expect(await host.getByRole("region", { name: "Visit programme" }).locator("input, select, textarea").count()).toBe(0);
    expect(await host.content()).not.toContain(REAL_NAME);
    // Nor can the host ask the server for it.
    expectStatus(await team.members.host.get(PROGRAMME_ROUTES.participantNames(team.reviewId)), 403, "host reads real names");
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("the peer co-edits the session; the moderator sees the change and the real name is still theirs alone", async () => {
    await peer.getByRole("button", { name: `Edit session “${SESSION_TITLE}”` }).click();
    const dialog = peer.getByRole("dialog", { name: "Edit the session" });
    // A peer keeps no real names: no field for one.
    expect(await dialog.getByLabel(/Real name/).count()).toBe(0);
    await dialog.getByRole("checkbox", { name: "C2 Migrant Voice" }).check();
    await dialog.getByRole("button", { name: "Save session" }).click();
    await dialog.waitFor({ state: "hidden" });

    const modSession = moderator.getByRole("article", { name: `10:30 ${SESSION_TITLE}` });
    await modSession.getByRole("list", { name: "Factors served" }).getByText("Migrant Voice").waitFor({ timeout: 15_000 });
    await coverage(moderator).getByText("2 of 8 factors served by a session").waitFor({ timeout: 10_000 });
    await modSession.getByText(`real name: ${REAL_NAME}`).waitFor();
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it("a card on the board names its session, chosen in the card editor", async () => {
    await peer.goto(`${server.url}/reviews/${team.reviewId}/board/core-1`);
    await peer.getByRole("button", { name: "Add evidence" }).first().click();
    const dialog = peer.getByRole("dialog", { name: "Add evidence" });
    await dialog.getByLabel("What did you find?").fill("The coaches keep a needs log per participant, reviewed monthly.");
    await dialog.getByLabel("Session", { exact: true }).selectOption({ label: `10:30 · ${SESSION_TITLE}` });
    // The session's day is the visit's second day: chosen with it.
    expect(await dialog.getByLabel("Visit day", { exact: true }).inputValue()).toBe("2");
    await dialog.getByRole("button", { name: "Add card" }).click();
    await dialog.waitFor({ state: "hidden" });

    const link = peer.getByRole("link", { name: `Session: day 1, 10:30, ${SESSION_TITLE}` });
    await link.waitFor({ timeout: 10_000 });
    // The link opens the session on the Programme tab.
    await link.click();
    await peer.getByRole("heading", { name: "Visit programme" }).waitFor({ timeout: 15_000 });
    expect(new URL(peer.url()).pathname).toBe(`/reviews/${team.reviewId}/programme`);
    expect(browserErrors).toEqual([]);
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { signedInClient, type ApiClient } from "../support/apiClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { commentOn } from "./commentsPage.ts";
import { signInThroughUi, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";
import { addEvidenceCard, visitUi } from "./visitPages.ts";

const FACTOR = { id: "core-2", number: "2", name: "Migrant Voice" };
const CARD = "Mentors meet newcomers in their first week";

/** What has focus, described for assertions (never <body> when the app is right). */
type Focused = { tag: string; id: string; text: string; label: string | null; card: string | null; comment: string | null; column: string | null };

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName.toLowerCase() ?? "",
      id: active?.id ?? "",
      text: (active?.textContent ?? "").replace(/\s+/g, " ").trim(),
      label: active?.getAttribute("aria-label") ?? null,
      card: active?.closest("article.evidence-card") ? (active.closest("article.evidence-card") as HTMLElement).id : null,
      comment: active?.getAttribute("data-comment-id") ?? null,
      column: active?.closest("section.stance-column")?.querySelector("h4")?.id.replace("column-", "") ?? null,
    };
  });
}

/** Waits until focus satisfies `test`; fails naming where focus was. */
async function expectFocus(page: Page, test: (focus: Focused) => boolean, description: string): Promise<Focused> {
  let last: Focused | null = null;
  try {
    return await waitFor(
      async () => {
        last = await focused(page);
        return test(last) ? last : null;
      },
      { timeout: 15_000, interval: 50, description },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; focus was on ${JSON.stringify(last)}`, { cause: error });
  }
}

describe("focus after sign-in, opening a factor, moving a card, posting a comment and closing dialogs", () => {
  let server: TestServer;
  let moderator: ApiClient;
  let reviewId: string;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    moderator = await signedInClient(server, "Moderator Mia");
    reviewId = (await moderator.createReview({ title: "Focus visit", hostProject: "Integrated pathways" })).id;
    browser = await launchChromium();
    page = browser.page;
    page.on("pageerror", (error) => browserErrors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it("after sign-in, focus is on the heading of the page that opens", async () => {
    await signInThroughUi(page, server.url, { email: moderator.user!.email, password: moderator.account!.password }, "/");
    const focus = await expectFocus(page, (f) => f.tag === "h1", "the review list's heading to have focus");
    expect(focus.text).toBe("My reviews");
  });

  it("opening a factor from the board moves focus to the factor's heading", async () => {
    await page.goto(`${server.url}/reviews/${reviewId}/board`);
    const tile = page.locator(`a.factor-tile__link[href$="/board/${FACTOR.id}"]`);
    await tile.waitFor({ state: "visible", timeout: 20_000 });
    await tile.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.endsWith(`/board/${FACTOR.id}`));
    const focus = await expectFocus(page, (f) => f.id === "factor-title", "the factor heading to have focus");
    expect(focus).toMatchObject({ tag: "h3", text: FACTOR.name });
  });

  it("closing a dialog returns focus to the button that opened it", async () => {
    await visitUi.board.addEvidence(page).click();
    await visitUi.board.cardDialog(page).waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    await visitUi.board.cardDialog(page).waitFor({ state: "hidden" });
    await expectFocus(page, (f) => f.tag === "button" && f.text === "Add evidence", "focus back on Add evidence after Escape");

    await addEvidenceCard(page, { text: CARD, source: "Interview", sourceLabel: "Coach", stance: "Supports" });
    await expectFocus(page, (f) => f.tag === "button" && f.text === "Add evidence", "focus back on Add evidence after adding a card");
  });

  it("moving a card to another column puts focus on the moved card there", async () => {
    const card = visitUi.board.card(page, CARD);
    const cardId = await card.getAttribute("id");
    expect(cardId).toMatch(/^card-/);
    await card.getByRole("button", { name: /^Move card/ }).click();
    const dialog = page.getByRole("dialog", { name: "Move card" });
    await dialog.waitFor({ state: "visible" });
    await dialog.getByRole("radio", { name: "Contradicts" }).check();
    await dialog.getByRole("button", { name: "Move card", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    const focus = await expectFocus(page, (f) => f.id === cardId, "the moved card to have focus");
    expect(focus.tag).toBe("article");
    expect(focus.column).toBe("contradicts");
  });

  it("deleting a card puts focus on its column's heading", async () => {
    await visitUi.board.card(page, CARD).getByRole("button", { name: /^Delete card/ }).click();
    await visitUi.board.card(page, CARD).waitFor({ state: "detached", timeout: 10_000 });
    const focus = await expectFocus(page, (f) => f.id === "column-contradicts", "the column heading to have focus");
    expect(focus.tag).toBe("h4");
  });

  it("posting a comment puts focus on the new comment", async () => {
    await page.goto(`${server.url}/reviews/${reviewId}/report`);
    await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
    await typeAtEnd(page, "The mentoring scheme works well.");
    await waitForEditorText(page, "works well");
    await commentOn(page, "mentoring scheme", "Which cohort was this?");
    const focus = await expectFocus(page, (f) => f.comment !== null, "the new comment to have focus");
    expect(focus.tag).toBe("li");
    expect(focus.text).toContain("Which cohort was this?");
  });

  it("raised no uncaught errors", () => {
    expect(browserErrors).toEqual([]);
  });
});

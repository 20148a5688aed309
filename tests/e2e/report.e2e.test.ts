import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import * as Y from "yjs";
import { signedInClient } from "../support/apiClient.ts";
import { connectDoc } from "../support/collabClient.ts";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { editorText, hexToRgb, shareSession, signInThroughUi, typeAtEnd, ui, waitForEditorText } from "./reportPage.ts";

const screenshot = async (page: Page, name: string) => {
  // A full-page capture of a scrolled page draws the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
};

describe("findings report in Chromium", () => {
  let server: TestServer;
  let team: Team<"peer" | "host">;
  const browsers: Browser[] = [];
  let moderator: Page;
  let peer: Page;
  let host: Page;
  const browserErrors: string[] = [];

  const open = async (label: string) => {
    const browser = await launchChromium();
    browsers.push(browser);
    browser.page.on("pageerror", (error) => browserErrors.push(`${label}: ${error.message}`));
    return browser;
  };

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer", host: "host" });
    // The report has its own tab: /reviews/<id> is the review's overview.
    const reviewPath = `/reviews/${team.reviewId}/report`;

    // The moderator and the host reuse sessions created over the API ...
    const moderatorBrowser = await open("moderator");
    await shareSession(moderatorBrowser.context, team.moderator, server.url);
    moderator = moderatorBrowser.page;
    const hostBrowser = await open("host");
    await shareSession(hostBrowser.context, team.members.host, server.url);
    host = hostBrowser.page;

    // ... and the peer signs in through the sign-in page.
    const peerBrowser = await open("peer");
    peer = peerBrowser.page;
    await signInThroughUi(peer, server.url, team.members.peer.account!, reviewPath);

    await moderator.goto(`${server.url}${reviewPath}`);
    await host.goto(`${server.url}${reviewPath}`);
    for (const page of [moderator, peer, host]) await ui.editor(page).waitFor({ state: "visible", timeout: 20_000 });
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.splice(0)) await browser.close();
    await server?.cleanup();
  });

  it("the sign-in page signs in with the accessible form", async () => {
    await screenshot(peer, "01-peer-after-sign-in");
    expect(new URL(peer.url()).pathname).toBe(`/reviews/${team.reviewId}/report`);
  });

  it("two writers see each other's text and named carets", async () => {
    expect(await ui.editor(moderator).evaluate((element) => element.classList.contains("ProseMirror"))).toBe(true);
    expect(await ui.editor(moderator).getAttribute("contenteditable")).toBe("true");
    expect(await ui.editor(peer).getAttribute("contenteditable")).toBe("true");

    await typeAtEnd(moderator, "The moderator drafts the findings.");
    await waitForEditorText(peer, "The moderator drafts the findings.");

    await typeAtEnd(peer, " The peer adds evidence.");
    await waitForEditorText(moderator, "The peer adds evidence.");
    await waitFor(async () => (await editorText(moderator)) === (await editorText(peer)), {
      description: "both editors to show the same text",
    });

    // Each sees the other's caret, labelled with the other's (session) name and colour.
    const peerUser = team.members.peer.user!;
    const moderatorUser = team.moderator.user!;
    const peerCaretAtModerator = ui.caretLabels(moderator).filter({ hasText: peerUser.name });
    const moderatorCaretAtPeer = ui.caretLabels(peer).filter({ hasText: moderatorUser.name });
    await peerCaretAtModerator.first().waitFor({ state: "attached", timeout: 15_000 });
    await moderatorCaretAtPeer.first().waitFor({ state: "attached", timeout: 15_000 });
    expect(await peerCaretAtModerator.count()).toBe(1);
    expect(await moderatorCaretAtPeer.count()).toBe(1);
    // Nobody sees a caret of their own.
    expect(await ui.caretLabels(moderator).filter({ hasText: moderatorUser.name }).count()).toBe(0);
    const caretColor = await peerCaretAtModerator.first().evaluate((label) => getComputedStyle(label.parentElement!).borderLeftColor || getComputedStyle(label.parentElement!).borderColor);
    expect(caretColor).toBe(hexToRgb(peerUser.color));

    await screenshot(moderator, "02-moderator-sees-peer");
    await screenshot(peer, "03-peer-sees-moderator");
  });

  it("at 1280 px the writer's toolbar is one row beside the comment margin", async () => {
    expect(moderator.viewportSize()?.width).toBe(1280);
    await moderator.locator(".comment-margin").waitFor({ state: "attached" });
    const rows = await moderator.locator(".toolbar").evaluate((toolbar) => new Set(Array.from(toolbar.children, (group) => Math.round(group.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
  });

  it("a host sees the report live but cannot edit it", async () => {
    await waitForEditorText(host, "The peer adds evidence.");
    expect(await ui.editor(host).getAttribute("contenteditable")).toBe("false");
    await ui.readOnlyNotice(host).waitFor({ state: "visible", timeout: 10_000 });

    await typeAtEnd(moderator, " Live for the host.");
    await waitForEditorText(host, "Live for the host.");

    // Typing into a read-only editor changes nothing, locally or for others.
    const before = await editorText(host);
    await ui.editor(host).click();
    await host.keyboard.type("HOST WAS HERE");
    await typeAtEnd(moderator, " Marker.");
    await waitForEditorText(host, "Marker.");
    expect(await editorText(host)).not.toContain("HOST WAS HERE");
    expect(await editorText(moderator)).not.toContain("HOST WAS HERE");
    expect((await editorText(host)).startsWith(before.trimEnd().slice(0, 20))).toBe(true);

    await screenshot(host, "04-host-read-only");
  });

  it("a caret stays at its place while another writer types in the same paragraph", async () => {
    // Two more writers outside the browsers: one only shows a caret, the other types before it.
    const keeper = await signedInClient(server, "Clara Keeper");
    await team.moderator.addMember(team.reviewId, keeper.user!.email, "peer");
    const still = connectDoc(server, keeper.cookieHeader, team.reportDoc);
    const typist = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    try {
      await Promise.all([still.whenSynced(), typist.whenSynced()]);
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText("Mentors coach newcomers weekly.")]);
      typist.fragment.insert(typist.fragment.length, [paragraph]);
      await waitFor(async () => still.fragment.toString().includes("Mentors coach"), { description: "the new paragraph at the caret's writer" });
      const text = (still.fragment.get(still.fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
      const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, "Mentors".length));
      still.awareness.setLocalStateField("cursor", { anchor: caret, head: caret });

      const textBeforeCaret = () =>
        peer.evaluate((name) => {
          const caretElement = Array.from(document.querySelectorAll(".collaboration-carets__caret")).find((element) => element.textContent === name);
          const block = caretElement?.closest("p");
          if (!caretElement || !block) return null;
          let before = "";
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (caretElement.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
            if (!node.parentElement?.closest(".collaboration-carets__caret")) before += node.textContent;
          }
          return before;
        }, "Clara Keeper");
      await waitFor(async () => (await textBeforeCaret()) === "Mentors", { description: "Clara's caret after “Mentors” in the peer's editor" });

      // Keystrokes before the caret and after it, each its own change, as a person types.
      const typed = (typist.fragment.get(typist.fragment.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
      for (const character of "Our ") {
        typed.insert(typed.toString().indexOf("Mentors"), character);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      typed.insert(typed.length, " Always.");
      await waitForEditorText(peer, "Our Mentors coach newcomers weekly. Always.");
      await waitFor(async () => (await textBeforeCaret()) === "Our Mentors", { timeout: 5_000, description: "Clara's caret still after “Mentors”" });
    } finally {
      still.destroy();
      typist.destroy();
    }
  });

  it("the caret stays on screen while new lines push it past the bottom of the window", async () => {
    await typeAtEnd(peer, " ");
    await peer.evaluate(() => window.scrollTo(0, 0));
    const lines = await peer.evaluate(() => Math.ceil(window.innerHeight / 20));
    // Enter is ProseMirror's own command (the browser does not scroll for it, as it does for typed text).
    for (let line = 0; line < lines; line++) await peer.keyboard.press("Enter");
    const caretInWindow = () =>
      peer.evaluate(() => {
        // The caret's (empty) paragraph: a collapsed range in an empty block has no rectangle.
        const focus = getSelection()!.focusNode!;
        const rect = (focus instanceof Element ? focus : focus.parentElement!).getBoundingClientRect();
        // (A pixel of slack: block heights are fractional.)
        return rect.bottom > 0 && rect.bottom <= window.innerHeight + 1 && window.scrollY > 0;
      });
    await waitFor(caretInWindow, { timeout: 5_000, description: "the caret scrolled into the window" });
    await peer.keyboard.type("The last line.", { delay: 15 });
    await waitForEditorText(moderator, "The last line.");
  });

  it("raised no uncaught errors in any browser", () => {
    expect(browserErrors).toEqual([]);
  });
});


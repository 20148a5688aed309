import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { launchChromium, type Browser } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { reportXml } from "../support/reportContent.ts";
import { createTeam, type Team } from "../support/team.ts";
import { startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { shareSession, ui, waitForEditorText } from "./reportPage.ts";

/** Every payload sets `window.__xss` (and opens a dialog): either proves it ran. */
const RUN = "window.__xss=1;alert(1)";
const HOSTILE_HREFS = [
  `javascript:${RUN}`,
  `   JaVaScRiPt:${RUN}`,
  `\u0001javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  ` VBScript:msgbox(1)`,
];

/** A paragraph holding `text`, optionally formatted (marks as y-prosemirror stores them). */
function paragraph(text: string, format?: Record<string, unknown>, attributes: Record<string, string> = {}): Y.XmlElement {
  const element = new Y.XmlElement("paragraph");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const node = new Y.XmlText();
  node.insert(0, text, format);
  element.insert(0, [node]);
  return element;
}

/** Content no editor UI can produce, written straight into the shared document by a raw Yjs client. */
function hostileContent(): Y.XmlElement[] {
  const image = new Y.XmlElement("img");
  image.setAttribute("src", "x");
  image.setAttribute("onerror", RUN);
  const script = new Y.XmlElement("script");
  script.insert(0, [new Y.XmlText(RUN)]);
  const iframe = new Y.XmlElement("iframe");
  iframe.setAttribute("src", `javascript:${RUN}`);
  const heading = new Y.XmlElement("heading");
  heading.setAttribute("level", "2 onclick=alert(1)" as unknown as string);
  heading.insert(0, [new Y.XmlText("hostile heading")]);
  return [
    paragraph("safe link", { link: { href: "https://example.org/ok" } }),
    ...HOSTILE_HREFS.map((href, index) => paragraph(`hostile link ${index}`, { link: { href } })),
    paragraph("link with handlers", { link: { href: "https://example.org/", onclick: RUN, onmouseover: RUN, style: "position:fixed" } }),
    paragraph("paragraph with handlers", undefined, { onclick: RUN, style: `background:url("javascript:${RUN}")`, onmouseover: RUN }),
    paragraph("unknown mark", { evil: { onclick: RUN } }),
    image,
    script,
    iframe,
    heading,
    paragraph("end of hostile content"),
  ];
}

type DomFindings = { hrefs: string[]; handlerAttributes: string[]; styles: string[]; forbiddenElements: string[] };

describe("hostile content written by a raw Yjs client is inert in the editor", () => {
  let server: TestServer;
  let team: Team<"peer">;
  let browser: Browser;
  let writer: CollabClient;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const clientDist = await ensureClientBuilt();
    server = await startTestServer({ backend: "pglite", clientDist });
    team = await createTeam(server, { peer: "peer" });
    writer = connectDoc(server, team.members.peer.cookieHeader, team.reportDoc);
    const watcher = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    await Promise.all([writer.whenSynced(), watcher.whenSynced()]);
    writer.doc.transact(() => writer.fragment.insert(0, hostileContent()));
    await waitFor(() => reportXml(watcher.doc) === reportXml(writer.doc), { description: "the server to store the hostile content" });
    watcher.destroy();

    browser = await launchChromium();
    browser.page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    browser.page.on("pageerror", (error) => pageErrors.push(error.message));
    // Safe links may open in a new tab: answer them locally instead of going to the network.
    await browser.context.route("https://example.org/**", (route) => route.fulfill({ contentType: "text/plain", body: "example" }));
    await shareSession(browser.context, team.moderator, server.url);
    await browser.page.goto(`${server.url}/reviews/${team.reviewId}/report`);
    await ui.editor(browser.page).waitFor({ state: "visible", timeout: 20_000 });
    await waitForEditorText(browser.page, "end of hostile content", 20_000);
  }, 300_000);

  afterAll(async () => {
    writer?.destroy();
    await browser?.close();
    await server?.cleanup();
  });

  const findings = (): Promise<DomFindings> =>
    ui.editor(browser.page).evaluate((editor) => {
      const elements = [editor, ...Array.from(editor.querySelectorAll("*"))];
      return {
        hrefs: Array.from(editor.querySelectorAll("a"), (a) => a.getAttribute("href") ?? "(none)"),
        handlerAttributes: elements.flatMap((el) => Array.from(el.attributes, (a) => a.name).filter((name) => /^on/i.test(name)).map((name) => `${el.tagName}.${name}`)),
        styles: elements.map((el) => el.getAttribute("style") ?? "").filter((style) => /javascript|url\(|position/i.test(style)),
        forbiddenElements: Array.from(editor.querySelectorAll("img, script, iframe, object, embed, svg, math, form"), (el) => el.tagName),
      };
    });

  it("renders no dangerous href, handler attribute, style or element", async () => {
    const found = await findings();
    await browser.page.evaluate(() => window.scrollTo(0, 0));
    await browser.page.screenshot({ path: path.join(ARTIFACTS_DIR, "hostile-content.png"), fullPage: true });
    // Only the safe link keeps its target; the hostile ones are neutralised (empty href).
    expect(found.hrefs[0]).toBe("https://example.org/ok");
    for (const href of found.hrefs) expect(href).toMatch(/^(https:\/\/example\.org\/(ok)?|)$/);
    expect(found.hrefs.length).toBeGreaterThanOrEqual(HOSTILE_HREFS.length + 1);
    expect(found.handlerAttributes).toEqual([]);
    expect(found.styles).toEqual([]);
    expect(found.forbiddenElements).toEqual([]);
    expect(await browser.page.evaluate(() => document.querySelectorAll("[onerror], [onclick], [onmouseover]").length)).toBe(0);
  });

  it("runs nothing when the links are clicked and hovered", async () => {
    const links = ui.editor(browser.page).locator("a");
    // Links 1..n are the hostile ones (0 is the safe link): clicking them opens nothing at all.
    for (let i = 1; i <= HOSTILE_HREFS.length; i++) {
      await links.nth(i).hover();
      await links.nth(i).click();
    }
    expect(browser.context.pages().map((page) => page.url())).toEqual([browser.page.url()]);
    expect(browser.page.url()).toBe(`${server.url}/reviews/${team.reviewId}/report`);
    // The safe links (first, and the one whose mark carried handler attributes) still work.
    await links.first().click();
    await links.last().click();
    await browser.page.getByText("paragraph with handlers").click();
    await browser.page.waitForTimeout(300);
    const pages = browser.context.pages();
    const ran = await browser.page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
    expect(ran).toBe(0);
    expect(dialogs).toEqual([]);
    // A new tab may only show a safe target (or this page, which an emptied href points at).
    for (const page of pages.slice(1)) {
      const url = page.url();
      expect(url === "about:blank" || url.startsWith("https://example.org/") || url.startsWith(server.url), url).toBe(true);
    }
    expect(pageErrors.filter((message) => /__xss|alert/.test(message))).toEqual([]);
  });
});

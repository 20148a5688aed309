/**
 * `pnpm --filter @review/tests bench:typing`: how fast the report editor answers a key in
 * Chromium, in a 100-page report, alone and while 20 remote writers type with their carets
 * shown (issue 12: p90 <= 16 ms alone, <= 25 ms with 20 remote carets).
 *
 * Two figures per key, both from the key's `keydown` timestamp:
 * - work: until the task that handled the key (ProseMirror's transaction, the Yjs update,
 *   every listener) has finished, i.e. how long the main thread was busy with it;
 * - paint: until the next rendered frame after it (style, layout and paint included, and the
 *   wait for the frame, up to one 16.7 ms vsync interval).
 * The floor is a bare <textarea> in the same browser: the browser's own cost of a key. The
 * reference is a bare contenteditable holding the same paragraphs as the report, caret in the
 * middle: the browser's own cost of a key in a document that long, without any editor. The goals
 * were set on a faster machine; the ratio to that reference is what carries across machines.
 * A last phase types alone again with comment threads open beside their passages.
 * Options: --pages=100 --writers=20 --keys=150 --threads=30 --profile (prints where the page
 * spent its CPU time while typing, by function, for each phase), --trace (the same by kind of work: style,
 * layout, paint, script; and the main thread's CPU time, which the machine's other load does not
 * inflate; see typingTrace.ts), --trace-file (also writes each phase's trace to tests/artifacts).
 */
import { mkdir } from "node:fs/promises";
import * as Y from "yjs";
import type { Page } from "playwright-core";
import { shareSession, ui } from "../e2e/reportPage.ts";
import { encodeAnchor } from "@review/shared/comments";
import { signedInClient, type ApiClient } from "../support/apiClient.ts";
import { postThread, reviewComments } from "../support/commentCommands.ts";
import { launchChromium } from "../support/chromium.ts";
import { ensureClientBuilt } from "../support/clientBuild.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { ARTIFACTS_DIR } from "../support/paths.ts";
import { createTeam } from "../support/team.ts";
import { startTestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { percentile as sortedPercentile } from "./stats.ts";
import { traced } from "./typingTrace.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const PAGES = option("pages", 100);
const WRITERS = option("writers", 20);
const KEYS = option("keys", 150);
/** Open comment threads spread over the report for the last phase (as a host's review of the draft leaves them). */
const THREADS = option("threads", 30);
/** A page of a report: ~500 words in five paragraphs. */
const PARAGRAPHS_PER_PAGE = 5;
/** A fast typist: 12 keys per second. */
const KEY_DELAY_MS = 80;
/** Each remote writer types 3 characters a second and moves its caret with them. */
const REMOTE_KEYS_PER_SECOND = 3;
/** Remote writers per account (the server allows 16 connections per user and document). */
const WRITERS_PER_ACCOUNT = 5;

const SENTENCES = [
  "The team found that employers were engaged early and that the migrant voice shaped the provision of the project.",
  "Interviews with mentors showed a steady route from validation of prior learning into regional employment.",
  "Partners described the forum as the place where newcomers and officials meet on equal terms every month.",
  "Evidence from the site visit suggests that funding rules still favour short courses over lasting pathways.",
  "The host project keeps records of outcomes, but few of them are shared with the managing authority.",
];

type Latencies = { work: number[]; paint: number[] };

const percentile = (values: number[], p: number) => sortedPercentile([...values].sort((a, b) => a - b), p);

const log = (line: string) => console.log(line);
const PROFILE = args.includes("--profile");

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };

/** Runs `action` under Chromium's CPU profiler and prints the functions with the most self time. */
async function profiled(page: Page, label: string, action: () => Promise<void>): Promise<void> {
  if (!PROFILE) return action();
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 200 });
  await session.send("Profiler.start");
  await action();
  const { profile } = (await session.send("Profiler.stop")) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const selfTime = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop()}:${frame.lineNumber}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  log(`Profile (${label}), self time:`);
  const scriptMs = [...selfTime].filter(([name]) => !name.startsWith("(")).reduce((sum, [, ms]) => sum + ms, 0);
  log(`  script self time in all: ${scriptMs.toFixed(0)} ms`);
  for (const [name, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 20)) log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
  printNativeCallers(profile, byId);
  await session.detach();
}

const NATIVE_HOT_SPOTS = new Set(["getClientRects", "getBoundingClientRect"]);

/** Native calls that force layout say little alone: prints the page's functions that made them. */
function printNativeCallers(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, byId: Map<number, ProfileNode>): void {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of (node as ProfileNode & { children?: number[] }).children ?? []) parentOf.set(child, node.id);
  const callers = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    if (!NATIVE_HOT_SPOTS.has(frame.functionName)) return;
    const chain: string[] = [];
    for (let at = parentOf.get(id); at !== undefined && chain.length < 4; at = parentOf.get(at)) {
      const caller = byId.get(at)!.callFrame;
      chain.push(`${caller.functionName || "(anonymous)"} ${caller.url.split("/").pop()}:${caller.lineNumber}`);
    }
    const key = `${frame.functionName} <- ${chain.join(" <- ")}`;
    callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  for (const [chain, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 6)) log(`  ${ms.toFixed(0).padStart(6)} ms  ${chain}`);
}

/** Installs the key timing in the page: every keydown records its work and paint latency. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const holder = window as unknown as { __keyTimings: { work: number[]; paint: number[] } };
    holder.__keyTimings = { work: [], paint: [] };
    window.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        const record = holder.__keyTimings;
        // A message posted now is delivered after the task that dispatches this key ends.
        const afterTask = new MessageChannel();
        afterTask.port1.onmessage = () => record.work.push(performance.now() - start);
        afterTask.port2.postMessage(null);
        requestAnimationFrame(() => {
          const afterFrame = new MessageChannel();
          afterFrame.port1.onmessage = () => record.paint.push(performance.now() - start);
          afterFrame.port2.postMessage(null);
        });
      },
      true,
    );
  });
}

async function takeTimings(page: Page): Promise<Latencies> {
  return page.evaluate(() => {
    const holder = window as unknown as { __keyTimings: { work: number[]; paint: number[] } };
    const taken = holder.__keyTimings;
    holder.__keyTimings = { work: [], paint: [] };
    return taken;
  });
}

/** Types `KEYS` characters (words and spaces) as a person would. */
async function typeKeys(page: Page): Promise<void> {
  const text = "the migrant voice shaped the provision ".repeat(Math.ceil(KEYS / 39)).slice(0, KEYS);
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(200);
}

function describe(label: string, latencies: Latencies, floor?: Latencies): string {
  const figure = (values: number[], p: number) => percentile(values, p);
  const ratio = (values: number[], floorValues: number[] | undefined, p: number) =>
    floorValues && floorValues.length > 0 ? ` (${(figure(values, p) / Math.max(figure(floorValues, p), 0.1)).toFixed(1)}x floor)` : "";
  const line = (name: "work" | "paint") => {
    const values = latencies[name];
    return `${name} p50 ${figure(values, 50).toFixed(1)} / p90 ${figure(values, 90).toFixed(1)}${ratio(values, floor?.[name], 90)} / p99 ${figure(values, 99).toFixed(1)} / max ${Math.max(...values).toFixed(1)} ms`;
  };
  return `${label.padEnd(44)} ${latencies.work.length} keys · ${line("work")} · ${line("paint")}`;
}

/** Fills the report with `pages` pages through a collab client, in batches the server accepts. */
/** The report's paragraph `index`: ~100 words. */
const paragraphText = (index: number) => Array.from({ length: 5 }, (_, k) => SENTENCES[(index + k) % SENTENCES.length]).join(" ");

/** What the report editor's stylesheet does to its blocks off screen (editor.css): not laid out or painted. */
const OFFSCREEN_BLOCKS_CSS = "[contenteditable] > * { content-visibility: auto; contain-intrinsic-block-size: auto 6em }";

/**
 * The reference: the browser alone, typing in the middle of a contenteditable with the report's
 * paragraphs; `offscreenBlocks`: with the editor's CSS that skips the blocks off screen.
 */
async function bareContentEditable(page: Page, pages: number, offscreenBlocks: boolean): Promise<void> {
  const paragraphs = Array.from({ length: pages * PARAGRAPHS_PER_PAGE }, (_, index) => `<p>${paragraphText(index)}</p>`).join("");
  const style = offscreenBlocks ? `<style>${OFFSCREEN_BLOCKS_CSS}</style>` : "";
  await page.setContent(`${style}<main style="max-width:760px;margin:0 auto;font:16px/1.6 sans-serif"><div contenteditable="true" aria-label="reference">${paragraphs}</div></main>`);
  await page.getByLabel("reference").evaluate((element) => {
    const middle = element.children[Math.floor(element.children.length / 2)]!.firstChild!;
    element.focus();
    const range = document.createRange();
    range.setStart(middle, 20);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    element.children[Math.floor(element.children.length / 2)]!.scrollIntoView({ block: "center" });
  });
}

async function seedReport(writer: CollabClient, pages: number): Promise<void> {
  const paragraphs = pages * PARAGRAPHS_PER_PAGE;
  const batch = 50;
  for (let start = 0; start < paragraphs; start += batch) {
    writer.doc.transact(() => {
      const nodes: Y.XmlElement[] = [];
      for (let i = start; i < Math.min(paragraphs, start + batch); i++) {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText(paragraphText(i))]);
        nodes.push(paragraph);
      }
      writer.fragment.insert(writer.fragment.length, nodes);
    });
    // Stay under the per-user write rate.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** A remote writer: types into a paragraph of its own choosing and publishes its caret there. */
function startRemoteWriter(client: CollabClient, seed: number): () => void {
  let typed = 0;
  const paragraphs = client.fragment.length;
  const target = client.fragment.get((seed * 37) % paragraphs) as Y.XmlElement;
  const text = target.get(0) as Y.XmlText;
  let at = (seed * 13) % Math.max(1, text.length);
  const timer = setInterval(() => {
    const character = "remote typing "[typed % 14]!;
    text.insert(at, character);
    at += 1;
    typed += 1;
    const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at));
    client.awareness.setLocalStateField("cursor", { anchor: caret, head: caret });
  }, 1000 / REMOTE_KEYS_PER_SECOND);
  return () => clearInterval(timer);
}

/** Puts the caret in the middle of the report (through Tiptap's editor on the DOM element). */
async function caretToMiddle(page: Page): Promise<void> {
  await ui.editor(page).evaluate((element) => {
    type EditorLike = { state: { doc: { content: { size: number } } }; commands: { setTextSelection(position: number): boolean; focus(): boolean } };
    const editor = (element as HTMLElement & { editor: EditorLike }).editor;
    editor.commands.focus();
    editor.commands.setTextSelection(Math.floor(editor.state.doc.content.size / 2));
  });
}

async function main(): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const clientDist = await ensureClientBuilt();
  const server = await startTestServer({ backend: "pglite", clientDist });
  const remotes: CollabClient[] = [];
  const stops: (() => void)[] = [];
  const browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  try {
    const page = browser.page;

    // The floor: the browser's own cost of a key in a bare textarea.
    await page.setContent('<textarea aria-label="floor" style="width:600px;height:300px"></textarea>');
    await instrument(page);
    await page.getByLabel("floor").click();
    await typeKeys(page);
    const floor = await takeTimings(page);

    await bareContentEditable(page, PAGES, false);
    await instrument(page);
    await typeKeys(page);
    const reference = await takeTimings(page);

    await bareContentEditable(page, PAGES, true);
    await instrument(page);
    await traced(page, "reference, blocks off screen skipped", args, () => typeKeys(page));
    const offscreenReference = await takeTimings(page);

    const team = await createTeam(server, { peer: "peer" });
    const seeder = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    await seeder.whenSynced();
    const started = performance.now();
    await seedReport(seeder, PAGES);
    const bytes = Y.encodeStateAsUpdate(seeder.doc).length;
    log(`Seeded ${PAGES} pages (${seeder.fragment.length} paragraphs, ${(bytes / 1024).toFixed(0)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    await shareSession(browser.context, team.members.peer, server.url);
    await page.goto(`${server.url}/reviews/${team.reviewId}/report`);
    await ui.editor(page).waitFor({ state: "visible", timeout: 60_000 });
    const lastWords = SENTENCES[(seeder.fragment.length - 1 + 4) % SENTENCES.length]!.slice(0, 30);
    await waitFor(async () => ((await ui.editor(page).textContent()) ?? "").includes(lastWords), { timeout: 60_000, description: "the whole report in the editor" });
    await instrument(page);
    await caretToMiddle(page);
    await traced(page, "alone", args, () => profiled(page, "alone", () => typeKeys(page)));
    const alone = await takeTimings(page);

    // Remote writers, WRITERS_PER_ACCOUNT per account.
    const accounts: ApiClient[] = [];
    for (let i = 0; i < Math.ceil(WRITERS / WRITERS_PER_ACCOUNT); i++) {
      const account = await signedInClient(server, `Remote ${i + 1}`);
      await team.moderator.addMember(team.reviewId, account.user!.email, "peer");
      accounts.push(account);
    }
    for (let i = 0; i < WRITERS; i++) {
      const remote = connectDoc(server, accounts[Math.floor(i / WRITERS_PER_ACCOUNT)]!.cookieHeader, team.reportDoc);
      remotes.push(remote);
    }
    await Promise.all(remotes.map((remote) => remote.whenSynced(60_000)));
    remotes.forEach((remote, index) => stops.push(startRemoteWriter(remote, index + 1)));
    await waitFor(async () => (await page.locator(".collaboration-carets__caret").count()) >= WRITERS, { timeout: 30_000, description: `${WRITERS} remote carets in the editor` });
    await page.screenshot({ path: `${ARTIFACTS_DIR}/bench-typing-remote.png` });
    await takeTimings(page);
    await traced(page, "with remote writers", args, () => profiled(page, "with remote writers", () => typeKeys(page)));
    const together = await takeTimings(page);

    // Comment threads spread over the report, each beside its passage in the margin.
    for (const stop of stops.splice(0)) stop();
    let withThreads: Latencies | null = null;
    if (THREADS > 0) {
      for (let i = 0; i < THREADS; i++) {
        const paragraph = seeder.fragment.get(Math.floor(((i + 0.5) * seeder.fragment.length) / THREADS)) as Y.XmlElement;
        const text = paragraph.get(0) as Y.XmlText;
        const anchor = encodeAnchor(Y.createRelativePositionFromTypeIndex(text, 10, 0), Y.createRelativePositionFromTypeIndex(text, 40, -1));
        await postThread(team.moderator, reviewComments(team.reviewId), { body: `Comment ${i + 1} on this passage.`, anchor, quote: text.toString().slice(10, 40) });
      }
      await waitFor(async () => (await page.locator(".comment-margin > .thread").count()) >= THREADS, { timeout: 30_000, description: `${THREADS} threads in the margin` });
      await caretToMiddle(page);
      await takeTimings(page);
      await traced(page, "with comment threads", args, () => profiled(page, "with comment threads", () => typeKeys(page)));
      withThreads = await takeTimings(page);
    }

    log("");
    log(`Keypress latency in Chromium (headless, ${KEY_DELAY_MS} ms between keys), ${PAGES}-page report:`);
    log(describe("floor: bare <textarea>", floor));
    log(describe(`reference: bare contenteditable, same ${PAGES} pages`, reference, floor));
    log(describe(`reference with the editor's off-screen CSS`, offscreenReference, floor));
    log(describe(`report, alone`, alone, floor));
    log(describe(`report, ${WRITERS} remote writers with carets`, together, floor));
    if (withThreads) log(describe(`report, alone, ${THREADS} comment threads`, withThreads, floor));
    const toReference = (latencies: Latencies) => (percentile(latencies.paint, 90) / Math.max(percentile(reference.paint, 90), 0.1)).toFixed(2);
    log(`Paint p90 against the bare contenteditable: alone ${toReference(alone)}x, with ${WRITERS} remote writers ${toReference(together)}x`);
    const toOffscreen = (latencies: Latencies) => (percentile(latencies.paint, 90) / Math.max(percentile(offscreenReference.paint, 90), 0.1)).toFixed(2);
    log(`Paint p90 against it with the off-screen CSS: alone ${toOffscreen(alone)}x, with ${WRITERS} remote writers ${toOffscreen(together)}x`);
    log("");
    log(`Goals (issue 12, paint p90): alone <= 16 ms: ${percentile(alone.paint, 90).toFixed(1)} ms; with ${WRITERS} remote carets <= 25 ms: ${percentile(together.paint, 90).toFixed(1)} ms`);
    seeder.destroy();
  } finally {
    for (const stop of stops) stop();
    for (const remote of remotes) remote.destroy();
    await browser.close();
    await server.cleanup();
  }
}

await main();

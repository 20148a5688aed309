import { createHash } from "node:crypto";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { COLLAB_PATH, EDITOR_FRAGMENT, reviewDocumentName } from "@review/shared";
import { ApiClient, signedInClient } from "../support/apiClient.ts";
import { connectDoc, type CollabAddress } from "../support/collabClient.ts";
import { appendParagraph } from "../support/reportContent.ts";
import { launchServerProcess, untilPrinted, type ServerProcessHandle } from "../support/serverProcess.ts";
import { withDeadline } from "../support/waitFor.ts";
import { createBenchDatabase, type BenchDatabase } from "./database.ts";
import { launchYWebsocket, ourAddress, TARGET_LABELS } from "./targets.ts";
import { median, sleep } from "./stats.ts";

/** The final-report seed: its text becomes the ~100 KB findings report. */
export const REPORT_SEED = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../shared/seeds/002_733f100e1c83f3b4.txt");

const TARGET_REPORT_BYTES = 100 * 1024;
/** Paragraphs per transaction (one update message) while writing the report. */
const PARAGRAPHS_PER_UPDATE = 10;
/** Stay well under the server's 100 messages/s per connection. */
const SEND_INTERVAL_MS = 15;

export type ColdLoadParams = { restarts: number; historyEdits: number; tailEdits: number; crashRow?: boolean };

export type ColdLoadRow = {
  target: string;
  /** What the restarted server loads the document from. */
  storage: string;
  /** Encoded document size (Y.encodeStateAsUpdate), bytes. */
  documentBytes: number;
  samples: number;
  /** Medians over the restarts, ms: process spawn to its ready line. */
  startupMs: number;
  /** First document after the restart: connect to open socket, to first frame, to content hash match; and the client's own share. */
  openMs: number;
  firstFrameMs: number;
  loadMs: number;
  clientMs: number;
  /** A second document, loaded right after the first (warm process, document not in memory). */
  warmLoadMs: number | null;
};

/** The seed's non-empty lines as paragraphs, repeated until the report encodes to ~100 KB. */
export async function reportParagraphs(): Promise<string[]> {
  const lines = (await readFile(REPORT_SEED, "utf8"))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const doc = new Y.Doc();
  const paragraphs: string[] = [];
  for (let i = 0; Y.encodeStateAsUpdate(doc).length < TARGET_REPORT_BYTES && i < lines.length * 3; i++) {
    const text = lines[i % lines.length]!;
    paragraphs.push(text);
    appendParagraph(doc, text);
  }
  doc.destroy();
  return paragraphs;
}

/**
 * Applies and hashes a report like the measured one a few times, untimed: the first applies of a
 * run took up to 60 ms of the bench's own JIT warm-up, charged to whichever target came first.
 */
export function warmLoadingClient(paragraphs: string[], edits: number): void {
  const source = new Y.Doc();
  for (const text of paragraphs) appendParagraph(source, text);
  const fragment = source.getXmlFragment(EDITOR_FRAGMENT);
  for (let i = 0; i < edits; i++) {
    const text = (fragment.get(Math.floor(Math.random() * fragment.length)) as Y.XmlElement).get(0);
    if (text instanceof Y.XmlText) text.insert(Math.floor(Math.random() * (text.length + 1)), "e");
  }
  const update = Y.encodeStateAsUpdate(source);
  source.destroy();
  for (let round = 0; round < 20; round++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    contentHash(doc);
    doc.destroy();
  }
}

function contentHash(doc: Y.Doc): string {
  return createHash("sha256").update(doc.getXmlFragment(EDITOR_FRAGMENT).toString()).digest("hex");
}

/**
 * Writes the report through a real provider in transactions of a few paragraphs, then
 * `edits` single-keystroke edits at random places (a long editing history), paced below
 * the rate limit. Resolves once a second client sees the same content: everything is stored.
 */
async function writeReport(address: CollabAddress, cookie: string, docName: string, paragraphs: string[], edits: number): Promise<{ hash: string; bytes: number }> {
  const writer = connectDoc(address, cookie, docName);
  try {
    await writer.whenSynced();
    for (let start = 0; start < paragraphs.length; start += PARAGRAPHS_PER_UPDATE) {
      writer.doc.transact(() => {
        for (const text of paragraphs.slice(start, start + PARAGRAPHS_PER_UPDATE)) {
          const paragraph = new Y.XmlElement("paragraph");
          paragraph.insert(0, [new Y.XmlText(text)]);
          writer.fragment.push([paragraph]);
        }
      });
      await sleep(SEND_INTERVAL_MS);
    }
    await typeEdits(writer.doc, edits);
    const hash = contentHash(writer.doc);
    await untilSameContent(address, cookie, docName, hash);
    return { hash, bytes: Y.encodeStateAsUpdate(writer.doc).length };
  } finally {
    writer.destroy();
  }
}

async function typeEdits(doc: Y.Doc, edits: number): Promise<void> {
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  for (let i = 0; i < edits; i++) {
    const paragraph = fragment.get(Math.floor(Math.random() * fragment.length));
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (text instanceof Y.XmlText) text.insert(Math.floor(Math.random() * (text.length + 1)), "e");
    await sleep(SEND_INTERVAL_MS);
  }
}

/** Waits until a fresh client of the document holds content with `hash` (bounded). */
async function untilSameContent(address: CollabAddress, cookie: string, docName: string, hash: string): Promise<void> {
  await loadUntilHash(address, cookie, docName, hash, 60_000);
}

type LoadTiming = {
  /** Connect call to the open socket (the upgrade, with its session and permission checks). */
  openMs: number;
  /** Connect call to the first frame (our server greets only once the document has loaded). */
  firstFrameMs: number;
  /** Connect call to the content hash matching. */
  loadMs: number;
  /** Of `loadMs`, the client's Y.applyUpdate and hashing. */
  clientMs: number;
};

/**
 * Opens the document as the provider does (sync step 1 on open; applies every sync step 2
 * and update it receives) on a bare socket, so that each phase can be timed, and stops
 * when the content hash equals `hash` (checked after every applied message, not at a
 * `synced` event: a server may answer before its document has loaded).
 */
async function loadUntilHash(address: CollabAddress, cookie: string, docName: string, hash: string, timeoutMs: number): Promise<LoadTiming> {
  const doc = new Y.Doc();
  const headers: Record<string, string> = { origin: address.origin };
  if (cookie) headers.cookie = cookie;
  const started = performance.now();
  const socket = new WebSocket(`${address.wsUrl}${COLLAB_PATH}/${docName}`, { headers, perMessageDeflate: false });
  const timing: LoadTiming = { openMs: 0, firstFrameMs: 0, loadMs: 0, clientMs: 0 };
  const done = new Promise<void>((resolve, reject) => {
    socket.once("open", () => {
      timing.openMs = performance.now() - started;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, doc);
      socket.send(encoding.toUint8Array(encoder));
    });
    socket.on("message", (data: Buffer) => {
      const arrived = performance.now();
      if (!timing.firstFrameMs) timing.firstFrameMs = arrived - started;
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) !== 0) return;
      const kind = decoding.readVarUint(decoder);
      if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate) return;
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      const same = contentHash(doc) === hash;
      const checked = performance.now();
      timing.clientMs += checked - arrived;
      if (same) {
        timing.loadMs = checked - started;
        resolve();
      }
    });
    socket.once("error", reject);
    socket.once("close", (code) => reject(new Error(`closed with ${code} before the content matched`)));
  });
  try {
    await withDeadline(done, timeoutMs, `content hash of ${docName}`);
    return timing;
  } finally {
    socket.removeAllListeners();
    socket.on("error", () => {});
    socket.terminate();
    doc.destroy();
  }
}

type Sample = { startupMs: number; first: LoadTiming; warm: LoadTiming | null };

/** Our server: spawn (as `pnpm start` does) on the same storage, then load documents cold. */
async function restartOurs(
  env: Record<string, string>,
  docNames: string[],
  hashes: string[],
  credentials: { email: string; password: string },
): Promise<{ sample: Sample; server: ServerProcessHandle; address: ReturnType<typeof ourAddress>; cookie: string }> {
  const spawned = performance.now();
  const server = launchServerProcess(env);
  const { port } = await withDeadline(server.ready, 60_000, "server restart");
  const startupMs = performance.now() - spawned;
  const address = ourAddress(port);
  // Sessions survive restarts, but signing in again keeps this independent of that.
  const api = new ApiClient(address);
  await api.login(credentials);
  const timings: LoadTiming[] = [];
  for (let i = 0; i < docNames.length; i++) timings.push(await loadUntilHash(address, api.cookieHeader, docNames[i]!, hashes[i]!, 30_000));
  return { sample: { startupMs, first: timings[0]!, warm: timings[1] ?? null }, server, address, cookie: api.cookieHeader };
}

/**
 * Cold load of our server (PGlite, or PostgreSQL in a fresh bench database): two copies of the report are written (with an
 * editing history) into two documents, the server is stopped and then started
 * `restarts` times; each time one client loads the first document (cold process) and
 * then the second (warm process, document not in memory). A graceful stop (SIGTERM)
 * compacts the log into a snapshot; the kill -9 row leaves `tailEdits` updates in the
 * log after the snapshot.
 */
export async function coldLoadOurs(kind: "ours-pglite" | "ours-postgres", params: ColdLoadParams, paragraphs: string[]): Promise<ColdLoadRow[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-cold-"));
  const rows: ColdLoadRow[] = [];
  const label = TARGET_LABELS[kind];
  let database: BenchDatabase | null = null;
  try {
    if (kind === "ours-postgres") database = await createBenchDatabase();
    // COLLAB_TRACE: the kill -9 rows wait for the compaction's trace line.
    const env: Record<string, string> = { DATA_DIR: dataDir, COLLAB_TRACE: "on", ...(database ? { DATABASE_URL: database.url } : {}) };
    const first = launchServerProcess(env);
    const { port } = await withDeadline(first.ready, 60_000, "first start");
    const address = ourAddress(port);
    const moderator = await signedInClient(address, "Moderator Mia");
    const docNames: string[] = [];
    const hashes: string[] = [];
    let bytes = 0;
    for (let i = 0; i < 2; i++) {
      const review = await moderator.createReview({ title: `Cold load ${i}`, hostProject: "Bench project" });
      const docName = reviewDocumentName(review.id, "report");
      const written = await writeReport(address, moderator.cookieHeader, docName, paragraphs, params.historyEdits);
      docNames.push(docName);
      hashes.push(written.hash);
      bytes = written.bytes;
    }
    await first.kill("SIGTERM");
    const credentials = { email: moderator.account!.email, password: moderator.account!.password };

    const samples: Sample[] = [];
    for (let i = 0; i < params.restarts; i++) {
      const run = await restartOurs(env, docNames, hashes, credentials);
      samples.push(run.sample);
      await run.server.kill("SIGTERM");
    }
    rows.push(row(label, `snapshot (graceful stop compacts); ${params.historyEdits} edits of history`, bytes, samples));

    if (params.crashRow === false) return rows;
    // A crash leaves the log tail after the last snapshot: the first start replays it. Each
    // sample writes a fresh tail and kills the server (-9), restarts it (first start), then
    // kills it again without any edit and restarts it once more (second start).
    let hash = hashes[0]!;
    const firstStarts: Sample[] = [];
    const secondStarts: Sample[] = [];
    let previous = await restartOurs(env, docNames.slice(0, 1), [hash], credentials);
    for (let i = 0; i < params.restarts; i++) {
      const tailed = connectDoc(previous.address, previous.cookie, docNames[0]!);
      await tailed.whenSynced();
      await typeEdits(tailed.doc, params.tailEdits);
      hash = contentHash(tailed.doc);
      await untilSameContent(previous.address, previous.cookie, docNames[0]!, hash);
      tailed.destroy();
      await previous.server.kill("SIGKILL");
      const first = await restartOurs(env, docNames.slice(0, 1), [hash], credentials);
      firstStarts.push(first.sample);
      // The load compacts the tail right after it (off its path); the second start comes once that has committed.
      await untilPrinted(first.server, `compaction done ${docNames[0]!}`, 60_000);
      await first.server.kill("SIGKILL");
      previous = await restartOurs(env, docNames.slice(0, 1), [hash], credentials);
      secondStarts.push(previous.sample);
    }
    await previous.server.kill("SIGKILL");
    rows.push(row(label, `snapshot + ${params.tailEdits}-update log tail (first start after kill -9)`, bytes, firstStarts));
    rows.push(row(label, `second start after kill -9 (no edit in between)`, bytes, secondStarts));
  } finally {
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
    // The server's lock file and journal sit beside the data directory.
    await rm(`${dataDir}.lock`, { force: true });
    await rm(`${dataDir}.journal`, { recursive: true, force: true });
  }
  return rows;
}

/** The reference server with its LevelDB persistence (YPERSISTENCE; y-leveldb ships with y-websocket@2.1.0). */
export async function coldLoadYWebsocket(params: ColdLoadParams, paragraphs: string[]): Promise<ColdLoadRow[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-cold-yws-"));
  const persistenceDir = path.join(dir, "leveldb");
  const docNames = ["cold-load-report-a", "cold-load-report-b"];
  try {
    const first = await launchYWebsocket({ probe: false, persistenceDir });
    const address = { wsUrl: `ws://127.0.0.1:${first.port}`, origin: `http://127.0.0.1:${first.port}` };
    const hashes: string[] = [];
    let bytes = 0;
    for (const docName of docNames) {
      const written = await writeReport(address, "", docName, paragraphs, params.historyEdits);
      hashes.push(written.hash);
      bytes = written.bytes;
    }
    // y-leveldb stores each update asynchronously after the broadcast; give it time to land.
    await sleep(1000);
    await first.stop("SIGTERM");
    const samples: Sample[] = [];
    for (let i = 0; i < params.restarts; i++) {
      const server = await launchYWebsocket({ probe: false, persistenceDir });
      const restarted = { wsUrl: `ws://127.0.0.1:${server.port}`, origin: `http://127.0.0.1:${server.port}` };
      const firstLoad = await loadUntilHash(restarted, "", docNames[0]!, hashes[0]!, 30_000);
      const warmLoad = await loadUntilHash(restarted, "", docNames[1]!, hashes[1]!, 30_000);
      samples.push({ startupMs: server.startupMs, first: firstLoad, warm: warmLoad });
      await sleep(200);
      await server.stop("SIGTERM");
    }
    return [row("y-websocket 2.1.0", `LevelDB (YPERSISTENCE, y-leveldb 0.1.2); ${params.historyEdits} edits of history`, bytes, samples)];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function row(target: string, storage: string, documentBytes: number, samples: Sample[]): ColdLoadRow {
  const warm = samples.flatMap((s) => (s.warm ? [s.warm.loadMs] : []));
  return {
    target,
    storage,
    documentBytes,
    samples: samples.length,
    startupMs: median(samples.map((s) => s.startupMs)),
    openMs: median(samples.map((s) => s.first.openMs)),
    firstFrameMs: median(samples.map((s) => s.first.firstFrameMs)),
    loadMs: median(samples.map((s) => s.first.loadMs)),
    clientMs: median(samples.map((s) => s.first.clientMs)),
    warmLoadMs: warm.length > 0 ? median(warm) : null,
  };
}

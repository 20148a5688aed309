import { spawn } from "node:child_process";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { MESSAGE_TYPE } from "./collabClient.ts";

/** A y-websocket "update" sync message carrying `update` as it is. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** One update of `count` map entries under distinct keys: `count` structs that cannot merge. */
export function manyItemsUpdate(count: number, root = "attack"): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap(root);
  doc.transact(() => {
    for (let i = 0; i < count; i++) map.set(`k${i}`, i);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** One update appending a report paragraph of `text` (a fresh client id, so it never conflicts). */
export function paragraphUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(EDITOR_FRAGMENT).push([paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Appends what a paste of a heavily formatted 30-page report produces, in one transaction:
 * per page a heading, eight paragraphs of seven runs (three marked) and a four-item list
 * (the same shape client/src/collab/pasteSize.test.ts builds through Tiptap's schema).
 */
export function pasteThirtyPages(doc: Y.Doc): void {
  const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(seed + i * 7) % 97}`).join(" ");
  const paragraph = (seed: number) => {
    const element = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    element.insert(0, [text]);
    const runs: [string, Record<string, unknown> | undefined][] = [
      [`${words(14, seed)} `, undefined],
      [`${words(4, seed + 1)} `, { bold: {} }],
      [`${words(12, seed + 2)} `, undefined],
      [`${words(5, seed + 3)} `, { italic: {}, factor: { factorIds: ["core-1", "core-4"] } }],
      [`${words(14, seed + 4)} `, undefined],
      [words(3, seed + 5), { link: { href: "https://example.org/evidence" } }],
      [`, ${words(8, seed + 6)}.`, undefined],
    ];
    return { element, text, runs };
  };
  const fragment = doc.getXmlFragment(EDITOR_FRAGMENT);
  doc.transact(() => {
    for (let page = 0; page < 30; page++) {
      const heading = new Y.XmlElement("heading");
      heading.setAttribute("level", "2");
      heading.insert(0, [new Y.XmlText(`Factor ${page + 1}: findings`)]);
      const blocks: { element: Y.XmlElement; text: Y.XmlText; runs: [string, Record<string, unknown> | undefined][] }[] = [];
      for (let i = 0; i < 8; i++) blocks.push(paragraph(page * 10 + i));
      const list = new Y.XmlElement("bulletList");
      const items: Y.XmlElement[] = [];
      for (let i = 0; i < 4; i++) {
        const block = paragraph(page * 10 + 50 + i);
        blocks.push(block);
        const item = new Y.XmlElement("listItem");
        item.insert(0, [block.element]);
        items.push(item);
      }
      list.insert(0, items);
      fragment.push([heading, ...blocks.slice(0, 8).map((block) => block.element), list]);
      for (const block of blocks) {
        let offset = 0;
        for (const [text, marks] of block.runs) {
          block.text.insert(offset, text, marks ?? {});
          offset += text.length;
        }
      }
    }
  });
}

export type SocketOutcome = { socket: WebSocket; closed: Promise<{ code: number; reason: string }> } & (
  | { kind: "open" }
  | { kind: "closed"; code: number; reason: string }
  | { kind: "refused"; status: number }
);

/**
 * Opens a raw collab socket and reports whether the server greeted it (open) or closed it
 * first; `closed` resolves whenever it closes.
 */
export function openCollabSocket(url: string, headers: Record<string, string>, timeout = 15_000): Promise<SocketOutcome> {
  const socket = new WebSocket(url, { headers });
  socket.on("error", () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no greeting nor close from ${url} within ${timeout} ms`)), timeout);
    socket.once("message", () => {
      clearTimeout(timer);
      resolve({ kind: "open", socket, closed });
    });
    socket.once("unexpected-response", (_request, response) => {
      clearTimeout(timer);
      resolve({ kind: "refused", status: response.statusCode ?? 0, socket, closed });
    });
    void closed.then(({ code, reason }) => {
      clearTimeout(timer);
      resolve({ kind: "closed", code, reason, socket, closed });
    });
  });
}

/** The prober's loop, run in its own process so that the test's own work does not delay it. */
const PROBE_SCRIPT = `
const [url, interval] = [process.argv[1], Number(process.argv[2])];
const latencies = [];
let running = true;
process.stdin.on("data", () => (running = false));
(async () => {
  // Warm up (the first fetch of a process loads its HTTP client), then say so.
  await (await fetch(url + "/api/health")).text();
  process.stdout.write("ready\\n");
  while (running) {
    const started = performance.now();
    const response = await fetch(url + "/api/health");
    await response.text();
    if (response.status !== 200) throw new Error("/api/health answered " + response.status);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  process.stdout.write(JSON.stringify(latencies));
  process.exit(0);
})();
`;

/**
 * Measures `GET /api/health` from a process of its own, one request after another every
 * `intervalMs`, until `stop()` resolves with every latency (ms).
 */
export function probeHealth(url: string, intervalMs = 20): { ready: Promise<void>; stop(): Promise<number[]> } {
  const child = spawn(process.execPath, ["-e", PROBE_SCRIPT, url, String(intervalMs)], { stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => output.startsWith("ready\n") && resolve());
    void exited.then((code) => reject(new Error(`the health prober exited early with ${code}`)));
  });
  return {
    ready,
    async stop() {
      child.stdin.write("stop\n");
      const code = await exited;
      if (code !== 0) throw new Error(`the health prober exited with ${code}`);
      return JSON.parse(output.slice("ready\n".length)) as number[];
    },
  };
}

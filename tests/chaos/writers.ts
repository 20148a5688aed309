import { createServer } from "node:net";
import * as Y from "yjs";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import type { CollabClient } from "../support/collabClient.ts";
import type { ExitStatus, ServerProcess } from "../support/serverProcess.ts";

/** How many operations of each client id a document holds. */
export type StateVector = Map<number, number>;

export function stateVectorOf(doc: Y.Doc): StateVector {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

/**
 * For every client id, the most any *other* client had received of it: what the
 * server has sent out, and so must have stored before sending.
 */
export function seenByOthers(clients: CollabClient[]): StateVector {
  const seen: StateVector = new Map();
  for (const client of clients) {
    for (const [clientId, clock] of stateVectorOf(client.doc)) {
      if (clientId === client.doc.clientID) continue;
      if (clock > (seen.get(clientId) ?? 0)) seen.set(clientId, clock);
    }
  }
  return seen;
}

/** The entries of `expected` that `actual` does not reach: `clientId: actual < expected`. */
export function missingFrom(actual: StateVector, expected: StateVector): string[] {
  const missing: string[] = [];
  for (const [clientId, clock] of expected) {
    const have = actual.get(clientId) ?? 0;
    if (have < clock) missing.push(`${clientId}: ${have} < ${clock}`);
  }
  return missing;
}

/**
 * Round-robin writers: every `intervalMs` the next client appends a paragraph
 * `w<index>-<n>`, whether or not it is connected (offline edits are merged later).
 */
export function startWriters(clients: CollabClient[], intervalMs: number): { stop(): number[] } {
  const written = clients.map(() => 0);
  let next = 0;
  const timer = setInterval(() => {
    const index = next++ % clients.length;
    const client = clients[index];
    if (!client || client.doc.isDestroyed) return;
    appendParagraph(client.doc, `w${index}-${written[index]!++}`);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return written;
    },
  };
}

/** Lines `w<index>-<n>` of writer `index` that `doc` lacks, for n < `count`. */
export function lostLines(doc: Y.Doc, index: number, count: number): string[] {
  const present = new Set(paragraphTexts(doc));
  const lost: string[] = [];
  for (let n = 0; n < count; n++) if (!present.has(`w${index}-${n}`)) lost.push(`w${index}-${n}`);
  return lost;
}

/** A TCP port that was free a moment ago (the server is restarted on the same one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether the trace printed by COLLAB_TRACE=on ends inside a compaction (started, not committed). */
export function endsInsideCompaction(stdout: string): boolean {
  const lines = stdout.split("\n").filter((line) => line.startsWith("[collab] compaction "));
  return lines.at(-1)?.startsWith("[collab] compaction start") ?? false;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends SIGKILL from inside the stdout handler as soon as `marker` appears in new output. */
export async function killOnOutput(server: ServerProcess, marker: string, timeout: number): Promise<ExitStatus> {
  const stdout = server.child.stdout!;
  const onData = (chunk: string) => {
    if (chunk.includes(marker)) server.child.kill("SIGKILL");
  };
  stdout.on("data", onData);
  const timer = setTimeout(() => server.child.kill("SIGKILL"), timeout);
  try {
    return await server.exited;
  } finally {
    clearTimeout(timer);
    stdout.off("data", onData);
  }
}

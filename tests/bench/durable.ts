import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { runScript } from "./childProcess.ts";
import { createBenchDatabase } from "./database.ts";
import { LoadClient, openClients } from "./loadClient.ts";
import { pace, sleep, summarize, type Summary } from "./stats.ts";
import type { Target } from "./targets.ts";
import { Typist } from "./typist.ts";
import { Wire } from "./wire.ts";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Updates per second per writer: just under the server's 100 messages/s per connection. */
export const WRITER_RATE = 95;
/** Catch-up after a stalled tick: far inside the server's burst of 300 messages. */
const WRITER_BURST = 20;

export type DurableParams = { documents: number; warmupMs: number; measureMs: number };

/** Offered and durable updates/s over the measured window, and send-to-durable latency (ms). */
export type DurableMeasure = { offered: number; perSecond: number; latency: Summary };

export type DurableRow = {
  target: string;
  documents: number;
  offered: number;
  /** Our server: updates/s that reached the other client (broadcast only once durable: journalled). */
  ours: DurableMeasure;
  /** The same driver, plain INSERT, same group commit and offered load, in its own process. */
  raw: DurableMeasure;
  /** PostgreSQL only: the same raw INSERT plus pg_notify per statement (what our store adds for scale-out). */
  rawNotify?: DurableMeasure;
  serverCpuPercent: number | null;
};

/**
 * Durable updates/s of our server: `documents` documents, each with one writer at 95
 * updates/s and one observer. The server journals every update before it broadcasts it
 * (and drains the journal to the database in batches), so an update reaching the observer is durable: the rate is what the observers
 * received during the measured window; the latency (send to observer) is over the
 * updates sent in the window that arrived before the end of a 500 ms grace.
 */
export async function measureOurDurableRate(target: Target, params: DurableParams): Promise<{ measure: DurableMeasure; cpuPercent: number | null }> {
  const pairs: { wire: Wire; writer: LoadClient; observer: LoadClient; typist: Typist }[] = [];
  const sent = new Map<number, Map<number, { at: number; measured: boolean }>>();
  const latencies: number[] = [];
  let measuring = false;
  let offered = 0;
  let delivered = 0;
  const onUpdate = (client: number, from: number, to: number, _receiver: number, at: number) => {
    const byClock = sent.get(client);
    for (let clock = from; byClock && clock < to; clock++) {
      const record = byClock.get(clock);
      if (!record) continue;
      if (measuring) delivered += 1;
      if (record.measured) latencies.push(at - record.at);
    }
  };
  let stopPacing = () => {};
  try {
    for (let d = 0; d < params.documents; d++) {
      // Writer and observer from the account pool: 80 documents' sockets on one account would pass
      // the server's limit of open connections per account.
      const access = await target.newDocument({ ownAccounts: 2 });
      const wire = new Wire(target.protocol, access.docName);
      const typist = new Typist();
      const [writer, observer] = await openClients(2, 2, 30_000, (index) =>
        new LoadClient(index, access.url, access.headers(index), wire, target.readyOn, wire.hello(Y.encodeStateVector(typist.doc)), onUpdate),
      );
      pairs.push({ wire, writer: writer!, observer: observer!, typist });
    }
    stopPacing = pace(pairs.length, WRITER_RATE, (index) => {
      const pair = pairs[index]!;
      const typed = pair.typist.next();
      let byClock = sent.get(typed.client);
      if (!byClock) sent.set(typed.client, (byClock = new Map()));
      const frame = pair.wire.update(typed.update);
      byClock.set(typed.clock, { at: performance.now(), measured: measuring });
      if (measuring) offered += 1;
      pair.writer.send(frame);
    }, WRITER_BURST);
    await sleep(params.warmupMs);
    await target.child.probe("reset").catch(() => null);
    measuring = true;
    const started = performance.now();
    await sleep(params.measureMs);
    measuring = false;
    const elapsed = performance.now() - started;
    const stats = await target.child.probe("stats").catch(() => null);
    stopPacing();
    await sleep(500);
    return {
      measure: { offered: (offered / elapsed) * 1000, perSecond: (delivered / elapsed) * 1000, latency: summarize(latencies) },
      cpuPercent: stats?.cpuPercent ?? null,
    };
  } finally {
    stopPacing();
    for (const pair of pairs) {
      pair.writer.close();
      pair.observer.close();
      pair.typist.destroy();
    }
    await sleep(300);
  }
}

/** Runs `servers/rawInsert.ts` for the driver of `target` in a child process on fresh storage. */
export async function measureRawInsertRate(
  driver: "pglite" | "postgres",
  streams: number,
  rate: number,
  params: Omit<DurableParams, "documents">,
  options: { notify?: boolean } = {},
): Promise<DurableMeasure> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-raw-"));
  const database = driver === "postgres" ? await createBenchDatabase() : null;
  try {
    const env: Record<string, string> = {
      DRIVER: driver,
      STREAMS: String(streams),
      RATE: String(rate),
      WARMUP_MS: String(params.warmupMs),
      MEASURE_MS: String(params.measureMs),
      DATA_DIR: path.join(dir, "pglite"),
    };
    if (database) env.DATABASE_URL = database.url;
    if (options.notify) env.NOTIFY = "1";
    const stdout = await runScript(path.join(BENCH_DIR, "servers/rawInsert.ts"), path.dirname(BENCH_DIR), env, 120_000);
    const line = stdout.trim().split("\n").at(-1) ?? "{}";
    const parsed = JSON.parse(line) as { offered: number; rowsPerSecond: number; latency: Summary };
    return { offered: parsed.offered, perSecond: parsed.rowsPerSecond, latency: parsed.latency };
  } finally {
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The raw insert rate of a driver, in its own process: STREAMS documents, each fed
 * RATE keystroke updates per second (the same kind of bytes our server stores,
 * generated before the run so that only the driver is measured), each appended with
 * the same group commit as the server's DurableLog (everything queued in one
 * event-loop tick becomes one multi-row INSERT; one commit at a time per document),
 * as a plain INSERT straight through the driver.
 * Prints one JSON line: { offered, rowsPerSecond (rows committed during the measured
 * window), committed, latency (of the rows offered in the window that were committed
 * before the end of a 500 ms grace) }.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { pace, summarize } from "../stats.ts";
import { Typist } from "../typist.ts";

type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

const env = process.env;
const streams = Number(env.STREAMS ?? 10);
const rate = Number(env.RATE ?? 95);
const warmupMs = Number(env.WARMUP_MS ?? 1000);
const measureMs = Number(env.MEASURE_MS ?? 3000);
const GRACE_MS = 500;
/** NOTIFY=1: each INSERT also calls pg_notify, as our PostgreSQL store does for scale-out. */
const notify = env.NOTIFY === "1";

const DDL = `CREATE TABLE IF NOT EXISTS doc_updates (
  doc_name   text NOT NULL,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (doc_name, seq))`;

async function openDriver(): Promise<{ execute: Execute; close(): Promise<void> }> {
  if (env.DRIVER === "postgres") {
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL });
    await pool.query(DDL);
    return { execute: (sql, params) => pool.query(sql, params), close: () => pool.end() };
  }
  const dataDir = env.DATA_DIR ?? "./raw-pglite";
  await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = await PGlite.create(dataDir);
  await db.exec(DDL);
  return { execute: (sql, params) => db.query(sql, params), close: () => db.close() };
}

function insert(docName: string, updates: Uint8Array[]): Promise<unknown> {
  const values = updates.map((_, i) => `($1, $${i + 2})`).join(", ");
  if (notify) {
    return driver.execute(
      `WITH inserted AS (INSERT INTO doc_updates (doc_name, data) VALUES ${values} RETURNING seq)
       SELECT pg_notify('bench_appends', max(seq) || ' ' || $1) FROM inserted`,
      [docName, ...updates],
    );
  }
  return driver.execute(`INSERT INTO doc_updates (doc_name, data) VALUES ${values}`, [docName, ...updates]);
}

type Pending = { update: Uint8Array; at: number; measured: boolean };

/** One document's log, batched exactly like DurableLog.append. */
class Stream {
  private open: Pending[] | null = null;
  chain: Promise<void> = Promise.resolve();
  constructor(readonly docName: string) {}

  append(entry: Pending): void {
    if (!this.open) {
      const batch: Pending[] = [];
      this.open = batch;
      setImmediate(() => {
        if (this.open === batch) this.open = null;
        this.chain = this.chain.then(() => this.commit(batch));
      });
    }
    this.open.push(entry);
  }

  private async commit(batch: Pending[]): Promise<void> {
    await insert(this.docName, batch.map((entry) => entry.update));
    const now = performance.now();
    if (measuring) committed += batch.length;
    for (const entry of batch) if (entry.measured && now <= windowEnd + GRACE_MS) latencies.push(now - entry.at);
  }
}

const perStream = Math.ceil((rate * (warmupMs + measureMs + 2 * GRACE_MS)) / 1000) + 10;
const prepared = Array.from({ length: streams }, () => {
  const typist = new Typist();
  const updates = Array.from({ length: perStream }, () => typist.next().update);
  typist.destroy();
  return updates;
});
const driver = await openDriver();
let measuring = false;
let windowEnd = Number.POSITIVE_INFINITY;
let committed = 0;
let offered = 0;
const latencies: number[] = [];
const logs = prepared.map((_, i) => new Stream(`raw-${i}`));
const next = prepared.map(() => 0);

// No burst cap: the driver has no rate limit, so whatever the pacer missed is caught up.
const stopPacing = pace(
  streams,
  rate,
  (i) => {
    const update = prepared[i]![next[i]!++];
    if (!update) return;
    if (measuring) offered += 1;
    logs[i]!.append({ update, at: performance.now(), measured: measuring });
  },
  Number.POSITIVE_INFINITY,
);

await new Promise((resolve) => setTimeout(resolve, warmupMs));
measuring = true;
const started = performance.now();
await new Promise((resolve) => setTimeout(resolve, measureMs));
measuring = false;
windowEnd = performance.now();
const elapsed = windowEnd - started;
stopPacing();
await new Promise((resolve) => setTimeout(resolve, GRACE_MS));
console.log(JSON.stringify({ offered: (offered / elapsed) * 1000, rowsPerSecond: (committed / elapsed) * 1000, committed, latency: summarize(latencies) }));
await Promise.race([Promise.all(logs.map((log) => log.chain)), new Promise((resolve) => setTimeout(resolve, 30_000))]);
await driver.close();
process.exit(0);

/**
 * `pnpm bench` (full run, writes RESULTS.md) or `pnpm bench -- --quick` (< 2 min, prints only).
 * Options: --only=fanout,cold,durable,memory  --targets=raw-ws,ours-pglite,...  --profile
 * (CPU profile of our server under fan-out instead of the comparison)  --write-results.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { coldLoadOurs, coldLoadYWebsocket, reportParagraphs } from "./coldLoad.ts";
import { ALL_TARGETS, CONFIGS, type BenchConfig } from "./config.ts";
import { measureOurDurableRate, measureRawInsertRate, WRITER_RATE } from "./durable.ts";
import { COLLAB_LIMITS } from "@review/shared";
import { runFanout, type FanoutResult } from "./fanout.ts";
import { measureMemory, reportSnapshot } from "./memory.ts";
import { profileFanout } from "./profile.ts";
import { machineInfo, renderReport, type BenchResults } from "./report.ts";
import { waitForIdle } from "./stats.ts";
import { startTarget, TARGET_LABELS, type TargetKind } from "./targets.ts";

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const base = CONFIGS[args.includes("--quick") ? "quick" : "full"];
const config: BenchConfig = {
  ...base,
  targets: (option("targets")?.split(",") as TargetKind[] | undefined) ?? base.targets,
};
for (const target of config.targets) if (!ALL_TARGETS.includes(target)) throw new Error(`unknown target ${target}; known: ${ALL_TARGETS.join(", ")}`);
const sections = new Set(option("only")?.split(",") ?? ["fanout", "cold", "durable", "memory"]);
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "RESULTS.md");

const log = (line: string) => console.log(line);
const startedAt = new Date();
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

if (args.includes("--profile")) {
  await profileFanout(log);
  process.exit(0);
}

const results: BenchResults = {
  config,
  startedAt,
  durationMs: 0,
  machine: await machineInfo(),
  startups: [],
  fanout: [],
  coldLoad: [],
  durable: [],
  memory: null,
  notes: [],
};
log(`bench (${config.mode}) on ${results.machine.nproc} cores, ${results.machine.cpuModel}, Node ${results.machine.node}`);

const idle = await waitForIdle(config.idleWaitMs);
const idleNote = `Machine before the start: ${idle.busy === null ? "unknown" : `${idle.busy.toFixed(0)} % of one core busy`} (waited ${(idle.waitedMs / 1000).toFixed(0)} s for < 30 %).`;
log(idleNote);
results.notes.push(idleNote);

const durableDocs = (kind: TargetKind) => (!sections.has("durable") ? [] : kind === "ours-pglite" ? config.durable.pglite : kind === "ours-postgres" ? config.durable.postgres : []);

for (const kind of config.targets) {
  const fanoutCells = sections.has("fanout") ? config.fanout.cells : [];
  const durableCounts = durableDocs(kind);
  if (fanoutCells.length === 0 && durableCounts.length === 0) continue;
  // The raw driver runs first, alone, in its own process.
  const raws = [];
  for (const documents of durableCounts) {
    log(`[${elapsed()}] raw insert rate: ${kind === "ours-pglite" ? "PGlite" : "pg"}, ${documents} streams`);
    raws.push(await measureRawInsertRate(kind === "ours-pglite" ? "pglite" : "postgres", documents, WRITER_RATE, config.durable));
  }
  log(`[${elapsed()}] starting ${TARGET_LABELS[kind]}`);
  const target = await startTarget(kind, { probe: true });
  results.startups.push({ target: target.label, ms: target.child.startupMs });
  try {
    for (const { clients, awareness } of fanoutCells) {
      const params = { clients, awareness, warmupMs: config.fanout.warmupMs, measureMs: config.fanout.measureMs, graceMs: config.fanout.graceMs };
      try {
        results.fanout.push(await runFanout(target, params, log));
      } catch (error) {
        log(`  ${target.label} N=${clients} awareness=${awareness}: ${String(error)}`);
        results.fanout.push(failedRun(kind, clients, awareness, error));
      }
    }
    for (const [i, documents] of durableCounts.entries()) {
      const ours = await measureOurDurableRate(target, { documents, warmupMs: config.durable.warmupMs, measureMs: config.durable.measureMs });
      results.durable.push({ target: target.label, documents, offered: ours.measure.offered, ours: ours.measure, raw: raws[i]!, serverCpuPercent: ours.cpuPercent });
      log(`  durable ${target.label} ${documents} docs: ours ${ours.measure.perSecond.toFixed(0)}/s, raw ${raws[i]!.perSecond.toFixed(0)}/s`);
    }
  } finally {
    await target.stop();
  }
}

if (sections.has("cold") && (config.targets.includes("ours-pglite") || config.targets.includes("y-websocket"))) {
  log(`[${elapsed()}] cold load`);
  const paragraphs = await reportParagraphs();
  if (config.targets.includes("ours-pglite")) results.coldLoad.push(...(await coldLoadOurs(config.coldLoad, paragraphs)));
  if (config.targets.includes("y-websocket")) results.coldLoad.push(...(await coldLoadYWebsocket(config.coldLoad, paragraphs)));
  results.notes.push(
    "Cold load: Hocuspocus is not compared — it persists only through extensions (@hocuspocus/extension-database/-sqlite/-redis), none of which is installed; the raw relay keeps no document.",
    "Cold load of ours uses PGlite; the graceful-stop row loads a snapshot only, the kill -9 row a snapshot plus the log tail written after it.",
  );
}

if (sections.has("memory") && config.memory.length > 0 && config.targets.includes("ours-pglite")) {
  log(`[${elapsed()}] memory`);
  const target = await startTarget("ours-pglite", { probe: true, nodeArgs: ["--expose-gc"] });
  try {
    results.memory = await measureMemory(target, config.memory, reportSnapshot(await reportParagraphs()), COLLAB_LIMITS.idleUnloadMs, log);
  } finally {
    await target.stop();
  }
}

results.notes.push(
  "Load clients are raw sockets in the bench process (no Y.Doc on receivers; updates identified by the first struct's (client, clock) in the update header). Writers produce real Yjs updates from their own Y.Doc. Hocuspocus clients speak @hocuspocus/provider 3.4.4's wire protocol (document-name prefix, auth token message first); the provider check uses the real HocuspocusProvider.",
  "Our server runs with auth (session cookie + Origin on every upgrade; 5 accounts shared round-robin by the connections) and the durable log (PGlite or PostgreSQL). y-websocket and Hocuspocus run in memory, without auth (their defaults).",
  "Saturation: a row marked 'generator saturated' measured the machine rather than the target (both cores busy); the goals skip a cell only when the raw-ws floor itself is saturated there.",
);
results.durationMs = performance.now() - started;
const report = renderReport(results);
console.log(`\n${report}`);
if (config.mode === "full" || args.includes("--write-results")) {
  await writeFile(RESULTS, report);
  log(`written to ${RESULTS}`);
}
log(`done in ${elapsed()}`);
process.exit(0);

function failedRun(kind: TargetKind, clients: number, awareness: boolean, error: unknown): FanoutResult {
  return {
    kind,
    target: TARGET_LABELS[kind],
    clients,
    awareness,
    latency: { count: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN },
    sent: 0,
    dropped: 0,
    closedByServer: 0,
    server: null,
    generator: { eventLoop: { p50: 0, p99: 0, max: 0 }, cpuPercent: 0 },
    machine: null,
    verified: null,
    error: error instanceof Error ? error.message.split("\n")[0] : String(error),
  };
}

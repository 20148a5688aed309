/**
 * `pnpm bench` (full run, writes RESULTS.md) or `pnpm bench -- --quick` (< 2 min, prints only).
 * Options: --only=fanout,cold,durable,memory,rebuild  --targets=raw-ws,ours-pglite,...  --cells=200:on,50:off  --idle-wait=<ms> (the start's wait for an idle machine)  --profile
 * (CPU profile of our server under fan-out instead of the comparison)  --write-results.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { coldLoadOurs, coldLoadYWebsocket, reportParagraphs, warmLoadingClient } from "./coldLoad.ts";
import { ALL_TARGETS, CONFIGS, type BenchConfig } from "./config.ts";
import { measureOurDurableRate, measureRawInsertRate, WRITER_RATE } from "./durable.ts";
import { COLLAB_LIMITS } from "@review/shared";
import { runFanout, type FanoutResult } from "./fanout.ts";
import { measureMemory, reportSnapshot } from "./memory.ts";
import { profileFanout } from "./profile.ts";
import { measureRebuild } from "./rebuild.ts";
import { machineInfo, renderReport, type BenchResults } from "./report.ts";
import { waitForIdle } from "./stats.ts";
import { startTarget, TARGET_LABELS, type Target, type TargetKind } from "./targets.ts";

const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const base = CONFIGS[args.includes("--quick") ? "quick" : "full"];
/** `--cells=200:on,50:off` measures only those fan-out cells (N and awareness), with the mode's timings. */
const cells = option("cells")
  ?.split(",")
  .map((cell) => {
    const [clients, awareness] = cell.split(":");
    return { clients: Number(clients), awareness: awareness === "on" };
  });
const idleWait = option("idle-wait");
const config: BenchConfig = {
  ...base,
  ...(idleWait ? { idleWaitMs: Number(idleWait) } : {}),
  targets: (option("targets")?.split(",") as TargetKind[] | undefined) ?? base.targets,
  fanout: cells ? { ...base.fanout, cells } : base.fanout,
};
for (const target of config.targets) if (!ALL_TARGETS.includes(target)) throw new Error(`unknown target ${target}; known: ${ALL_TARGETS.join(", ")}`);
const sections = new Set(option("only")?.split(",") ?? ["fanout", "cold", "durable", "memory", "rebuild"]);
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
  rebuild: [],
  notes: [],
};
log(`bench (${config.mode}) on ${results.machine.nproc} cores, ${results.machine.cpuModel}, Node ${results.machine.node}`);

const idle = await waitForIdle(Math.max(1, config.idleWaitMs));
const idleNote = `Machine before the start: ${idle.busy === null ? "unknown" : `${idle.busy.toFixed(0)} % of one core busy`} (waited ${(idle.waitedMs / 1000).toFixed(0)} s for < 30 %).`;
log(idleNote);
results.notes.push(idleNote);

const durableDocs = (kind: TargetKind) => (!sections.has("durable") ? [] : kind === "ours-pglite" ? config.durable.pglite : kind === "ours-postgres" ? config.durable.postgres : []);
const fanoutCells = sections.has("fanout") ? config.fanout.cells : [];
const needed = config.targets.filter((kind) => fanoutCells.length > 0 || durableDocs(kind).length > 0);

// Every target runs at once (idle ones cost nothing) so that each cell can measure them
// back to back, in rotating order: background load on the shared machine then hits
// all targets alike instead of whichever happened to run during it.
const running: Target[] = [];
try {
  for (const kind of needed) {
    log(`[${elapsed()}] starting ${TARGET_LABELS[kind]}`);
    const target = await startTarget(kind, { probe: true });
    running.push(target);
    results.startups.push({ target: target.label, ms: target.child.startupMs });
  }
  for (const [cellIndex, { clients, awareness }] of fanoutCells.entries()) {
    for (let i = 0; i < running.length; i++) {
      const target = running[(i + cellIndex) % running.length]!;
      if (!target.child.alive()) {
        results.fanout.push(failedRun(target.kind, clients, awareness, new Error("the target process had exited")));
        continue;
      }
      await waitForIdle(config.runIdleWaitMs, 40);
      const params = { clients, awareness, warmupMs: config.fanout.warmupMs, measureMs: config.fanout.measureMs, graceMs: config.fanout.graceMs };
      try {
        results.fanout.push(await runFanout(target, params, log));
      } catch (error) {
        log(`  ${target.label} N=${clients} awareness=${awareness}: ${String(error)}`);
        results.fanout.push(failedRun(target.kind, clients, awareness, error));
        if (!target.child.alive()) {
          const tail = target.child.output().slice(-1500).replace(/\s+/g, " ");
          results.notes.push(`${target.label} exited during N=${clients} awareness ${awareness ? "on" : "off"}; its last output: ${tail}`);
          log(`  ${target.label} exited; last output:\n${target.child.output().slice(-3000)}`);
        }
      }
    }
  }
  // Durable rate: the raw driver (its own process) and our server alternate per step.
  for (const target of running) {
    if (!target.child.alive()) continue;
    for (const documents of durableDocs(target.kind)) {
      const driver = target.kind === "ours-pglite" ? "pglite" : "postgres";
      await waitForIdle(config.runIdleWaitMs, 40);
      log(`[${elapsed()}] durable rate, ${documents} documents: raw ${driver}, then ${target.label}`);
      const raw = await measureRawInsertRate(driver, documents, WRITER_RATE, config.durable);
      const rawNotify = driver === "postgres" ? await measureRawInsertRate(driver, documents, WRITER_RATE, config.durable, { notify: true }) : undefined;
      await waitForIdle(config.runIdleWaitMs, 40);
      const ours = await measureOurDurableRate(target, { documents, warmupMs: config.durable.warmupMs, measureMs: config.durable.measureMs });
      results.durable.push({ target: target.label, documents, offered: ours.measure.offered, ours: ours.measure, raw, rawNotify, serverCpuPercent: ours.cpuPercent });
      log(`  ours ${ours.measure.perSecond.toFixed(0)}/s, raw ${raw.perSecond.toFixed(0)}/s${rawNotify ? `, raw + pg_notify ${rawNotify.perSecond.toFixed(0)}/s` : ""}`);
    }
  }
} finally {
  for (const target of running) await target.stop();
}

const coldTargets = (["ours-pglite", "ours-postgres"] as const).filter((kind) => config.targets.includes(kind));
if (sections.has("cold") && (coldTargets.length > 0 || config.targets.includes("y-websocket"))) {
  log(`[${elapsed()}] cold load`);
  const paragraphs = await reportParagraphs();
  warmLoadingClient(paragraphs, config.coldLoad.historyEdits);
  for (const kind of coldTargets) results.coldLoad.push(...(await coldLoadOurs(kind, config.coldLoad, paragraphs)));
  if (config.targets.includes("y-websocket")) results.coldLoad.push(...(await coldLoadYWebsocket(config.coldLoad, paragraphs)));
  results.notes.push(
    "Cold load: Hocuspocus is not compared — it persists only through extensions (@hocuspocus/extension-database/-sqlite/-redis), none of which is installed; the raw relay keeps no document.",
    "Cold load of ours: PGlite (its snapshot files beside the journal) and PostgreSQL (a fresh bench database, no local cache); the graceful-stop row loads a snapshot only, the kill -9 row a snapshot plus the log tail written after it.",
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

if (sections.has("rebuild") && config.rebuild.length > 0) {
  log(`[${elapsed()}] rebuild from the log`);
  results.rebuild = await measureRebuild(config.rebuild, log);
}

results.notes.push(
  "Load clients are raw sockets in the bench process (no Y.Doc on receivers; updates identified by the first struct's (client, clock) in the update header). Writers produce real Yjs updates from their own Y.Doc. Hocuspocus clients speak @hocuspocus/provider 3.4.4's wire protocol (document-name prefix, auth token message first); the provider check uses the real HocuspocusProvider.",
  "Our server runs with auth (session cookie + Origin on every upgrade; 5 accounts shared round-robin by the connections) and the durable log (PGlite or PostgreSQL). y-websocket and Hocuspocus run in memory, without auth (their defaults).",
  "Validity: 'generator saturated' (bench process over 85 % CPU), 'generator delayed' (its event loop late by over 20 ms at p99: its latency figures are inflated), 'machine busy' (other processes on the shared 2 cores used over 60 % of one core during the run). The goals skip a cell only when the raw-ws floor itself could not be measured there. Targets run side by side and each cell measures them back to back in rotating order, each run after waiting (at most 20 s) for the machine to be idle, so background load spreads over all targets.",
);
results.durationMs = performance.now() - started;
const report = renderReport(results);
console.log(`\n${report}`);
// Only a complete full run replaces RESULTS.md (a filtered run would lose the other sections).
if ((config.mode === "full" && !option("only") && !option("targets")) || args.includes("--write-results")) {
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

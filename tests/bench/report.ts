import { readFile } from "node:fs/promises";
import { availableParallelism, totalmem } from "node:os";
import type { BenchConfig } from "./config.ts";
import type { ColdLoadRow } from "./coldLoad.ts";
import type { DurableRow } from "./durable.ts";
import type { FanoutResult } from "./fanout.ts";
import type { MemoryResult } from "./memory.ts";
import { rebuildSection, type RebuildRow } from "./rebuild.ts";
import { COLLAB_LIMITS } from "@review/shared";
import { TARGET_LABELS, type TargetKind } from "./targets.ts";

export type MachineInfo = { nproc: number; cpuModel: string; memoryGiB: number; node: string; kernel: string };

export type BenchResults = {
  config: BenchConfig;
  startedAt: Date;
  durationMs: number;
  machine: MachineInfo;
  startups: { target: string; ms: number }[];
  fanout: FanoutResult[];
  coldLoad: ColdLoadRow[];
  durable: DurableRow[];
  memory: MemoryResult | null;
  rebuild: RebuildRow[];
  notes: string[];
};

export async function machineInfo(): Promise<MachineInfo> {
  let cpuModel = "unknown";
  let kernel = "unknown";
  try {
    const cpuinfo = await readFile("/proc/cpuinfo", "utf8");
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpuModel;
    kernel = (await readFile("/proc/version", "utf8")).split(" ").slice(0, 3).join(" ");
  } catch {
    // Not Linux: leave "unknown".
  }
  return { nproc: availableParallelism(), cpuModel, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, kernel };
}

const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || Number.isNaN(value) ? "–" : value >= 100 ? value.toFixed(0) : value.toFixed(digits);
const COLLAB_IDLE_S = COLLAB_LIMITS.idleUnloadMs / 1000;
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !(b > 0) || Number.isNaN(a) ? "–" : `${(a / b).toFixed(2)}x`);

function table(headers: string[], rows: string[][]): string {
  const lines = [`| ${headers.join(" | ")} |`, `| ${headers.map(() => "---").join(" | ")} |`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}

/**
 * A run whose figures say more about the machine than about the target: the load
 * generator itself could not keep up (CPU or event-loop delay), or the target's probe
 * did not answer (its event loop was flooded).
 */
export function saturation(result: FanoutResult): string | null {
  const reasons: string[] = [];
  if (result.generator.cpuPercent > 85) reasons.push("generator saturated");
  else if (result.generator.eventLoop.p99 > 20) reasons.push(`generator delayed (ELD p99 ${result.generator.eventLoop.p99.toFixed(0)} ms)`);
  const other = otherLoad(result);
  if (other !== null && other > 60) reasons.push(`machine busy (other load ${other.toFixed(0)} %)`);
  if (result.error) reasons.push(`error: ${result.error}`);
  if (!result.server && !result.error) reasons.push("server probe unanswered");
  return reasons.length > 0 ? reasons.join(", ") : null;
}

/** What else kept the cores busy during a run, % of one core (includes the kernel's loopback work). */
export function otherLoad(result: FanoutResult): number | null {
  return result.machine ? Math.max(0, result.machine.busy - (result.server?.cpuPercent ?? 0) - result.generator.cpuPercent) : null;
}

const find = (results: FanoutResult[], kind: TargetKind, clients: number, awareness: boolean) =>
  results.find((r) => r.kind === kind && r.clients === clients && r.awareness === awareness);

export function fanoutTable(results: FanoutResult[]): string {
  const rows = results.map((r) => {
    const floor = find(results, "raw-ws", r.clients, r.awareness);
    const yws = find(results, "y-websocket", r.clients, r.awareness);
    const hp = find(results, "hocuspocus", r.clients, r.awareness);
    return [
      r.target,
      String(r.clients),
      r.awareness ? "on" : "off",
      fmt(r.latency.p50),
      fmt(r.latency.p99),
      fmt(r.latency.max),
      ratio(r.latency.p50, floor?.latency.p50),
      ratio(r.latency.p99, floor?.latency.p99),
      `${ratio(r.latency.p50, yws?.latency.p50)} / ${ratio(r.latency.p99, yws?.latency.p99)}`,
      `${ratio(r.latency.p50, hp?.latency.p50)} / ${ratio(r.latency.p99, hp?.latency.p99)}`,
      `${r.dropped}/${r.sent}${r.closedByServer ? ` (${r.closedByServer} closed)` : ""}`,
      r.server ? `${fmt(r.server.cpuPercent, 0)} % / ${fmt(r.server.eventLoop.p99)} / ${fmt(r.server.eventLoop.max)}` : "–",
      `${fmt(r.generator.cpuPercent, 0)} % / ${fmt(r.generator.eventLoop.p99)}`,
      r.machine ? `${fmt(otherLoad(r), 0)} % / ${fmt(r.machine.steal, 0)} %` : "–",
      r.verified === null ? "n/a" : r.verified ? "yes" : "NO",
      saturation(r) ?? "",
    ];
  });
  return table(
    [
      "target",
      "N",
      "awareness",
      "p50 ms",
      "p99 ms",
      "max ms",
      "p50 vs raw",
      "p99 vs raw",
      "vs y-ws p50 / p99",
      "vs Hocuspocus p50 / p99",
      "dropped/sent",
      "server CPU / ELD p99 / max ms",
      "generator CPU / ELD p99 ms",
      "other load / steal",
      "provider check",
      "validity",
    ],
    rows,
  );
}

export function coldLoadTable(rows: ColdLoadRow[]): string {
  return table(
    ["target", "storage", "doc bytes", "restarts", "spawn → listening ms", "connect → open ms", "→ first frame ms", "→ content hash match ms", "of which client ms", "2nd doc, warm process ms"],
    rows.map((r) => [
      r.target,
      r.storage,
      String(r.documentBytes),
      String(r.samples),
      fmt(r.startupMs),
      fmt(r.openMs),
      fmt(r.firstFrameMs),
      fmt(r.loadMs),
      fmt(r.clientMs),
      fmt(r.warmLoadMs),
    ]),
  );
}

export function durableTable(rows: DurableRow[]): string {
  return table(
    ["target", "documents x 95 updates/s", "offered /s", "ours durable /s", "ours p50 / p99 ms", "raw INSERT /s (same driver, group commit)", "raw p50 / p99 ms", "ours / raw", "raw + pg_notify /s", "server CPU"],
    rows.map((r) => [
      r.target,
      String(r.documents),
      fmt(r.offered, 0),
      fmt(r.ours.perSecond, 0),
      `${fmt(r.ours.latency.p50)} / ${fmt(r.ours.latency.p99)}`,
      fmt(r.raw.perSecond, 0),
      `${fmt(r.raw.latency.p50)} / ${fmt(r.raw.latency.p99)}`,
      r.raw.perSecond > 0 ? `${((r.ours.perSecond / r.raw.perSecond) * 100).toFixed(0)} %` : "–",
      r.rawNotify ? `${fmt(r.rawNotify.perSecond, 0)} (p50 ${fmt(r.rawNotify.latency.p50)} ms)` : "–",
      r.serverCpuPercent === null ? "–" : `${r.serverCpuPercent.toFixed(0)} %`,
    ]),
  );
}

type Goal = { goal: string; status: "reached" | "not reached" | "not measured"; detail: string };

const OURS: TargetKind[] = ["ours-pglite", "ours-postgres"];

export function evaluateGoals(results: BenchResults): Goal[] {
  const goals: Goal[] = [];
  const cells = [...new Set(results.fanout.map((r) => `${r.clients}|${r.awareness}`))].map((key) => {
    const [clients, awareness] = key.split("|");
    return { clients: Number(clients), awareness: awareness === "true" };
  });

  // Fan-out against the floor: a cell counts unless the floor itself could not be measured there.
  const floorFailures: string[] = [];
  const excluded: string[] = [];
  let compared = 0;
  for (const cell of cells) {
    const floor = find(results.fanout, "raw-ws", cell.clients, cell.awareness);
    const label = `N=${cell.clients} awareness ${cell.awareness ? "on" : "off"}`;
    if (!floor || floor.latency.count === 0 || saturation(floor)) {
      excluded.push(`${label} (raw floor ${floor ? (saturation(floor) ?? "no samples") : "missing"})`);
      continue;
    }
    for (const kind of OURS) {
      const ours = find(results.fanout, kind, cell.clients, cell.awareness);
      if (!ours) continue;
      compared += 1;
      const p50 = ours.latency.p50 / floor.latency.p50;
      const p99 = ours.latency.p99 / floor.latency.p99;
      if (!(p50 <= 1.2) || !(p99 <= 1.5) || ours.dropped > 0) {
        floorFailures.push(`${TARGET_LABELS[kind]} ${label}: p50 ${p50.toFixed(2)}x, p99 ${p99.toFixed(2)}x${ours.dropped ? `, ${ours.dropped} dropped` : ""}`);
      }
    }
  }
  const noisy = results.fanout.filter((r) => saturation(r) !== null && !saturation(r)!.startsWith("server probe")).length;
  if (noisy > 0) excluded.push(`(${noisy} of ${results.fanout.length} runs carry a validity warning; see the table)`);
  goals.push({
    goal: "last-receiver p50 ≤ 1.2x and p99 ≤ 1.5x the raw-ws floor at every N (auth and durable log on)",
    status: compared === 0 ? "not measured" : floorFailures.length === 0 ? "reached" : "not reached",
    detail: [floorFailures.length ? `misses: ${floorFailures.join("; ")}` : "", excluded.length ? `not comparable: ${excluded.join("; ")}` : ""]
      .filter(Boolean)
      .join(". "),
  });

  const refFailures: string[] = [];
  let refCompared = 0;
  for (const cell of cells) {
    for (const refKind of ["y-websocket", "hocuspocus"] as const) {
      const ref = find(results.fanout, refKind, cell.clients, cell.awareness);
      if (!ref || ref.latency.count === 0) continue;
      for (const kind of OURS) {
        const ours = find(results.fanout, kind, cell.clients, cell.awareness);
        if (!ours) continue;
        refCompared += 1;
        const worse: string[] = [];
        if (!(ours.latency.p50 <= ref.latency.p50)) worse.push(`p50 ${ratio(ours.latency.p50, ref.latency.p50)}`);
        if (!(ours.latency.p99 <= ref.latency.p99)) worse.push(`p99 ${ratio(ours.latency.p99, ref.latency.p99)}`);
        if (ours.dropped > ref.dropped) worse.push(`${ours.dropped} dropped vs ${ref.dropped}`);
        if (worse.length) refFailures.push(`${TARGET_LABELS[kind]} vs ${TARGET_LABELS[refKind]} N=${cell.clients} aw ${cell.awareness ? "on" : "off"}: ${worse.join(", ")}`);
      }
    }
  }
  goals.push({
    goal: "never worse than y-websocket or Hocuspocus (p50, p99, drops; same load)",
    status: refCompared === 0 ? "not measured" : refFailures.length === 0 ? "reached" : "not reached",
    detail: refFailures.length ? `worse in ${refFailures.length} of ${refCompared} comparisons: ${refFailures.join("; ")}` : `${refCompared} comparisons`,
  });

  const cold = results.coldLoad.find((r) => r.target.startsWith("ours") && r.storage.startsWith("snapshot ("));
  goals.push({
    goal: "100 KB cold load ≤ 50 ms (first client after a restart: connect → content hash match)",
    status: !cold ? "not measured" : cold.loadMs <= 50 ? "reached" : "not reached",
    detail: cold
      ? `${fmt(cold.loadMs)} ms for ${cold.documentBytes} bytes (process spawn → listening adds ${fmt(cold.startupMs)} ms; a second cold document in the warmed-up process: ${fmt(cold.warmLoadMs)} ms)`
      : "",
  });

  const durableMisses = results.durable.filter((r) => !(r.ours.perSecond >= 0.8 * r.raw.perSecond));
  goals.push({
    goal: "durable rate ≥ 80 % of the raw insert rate (same driver, same group commit, same offered load)",
    status: results.durable.length === 0 ? "not measured" : durableMisses.length === 0 ? "reached" : "not reached",
    detail: results.durable
      .map((r) => `${r.target} ${r.documents} docs: ${fmt(r.ours.perSecond, 0)} vs ${fmt(r.raw.perSecond, 0)}/s (${r.raw.perSecond > 0 ? ((r.ours.perSecond / r.raw.perSecond) * 100).toFixed(0) : "–"} %)`)
      .join("; "),
  });
  const memory = results.memory;
  const memoryMisses = memory?.rows.filter((r) => !(r.oursPerDocument <= 1.3 * r.barePerDocument)) ?? [];
  goals.push({
    goal: "heap per document ≤ 1.3x a bare Y.Doc (~100 KB documents)",
    status: !memory || memory.rows.length === 0 ? "not measured" : memoryMisses.length === 0 ? "reached" : "not reached",
    detail: memory
      ? memory.rows.map((r) => `${r.documents} docs: ${(r.oursPerDocument / 1024).toFixed(0)} vs ${(r.barePerDocument / 1024).toFixed(0)} KiB (${(r.oursPerDocument / r.barePerDocument).toFixed(2)}x)`).join("; ")
      : "memory runs only in the full run",
  });
  goals.push(...issue15Goals(results));
  return goals;
}

/** Issue 15's goals that the goals above do not already cover. */
function issue15Goals(results: BenchResults): Goal[] {
  const goals: Goal[] = [];
  const ours = find(results.fanout, "ours-pglite", 200, true);
  const yws = find(results.fanout, "y-websocket", 200, true);
  goals.push({
    goal: "N=200, awareness on: ours (PGlite) p50 ≤ 1.2x y-websocket's, nothing dropped",
    status: !ours || !yws || yws.latency.count === 0 ? "not measured" : ours.latency.p50 <= 1.2 * yws.latency.p50 && ours.dropped === 0 ? "reached" : "not reached",
    detail: ours && yws ? `p50 ${fmt(ours.latency.p50)} vs ${fmt(yws.latency.p50)} ms (${ratio(ours.latency.p50, yws.latency.p50)}), ${ours.dropped} dropped of ${ours.sent}` : "",
  });

  const atScale = OURS.flatMap((kind) => [false, true].map((awareness) => find(results.fanout, kind, 200, awareness))).filter((r): r is FanoutResult => r !== undefined && r.server !== null);
  const stalled = atScale.filter((r) => !(r.server!.eventLoop.p99 < 20));
  goals.push({
    goal: "N=200: the server's event-loop delay p99 < 20 ms (ours, awareness on and off)",
    status: atScale.length === 0 ? "not measured" : stalled.length === 0 ? "reached" : "not reached",
    detail: atScale.map((r) => `${TARGET_LABELS[r.kind]} awareness ${r.awareness ? "on" : "off"}: ${fmt(r.server!.eventLoop.p99)} ms`).join("; "),
  });

  // Not the issue's goal: what the floor goal would read if restated against the reference server.
  const offCells = [10, 50, 200].flatMap((clients) => OURS.map((kind) => ({ clients, kind, ours: find(results.fanout, kind, clients, false), yws: find(results.fanout, "y-websocket", clients, false) })));
  const measured = offCells.filter((cell) => cell.ours && cell.yws && cell.yws.latency.count > 0);
  const beyond = measured.filter((cell) => !(cell.ours!.latency.p50 <= 1.2 * cell.yws!.latency.p50));
  goals.push({
    goal: "(proposed restatement) awareness off: ours p50 within 1.2x y-websocket's at N=10, 50, 200",
    status: measured.length === 0 ? "not measured" : beyond.length === 0 ? "reached" : "not reached",
    detail: measured.map((cell) => `${TARGET_LABELS[cell.kind]} N=${cell.clients}: ${ratio(cell.ours!.latency.p50, cell.yws!.latency.p50)}`).join("; "),
  });

  const memory = results.memory;
  const largest = memory?.rows.at(-1);
  const released = memory?.retainedPerDocument ?? null;
  goals.push({
    goal: "1 000 open ~100 KB documents and 2 000 clients in one process; memory returns after they leave (under a tenth of a document's heap left per document)",
    status: !largest ? "not measured" : largest.documents >= 1000 && largest.clients >= 2000 && released !== null && released <= largest.oursPerDocument / 10 ? "reached" : "not reached",
    detail: largest
      ? `${largest.documents} documents, ${largest.clients} clients; heap left per document ${released === null ? "not read" : `${(released / 1024).toFixed(0)} KiB`}${memory?.releasedAfterMs ? ` ${(memory.releasedAfterMs / 1000).toFixed(0)} s after they left` : ""}`
      : "memory runs only in the full run",
  });
  return goals;
}

export function goalsTable(goals: Goal[]): string {
  return table(
    ["goal", "status", "detail"],
    goals.map((g) => [g.goal, g.status === "reached" ? "**reached**" : g.status === "not reached" ? "**not reached**" : g.status, g.detail]),
  );
}

function memorySection(memory: MemoryResult): string[] {
  const kib = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1024).toFixed(0)} KiB`);
  return [
    "## Memory per open document",
    "",
    `Our server (PGlite, started with --expose-gc): documents opened in steps, each receiving the ${memory.snapshotBytes}-byte report as one update from a client that stays connected, and read back by a second client that stays connected too; the probe reads heapUsed + external (which includes array buffers) after GC. Bare = Y.Docs loaded from the same snapshot in a fresh process.`,
    "",
    table(
      ["open documents", "connected clients", "ours per document", "bare Y.Doc per document", "ours / bare", "server RSS growth per document"],
      memory.rows.map((r) => [String(r.documents), String(r.clients), kib(r.oursPerDocument), kib(r.barePerDocument), `${(r.oursPerDocument / r.barePerDocument).toFixed(2)}x`, kib(r.rssPerDocument)]),
    ),
    "",
    memory.releasedAfterMs === null
      ? ""
      : `After every client left, the heap was read every 5 s from ${COLLAB_IDLE_S + 30} s on (idle unload ${COLLAB_IDLE_S} s) until it came back within a tenth of a document's share: at ${(memory.releasedAfterMs / 1000).toFixed(0)} s, ${kib(memory.retainedPerDocument)} per document still above the start (heap + external). While the ${memory.rows.at(-1)?.documents ?? "?"} documents were unloaded (compacted, snapshot written) the server's event loop did not answer for up to ${memory.unloadStallMs === null ? "–" : `${(memory.unloadStallMs / 1000).toFixed(1)} s`}${memory.unloadStallAt === null ? "" : `, from ${(memory.unloadStallAt / 1000).toFixed(1)} s after the clients left`}.`,
    "",
  ];
}

/** The whole report as Markdown (printed, and written to RESULTS.md after a full run). */
export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const c = results.config;
  return [
    `# Benchmark results (${c.mode} run)`,
    "",
    `Run ${results.startedAt.toISOString()} · ${(results.durationMs / 60_000).toFixed(1)} min · machine: ${m.nproc} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.kernel}, Node ${m.node}. Everything on loopback; each target in its own process; the load generator in the bench process.`,
    "",
    "## Goals (issues 5 and 15)",
    "",
    goalsTable(evaluateGoals(results)),
    "",
    "## Fan-out: one document, N clients",
    "",
    `One writer at 10 updates/s (keystrokes) plus 10 % of the clients at 2/s; awareness on = every client moves its cursor at 2/s. ${c.fanout.warmupMs / 1000} s warm-up, ${c.fanout.measureMs / 1000} s measured, ${c.fanout.graceMs / 1000} s grace. Latency = writer's send to arrival at the last of the N-1 other clients. Ratios are ours÷reference (below 1 is better). Server ELD = event-loop delay measured inside the target by a preloaded probe; generator = the bench process; other load = what else kept the two cores busy (/proc/stat busy minus server and generator CPU, in % of one core; includes the kernel's loopback work), steal = hypervisor. Provider check = a real provider opened the document afterwards and held every writer's structs.`,
    "",
    fanoutTable(results.fanout),
    "",
    "## Cold load: ~100 KB findings report",
    "",
    "Report = the final-report seed's paragraphs (repeated to ~100 KB encoded) written as `paragraph` elements into the `content` fragment through the y-websocket provider, then single-keystroke edits at random places. Timings are medians over restarts; the loading client speaks the provider's protocol on a bare socket so each phase can be timed, and stops when the SHA-256 of `content.toString()` matches.",
    "",
    coldLoadTable(results.coldLoad),
    "",
    "## Durable updates/s",
    "",
    "Our server: N documents, each with one writer at 95 updates/s (under the 100/s per-connection limit) and one observer; an update reaching the observer is durable: the server broadcasts only once it is in the process's write-ahead journal (one write per tick, replayed on start; it survives kill -9 like PGlite itself), and the journal drains to the database in one commit per document every 100 ms. Raw: the same driver in its own process, plain multi-row INSERT into the same table, the same group commit as DurableLog (one batch per document per event-loop tick, one commit at a time per document), the same offered load. Raw + pg_notify: the same, with the `pg_notify` our PostgreSQL store adds to every append for scale-out.",
    "",
    durableTable(results.durable),
    "",
    ...(results.memory ? memorySection(results.memory) : []),
    ...rebuildSection(results.rebuild),
    "## Target start-up (spawn → listening, first start on empty storage)",
    "",
    table(["target", "ms"], results.startups.map((s) => [s.target, fmt(s.ms, 0)])),
    "",
    ...(results.notes.length ? ["## Notes", "", ...results.notes.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
}

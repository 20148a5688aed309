import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { runFanout } from "./fanout.ts";
import { startTarget } from "./targets.ts";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** Where a frame's code lives, coarsely: the package or our folder. */
function area(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "native (C++ / syscalls)";
  if (/^[0-9a-f]{8}$/.test(url) || name.startsWith("wasm-function")) return "WebAssembly (PGlite's Postgres)";
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /server\/src\/([^/]+)/.exec(url);
  if (ours) return `server/src/${ours[1]}`;
  if (url.startsWith("node:")) return "node internals";
  return path.basename(url);
}

/** Self time per function and per area from a V8 `.cpuprofile`, over samples in [from, to] (µs, profile clock). */
export function summarizeProfile(profile: CpuProfile, from = profile.startTime, to = profile.endTime): { total: number; byArea: [string, number][]; byFunction: [string, number][] } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === "(idle)") continue;
    total += micros;
    const where = area(frame.url, frame.functionName);
    byArea.set(where, (byArea.get(where) ?? 0) + micros);
    const key = `${frame.functionName || "(anonymous)"} ${where}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { total, byArea: sorted(byArea), byFunction: sorted(byFunction) };
}

/**
 * Profiles our server (PGlite) with `--cpu-prof` under fan-out load: N=200 without
 * awareness, then N=50 with awareness, and prints where its CPU time went. A separate
 * run: the profiler's overhead must not leak into the comparison.
 */
export async function profileFanout(log: (line: string) => void): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-prof-"));
  try {
    const target = await startTarget("ours-pglite", { probe: true, nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
    // Scenario windows on the bench clock; mapped onto the profile clock from the exit time.
    const windows: { label: string; from: number; to: number }[] = [];
    let exitedAt = 0;
    try {
      for (const [clients, awareness] of [
        [200, false],
        [50, true],
      ] as const) {
        const from = performance.now();
        const result = await runFanout(target, { clients, awareness, warmupMs: 1000, measureMs: 10_000, graceMs: 2000 }, log);
        windows.push({ label: `N=${clients}, awareness ${awareness ? "on" : "off"}`, from, to: performance.now() });
        log(`  profiled N=${clients} awareness=${awareness}: p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms, server CPU ${result.server?.cpuPercent.toFixed(0) ?? "?"} %`);
      }
    } finally {
      // SIGTERM: main.ts exits through process.exit, which writes the profile.
      await target.stop();
      exitedAt = performance.now();
    }
    const file = (await readdir(dir)).find((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error("no .cpuprofile written");
    const profile = JSON.parse(await readFile(path.join(dir, file), "utf8")) as CpuProfile;
    for (const window of windows) {
      const from = profile.endTime - (exitedAt - window.from) * 1000;
      const to = profile.endTime - (exitedAt - window.to) * 1000;
      const summary = summarizeProfile(profile, from, to);
      const pct = (micros: number) => `${((micros / summary.total) * 100).toFixed(1).padStart(5)} %`;
      const seconds = (window.to - window.from) / 1000;
      log(`\nServer CPU profile, ${window.label}: ${(summary.total / 1e6).toFixed(1)} s busy in ${seconds.toFixed(1)} s (connect, warm-up, measure, grace)\n\nBy area:`);
      for (const [name, micros] of summary.byArea.slice(0, 15)) log(`${pct(micros)}  ${name}`);
      log("\nTop functions (self time):");
      for (const [name, micros] of summary.byFunction.slice(0, 30)) log(`${pct(micros)}  ${name}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

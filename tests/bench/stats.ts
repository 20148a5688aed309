import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import type { EventLoopDelay } from "./probeProtocol.ts";

/** Nearest-rank percentile of an ascending array; NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export type Summary = { count: number; p50: number; p99: number; max: number };

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

const RESOLUTION_MS = 5;
/** The histogram records the timer's whole interval: the delay is what exceeds it. */
const excess = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);

/**
 * The bench process's own event-loop delay and CPU, so the reader can tell whether the
 * load generator kept up (a saturated generator inflates every latency it measures).
 */
export class GeneratorMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private cpu = process.cpuUsage();
  private wall = performance.now();

  constructor() {
    this.histogram.enable();
  }

  reset(): void {
    this.histogram.reset();
    this.cpu = process.cpuUsage();
    this.wall = performance.now();
  }

  read(): { eventLoop: EventLoopDelay; cpuPercent: number } {
    const cpu = process.cpuUsage(this.cpu);
    const wallMs = performance.now() - this.wall;
    return {
      eventLoop: { p50: excess(this.histogram.percentile(50)), p99: excess(this.histogram.percentile(99)), max: excess(this.histogram.max) },
      cpuPercent: wallMs > 0 ? ((cpu.user + cpu.system) / 1000 / wallMs) * 100 : 0,
    };
  }

  stop(): void {
    this.histogram.disable();
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type CpuTicks = { busy: number; steal: number; total: number };

/**
 * The whole machine's CPU counters (/proc/stat): busy (user, nice, system, irq,
 * softirq) and steal (time the hypervisor gave to other guests), to tell whether
 * anything besides the target and the generator competed for the two cores.
 */
export async function machineCpuTicks(): Promise<CpuTicks | null> {
  try {
    const line = (await readFile("/proc/stat", "utf8")).split("\n", 1)[0] ?? "";
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
    return { busy: user + nice + system + irq + softirq, steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
  } catch {
    return null;
  }
}

/** Busy and steal percentages between two readings, in percent of one core (max 100 x cores). */
export function cpuBetween(before: CpuTicks | null, after: CpuTicks | null): { busy: number; steal: number } | null {
  if (!before || !after || after.total <= before.total) return null;
  const span = (after.total - before.total) / availableParallelism();
  return { busy: ((after.busy - before.busy) / span) * 100, steal: ((after.steal - before.steal) / span) * 100 };
}

/**
 * Calls `fire(i)` for each of `count` sources at `rate` per second each, from one 5 ms
 * timer that catches up on what is due (setInterval alone drifts below the rate when
 * the event loop is busy), at most `maxBurst` per source and tick; what a longer stall
 * missed is skipped. Sources start at random phases. Returns a stop function.
 */
export function pace(count: number, rate: number, fire: (index: number) => void, maxBurst = 3): () => void {
  const started = performance.now();
  const phase = Array.from({ length: count }, () => Math.random() * (1000 / rate));
  const fired = Array.from({ length: count }, () => 0);
  const timer = setInterval(() => {
    const now = performance.now();
    for (let i = 0; i < count; i++) {
      const due = Math.floor(((now - started - phase[i]!) * rate) / 1000) + 1;
      // At most `maxBurst` at once: a stalled loop must not turn into a burst past a rate limit.
      for (let n = 0; fired[i]! < due && n < maxBurst; n++) {
        fired[i]! += 1;
        fire(i);
      }
      if (fired[i]! < due - maxBurst) fired[i] = due - maxBurst;
    }
  }, 5);
  return () => clearInterval(timer);
}

/**
 * Waits until the whole machine is nearly idle (busy below `threshold` % of one core
 * over a 2 s sample), at most `maxMs`; returns the last sample. Other work on the two
 * cores would otherwise land in the figures.
 */
export async function waitForIdle(maxMs: number, threshold = 30): Promise<{ waitedMs: number; busy: number | null }> {
  const started = Date.now();
  let busy: number | null = null;
  if (maxMs <= 0) return { waitedMs: 0, busy };
  do {
    const before = await machineCpuTicks();
    await sleep(2000);
    busy = cpuBetween(before, await machineCpuTicks())?.busy ?? null;
    if (busy === null || busy < threshold) break;
  } while (Date.now() - started < maxMs);
  return { waitedMs: Date.now() - started, busy };
}

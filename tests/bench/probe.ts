import v8 from "node:v8";
/**
 * Preloaded (`--import`) into every target process of the fan-out runs, so that the
 * same instrument measures every server without changing any of them: event-loop
 * delay (perf_hooks histogram, 5 ms resolution), CPU time and memory, reported over
 * the IPC channel on request. It adds one 5 ms timer and nothing on the message path.
 */
import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { ProbeReply, ProbeRequest } from "./probeProtocol.ts";

const RESOLUTION_MS = 5;
/** The histogram records the timer's whole interval: the delay is what exceeds it. */
const excess = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();
let cpuBase = process.cpuUsage();
let wallBase = performance.now();

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * The main thread's scheduler counters (its task id is the pid): time on a core and time
 * spent runnable but waiting for one, in ms. Both exclude hypervisor steal.
 */
function mainThreadSchedule(): { cpuMs: number; waitMs: number } {
  const [cpuNs = 0, waitNs = 0] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").trim().split(" ").map(Number);
  return { cpuMs: cpuNs / 1e6, waitMs: waitNs / 1e6 };
}

const STALL_CHECK_MS = 10;
const STALL_REPORT_MS = 50;
let stalls: { wallMs: number; threadCpuMs: number; waitingMs: number }[] = [];
if (process.env.PROBE_STALLS === "1") {
  let lastAt = performance.now();
  let last = mainThreadSchedule();
  setInterval(() => {
    const now = performance.now();
    const current = mainThreadSchedule();
    const wallMs = now - lastAt - STALL_CHECK_MS;
    if (wallMs > STALL_REPORT_MS && stalls.length < 100) {
      stalls.push({ wallMs, threadCpuMs: current.cpuMs - last.cpuMs, waitingMs: current.waitMs - last.waitMs });
    }
    lastAt = now;
    last = current;
  }, STALL_CHECK_MS).unref();
}

function reply(request: ProbeRequest): ProbeReply {
  if (request.type === "reset") {
    histogram.reset();
    stalls = [];
    cpuBase = process.cpuUsage();
    wallBase = performance.now();
  }
  if (request.gc && gc) {
    gc();
    gc();
    if (process.env.PROBE_HEAP_SNAPSHOT) v8.writeHeapSnapshot(`${process.env.PROBE_HEAP_SNAPSHOT}-${Date.now()}.heapsnapshot`);
  }
  const cpu = process.cpuUsage(cpuBase);
  const wallMs = performance.now() - wallBase;
  const memory = process.memoryUsage();
  return {
    id: request.id,
    eventLoop: {
      p50: excess(histogram.percentile(50)),
      p99: excess(histogram.percentile(99)),
      max: excess(histogram.max),
    },
    cpuPercent: wallMs > 0 ? ((cpu.user + cpu.system) / 1000 / wallMs) * 100 : 0,
    heapUsed: memory.heapUsed,
    external: memory.external,
    rss: memory.rss,
    ...(process.env.PROBE_STALLS === "1" ? { stalls } : {}),
  };
}

if (process.send) {
  process.on("message", (message: ProbeRequest) => {
    process.send?.(reply(message));
  });
  // The probe must never keep a server alive that wants to exit.
  process.channel?.unref();
}

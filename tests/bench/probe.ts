/**
 * Preloaded (`--import`) into every target process of the fan-out runs, so that the
 * same instrument measures every server without changing any of them: event-loop
 * delay (perf_hooks histogram, 5 ms resolution), CPU time and memory, reported over
 * the IPC channel on request. It adds one 5 ms timer and nothing on the message path.
 */
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

function reply(request: ProbeRequest): ProbeReply {
  if (request.type === "reset") {
    histogram.reset();
    cpuBase = process.cpuUsage();
    wallBase = performance.now();
  }
  if (request.gc && gc) {
    gc();
    gc();
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
    external: memory.external + memory.arrayBuffers,
    rss: memory.rss,
  };
}

if (process.send) {
  process.on("message", (message: ProbeRequest) => {
    process.send?.(reply(message));
  });
  // The probe must never keep a server alive that wants to exit.
  process.channel?.unref();
}

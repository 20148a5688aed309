/**
 * The typing bench's `--trace`: Chromium's timeline trace of one phase, summarised.
 *
 * On a shared machine the bench's latencies (wall-clock) grow with everyone else's load: the
 * page's main thread waits for a core. A trace event also records the thread's CPU time
 * (`tdur`), which that waiting does not inflate, so the trace says what the page itself costs:
 * - CPU per key: the key's events (keydown, keypress with the text input and input inside it,
 *   keyup), i.e. ProseMirror, the Yjs update and every listener run synchronously for it;
 * - main-thread CPU per second over the phase: that, plus everything after the key (frames,
 *   React's deferred renders, idle reads) and every remote change and caret;
 * - remote frames: WebSocket frames received per second (each a Yjs update or an awareness change).
 * `--trace-file` also writes the raw trace to tests/artifacts (open it in DevTools or Perfetto),
 * `--trace-samples` with V8's CPU samples in it.
 */
import { writeFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { ARTIFACTS_DIR } from "../support/paths.ts";

const RENDERING_EVENTS = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "HitTest", "ParseHTML", "FunctionCall", "EventDispatch", "TimerFire", "FireAnimationFrame", "RunMicrotasks", "GCEvent", "MinorGC", "MajorGC", "IntersectionObserverController::computeIntersections", "ResizeObserver"]);
const KEY_EVENTS = new Set(["keydown", "keypress", "keyup"]);

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { name?: string; data?: { type?: string } } };

const log = (line: string) => console.log(line);

/** Main-thread CPU figures of a phase (see the file's comment). */
function cpuFigures(events: TraceEvent[], main: TraceEvent, frames: number): string {
  const onMain = events.filter((event) => event.ph === "X" && event.tid === main.tid && event.pid === main.pid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const keydowns = onMain.filter((event) => event.name === "EventDispatch" && event.args?.data?.type === "keydown");
  if (keydowns.length < 2) return "no keys in the trace";
  const first = keydowns[0]!.ts;
  const last = keydowns.at(-1)!.ts;
  const seconds = (last - first) / 1e6;
  let busy = 0;
  let end = 0;
  // Top-level events only: nested ones are inside their parent's time.
  for (const event of onMain) {
    if (event.ts < end) continue;
    end = event.ts + (event.dur ?? 0);
    if (event.ts >= first && event.ts <= last) busy += (event.tdur ?? 0) / 1000;
  }
  const keyCpu = onMain.filter((event) => event.name === "EventDispatch" && KEY_EVENTS.has(event.args?.data?.type ?? "")).reduce((sum, event) => sum + (event.tdur ?? 0) / 1000, 0);
  return `CPU per key ${(keyCpu / keydowns.length).toFixed(1)} ms (its key events) · main thread CPU ${(busy / seconds).toFixed(0)} ms/s over ${seconds.toFixed(1)} s · ${(frames / seconds).toFixed(0)} WebSocket frames/s received`;
}

/**
 * Runs `action` under Chromium's timeline trace (with `--trace` in `args`) and prints where the
 * page's main thread spent its time by kind of work (style, layout, paint, script), to see what
 * "(program)" in a profile is, and its CPU figures.
 */
export async function traced(page: Page, label: string, args: readonly string[], action: () => Promise<void>): Promise<void> {
  if (!args.includes("--trace")) return action();
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  let frames = 0;
  session.on("Tracing.dataCollected", (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  session.on("Network.webSocketFrameReceived", () => {
    frames += 1;
  });
  await session.send("Network.enable");
  const done = new Promise<void>((resolve) => session.once("Tracing.tracingComplete", () => resolve()));
  // With --trace-samples the file also holds V8's CPU samples (it then costs the page more).
  const categories = `devtools.timeline,disabled-by-default-devtools.timeline${args.includes("--trace-samples") ? ",disabled-by-default-v8.cpu_profiler" : ""}`;
  await session.send("Tracing.start", { categories, transferMode: "ReportEvents" });
  await action();
  await session.send("Tracing.end");
  await done;
  await session.send("Network.disable");
  if (args.includes("--trace-file")) await writeFile(`${ARTIFACTS_DIR}/typing-trace-${label.replaceAll(" ", "-")}.json`, JSON.stringify({ traceEvents: events }));
  const main = events.find((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain");
  const totals = new Map<string, { ms: number; count: number }>();
  for (const event of events) {
    if (event.ph !== "X" || !RENDERING_EVENTS.has(event.name) || (main && (event.tid !== main.tid || event.pid !== main.pid))) continue;
    const total = totals.get(event.name) ?? { ms: 0, count: 0 };
    total.ms += (event.dur ?? 0) / 1000;
    total.count += 1;
    totals.set(event.name, total);
  }
  log(`Trace (${label}), main thread, inclusive time:`);
  for (const [name, { ms, count }] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) log(`  ${ms.toFixed(0).padStart(6)} ms  ${String(count).padStart(5)}x  ${name}`);
  if (main) log(`  ${cpuFigures(events, main, frames)}`);
  await session.detach();
}

/** Coalescing schedulers: run a piece of work once for any number of requests, at the right moment. */

/** How long a change may wait when the page draws no frames (a hidden tab). */
const FALLBACK_MS = 100;

export type FrameScheduler = { schedule: () => void; cancel: () => void };

/** `run` at most once per frame, however often `schedule` is called before it. */
export function perFrame(run: () => void): FrameScheduler {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const fire = () => {
    cancel();
    run();
  };
  const schedule = () => {
    if (frame !== null || timer !== null) return;
    frame = requestAnimationFrame(fire);
    timer = setTimeout(fire, FALLBACK_MS);
  };
  return { schedule, cancel };
}

/** How long a read scheduled for idle time may wait while the page stays busy. */
export const IDLE_TIMEOUT_MS = 150;

type IdleWindow = { requestIdleCallback?: (run: () => void, options: { timeout: number }) => number; cancelIdleCallback?: (handle: number) => void };

/**
 * `run` once when the browser is next idle (after the frame that shows a keystroke has been
 * painted), at most `timeout` ms later, however often `schedule` is called before it. For views
 * derived from the text that need not follow it within the same frame: toolbar state, counts.
 */
export function whenIdle(run: () => void, timeout = IDLE_TIMEOUT_MS): FrameScheduler {
  const idle = globalThis as IdleWindow;
  let handle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (handle !== null) idle.cancelIdleCallback?.(handle);
    if (timer !== null) clearTimeout(timer);
    handle = null;
    timer = null;
  };
  const fire = () => {
    handle = null;
    timer = null;
    run();
  };
  const schedule = () => {
    if (handle !== null || timer !== null) return;
    if (idle.requestIdleCallback) handle = idle.requestIdleCallback(fire, { timeout });
    else timer = setTimeout(fire, FALLBACK_MS);
  };
  return { schedule, cancel };
}

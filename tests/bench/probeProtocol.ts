/** Messages between the bench and `probe.ts` inside a target process. */
export type ProbeRequest = { id: number; type: "reset" | "stats"; gc?: boolean };

export type EventLoopDelay = { p50: number; p99: number; max: number };

export type ProbeReply = {
  id: number;
  /** Event-loop delay since the last reset, in ms. */
  eventLoop: EventLoopDelay;
  /** CPU time (user + system) over wall time since the last reset; 100 = one core. */
  cpuPercent: number;
  heapUsed: number;
  /** `external`, which includes `arrayBuffers` (Yjs keeps update bytes there); they were counted twice before 2026-12-06. */
  external: number;
  rss: number;
  /**
   * With PROBE_STALLS=1 in the target's environment: the event-loop stalls over 50 ms since
   * the last reset (at most 100), each with the time the main thread spent on a core
   * (our code blocking the loop) and waiting for one (other processes and threads on the
   * cores); the rest is hypervisor steal or a blocking system call.
   */
  stalls?: { wallMs: number; threadCpuMs: number; waitingMs: number }[];
};

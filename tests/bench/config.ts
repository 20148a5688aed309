import type { ColdLoadParams } from "./coldLoad.ts";
import type { TargetKind } from "./targets.ts";

export type BenchConfig = {
  mode: "quick" | "full";
  targets: TargetKind[];
  fanout: { cells: { clients: number; awareness: boolean }[]; warmupMs: number; measureMs: number; graceMs: number };
  /** Logged updates to rebuild a document from, against its snapshot. */
  rebuild: number[];
  coldLoad: ColdLoadParams & { crashRow: boolean };
  /** Durable rate, per backend: document counts (each with one writer at 95/s). */
  durable: { pglite: number[]; postgres: number[]; warmupMs: number; measureMs: number };
  /** Open ~100 KB documents per memory step (cumulative); empty = skip. */
  memory: number[];
  /** Wait (at most this long) for the machine to be idle before starting, and before each run. */
  idleWaitMs: number;
  runIdleWaitMs: number;
};

export const ALL_TARGETS: TargetKind[] = ["raw-ws", "y-websocket", "hocuspocus", "ours-pglite", "ours-postgres"];

/** `--quick` stays under two minutes on the 2-core machine; the full run takes ~15. */
export const CONFIGS: Record<BenchConfig["mode"], BenchConfig> = {
  quick: {
    mode: "quick",
    targets: ALL_TARGETS,
    fanout: {
      cells: [
        { clients: 10, awareness: false },
        { clients: 50, awareness: false },
        { clients: 50, awareness: true },
      ],
      warmupMs: 500,
      measureMs: 2000,
      graceMs: 1000,
    },
    coldLoad: { restarts: 1, historyEdits: 50, tailEdits: 50, crashRow: false },
    durable: { pglite: [20], postgres: [], warmupMs: 500, measureMs: 2000 },
    rebuild: [1000, 10_000],
    memory: [],
    idleWaitMs: 0,
    runIdleWaitMs: 0,
  },
  full: {
    mode: "full",
    targets: ALL_TARGETS,
    fanout: {
      cells: [10, 50, 200].flatMap((clients) => [false, true].map((awareness) => ({ clients, awareness }))),
      warmupMs: 2000,
      measureMs: 10_000,
      graceMs: 3000,
    },
    coldLoad: { restarts: 3, historyEdits: 1000, tailEdits: 300, crashRow: true },
    durable: { pglite: [10, 40, 80], postgres: [10, 40, 80], warmupMs: 1000, measureMs: 5000 },
    rebuild: [1000, 10_000, 100_000],
    memory: [100, 1000],
    idleWaitMs: 5 * 60_000,
    runIdleWaitMs: 20_000,
  },
};

import type { CollabLimits } from "@review/shared";

/** Everything the server needs to run; built from the environment by env.ts or by tests directly. */
export type ServerConfig = {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  dataDir: string;
  databaseUrl?: string;
  /**
   * The process's write-ahead journal directory. Undefined: `<dataDir>.journal` with PGlite,
   * none with PostgreSQL (each process needs its own directory there); null: no journal.
   */
  journalDir?: string | null;
  /** The only Origin accepted on non-GET requests and upgrades; derived from the port when unset. */
  publicOrigin?: string;
  registration: "open" | "invite";
  seedDemo: boolean;
  /** Directory of the built client; served when it exists. */
  clientDist?: string;
  /** Overrides of the collaboration limits (e.g. a low compaction threshold for chaos tests). */
  collabLimits?: Partial<CollabLimits>;
  /** Receives collab trace lines (compaction start/commit) when set. */
  collabTrace?: (line: string) => void;
  /** How long a report stays without connections before its editing session is kept as a version (default 10 s). */
  versionSessionGraceMs?: number;
  /** The SMTP server notifications are e-mailed through; unset: none is sent. */
  smtpUrl?: string;
  /** The From of those e-mails (default `Peer Review Workspace <no-reply@localhost>`). */
  smtpFrom?: string;
  log: (line: string) => void;
};

export function originForPort(port: number): string {
  return `http://localhost:${port}`;
}

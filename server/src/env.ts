import { z } from "zod";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerConfig } from "./config.ts";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.string().url().optional(),
  /** This process's write-ahead journal directory, or `off` (default: beside DATA_DIR with PGlite, none with PostgreSQL). */
  JOURNAL_DIR: z.string().min(1).optional(),
  PUBLIC_ORIGIN: z.string().url().optional(),
  REGISTRATION: z.enum(["open", "invite"]).default("invite"),
  DEMO_SEED: z.enum(["on", "off"]).default("on"),
  /** Where the built client is served from (tests and previews point at another build). */
  CLIENT_DIST: z.string().min(1).optional(),
  /** Log rows after which a document is compacted (default COLLAB_LIMITS.compactAfterUpdates; chaos tests lower it). */
  COLLAB_COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).optional(),
  /** With a journal, milliseconds updates gather before their database commit (default COLLAB_LIMITS.storeDrainMs). */
  COLLAB_STORE_DRAIN_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  /** `on` prints a line when a compaction starts and when it commits (chaos tests kill in between). */
  COLLAB_TRACE: z.enum(["on", "off"]).default("off"),
  /** The SMTP server notifications are e-mailed through (`smtp://user:pass@host:587`, `smtps://…`); unset: no e-mail. */
  SMTP_URL: z.string().url().optional(),
  /** The sender of those e-mails. */
  SMTP_FROM: z.string().min(3).default("Peer Review Workspace <no-reply@localhost>"),
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The only reader of process.env: parses it once and exits with a clear message on bad config. */
export function loadConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      console.error(`Invalid environment: ${issue.path.join(".")}: ${issue.message}`);
    }
    process.exit(2);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    // Relative DATA_DIR is relative to where the user ran the command (INIT_CWD under pnpm).
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    journalDir: e.JOURNAL_DIR === "off" ? null : e.JOURNAL_DIR && path.resolve(env.INIT_CWD ?? process.cwd(), e.JOURNAL_DIR),
    publicOrigin: e.PUBLIC_ORIGIN?.replace(/\/$/, ""),
    registration: e.REGISTRATION,
    seedDemo: e.DEMO_SEED === "on",
    clientDist: e.CLIENT_DIST ? path.resolve(e.CLIENT_DIST) : path.join(repoRoot, "client/dist"),
    collabLimits: {
      ...(e.COLLAB_COMPACT_AFTER_UPDATES ? { compactAfterUpdates: e.COLLAB_COMPACT_AFTER_UPDATES } : {}),
      ...(e.COLLAB_STORE_DRAIN_MS !== undefined ? { storeDrainMs: e.COLLAB_STORE_DRAIN_MS } : {}),
    },
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    collabTrace: e.COLLAB_TRACE === "on" ? (line) => console.log(line) : undefined,
    log: (line) => console.log(line),
  };
}

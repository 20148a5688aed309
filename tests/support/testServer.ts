import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CollabLimits } from "@review/shared";
import { startServer } from "@review/server";
import { copyPgliteTemplate } from "./pgliteTemplate.ts";
import { createTestDatabase, type TestDatabase } from "./postgres.ts";

export type Backend = "pglite" | "postgres";
/** Every storage backend; suites run once per entry (`describe.each(BACKENDS)`). */
export const BACKENDS: Backend[] = ["pglite", "postgres"];

type RunningServer = Awaited<ReturnType<typeof startServer>>;

export type TestServerOptions = {
  backend: Backend;
  registration?: "open" | "invite";
  seedDemo?: boolean;
  /** Directory of the built client to serve (end-to-end tests). */
  clientDist?: string;
  /** Overrides of the collab limits (e.g. a low compaction threshold). */
  collabLimits?: Partial<CollabLimits>;
  /** How long a report stays empty before its editing session becomes a version (server default 10 s). */
  versionSessionGraceMs?: number;
  /** The SMTP server notifications are e-mailed through (a local sink in tests); unset: none. */
  smtpUrl?: string;
};

/**
 * A real server on a random port with real storage: PGlite in a fresh temp
 * DATA_DIR, or a fresh PostgreSQL database (plus a temp DATA_DIR for anything the
 * server keeps on disk). `restart()` stops it and starts a new instance on the same
 * storage; the URL changes, so read `url`/`wsUrl`/`origin` after a restart.
 */
export class TestServer {
  private running: RunningServer | null = null;

  private constructor(
    readonly backend: Backend,
    readonly dataDir: string,
    private readonly database: TestDatabase | null,
    private readonly options: TestServerOptions,
  ) {}

  static async start(options: TestServerOptions): Promise<TestServer> {
    const dataDir = await mkdtemp(path.join(tmpdir(), `review-${options.backend}-`));
    const database = options.backend === "postgres" ? await createTestDatabase() : null;
    if (!database) await copyPgliteTemplate(dataDir);
    const server = new TestServer(options.backend, dataDir, database, options);
    try {
      await server.boot();
    } catch (error) {
      await server.cleanup();
      throw error;
    }
    return server;
  }

  get databaseUrl(): string | undefined {
    return this.database?.url;
  }

  private get current(): RunningServer {
    if (!this.running) throw new Error("the test server is not running");
    return this.running;
  }

  /** http://localhost:PORT */
  get url(): string {
    return this.current.url;
  }

  /** ws://localhost:PORT */
  get wsUrl(): string {
    return this.current.url.replace(/^http/, "ws");
  }

  get origin(): string {
    return this.current.origin;
  }

  get port(): number {
    return this.current.port;
  }

  /** The running server's store (to read what was persisted, e.g. a document's log). */
  get store(): RunningServer["store"] {
    return this.current.store;
  }

  private async boot(): Promise<void> {
    this.running = await startServer({
      port: 0,
      dataDir: this.dataDir,
      databaseUrl: this.database?.url,
      // PostgreSQL runs with a journal too (its own directory), as the benchmark measures it.
      journalDir: this.database ? path.join(this.dataDir, "journal") : undefined,
      registration: this.options.registration ?? "open",
      seedDemo: this.options.seedDemo ?? false,
      clientDist: this.options.clientDist,
      collabLimits: this.options.collabLimits,
      versionSessionGraceMs: this.options.versionSessionGraceMs,
      smtpUrl: this.options.smtpUrl,
      smtpFrom: "Review tests <review@localhost>",
    });
  }

  /** Stops the server gracefully, keeping its storage. */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await running.close();
  }

  /** Stops the server and starts a fresh instance on the same storage. */
  async restart(): Promise<void> {
    await this.stop();
    await this.boot();
  }

  /** Stops the server and deletes its storage. Safe to call twice. */
  async cleanup(): Promise<void> {
    try {
      await this.stop();
    } finally {
      await this.database?.drop();
      await rm(this.dataDir, { recursive: true, force: true });
      await rm(`${this.dataDir}.journal`, { recursive: true, force: true });
    }
  }
}

export function startTestServer(options: TestServerOptions): Promise<TestServer> {
  return TestServer.start(options);
}

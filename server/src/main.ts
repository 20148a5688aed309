import { loadConfigFromEnv } from "./env.ts";
import { DataDirLockedError, DEMO_ACCOUNTS, DEMO_PASSWORD, startServer } from "./index.ts";

const config = loadConfigFromEnv();

try {
  const server = await startServer(config);
  if (config.seedDemo && (await server.store.findUserByEmail(DEMO_ACCOUNTS[0]!.email))) {
    console.log("Demo accounts (password for all: %s):", DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(9)} ${account.email}  (${account.name})`);
  }
  console.log(`Storage: ${config.databaseUrl ? "PostgreSQL" : `PGlite in ${config.dataDir}`}`);
  console.log(`listening on ${server.url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: saving and shutting down`);
    const force = setTimeout(() => {
      console.error("Shutdown took too long; exiting");
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Shutdown failed", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SERVER_DIR } from "./paths.ts";

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null };

/** A server started as its own OS process (`server/src/main.ts` under tsx), for kill -9 tests. */
export type ServerProcessHandle = {
  child: ChildProcess;
  /** Resolves with the URL once the server printed `listening on http://localhost:<port>`; rejects if it exits first. */
  ready: Promise<{ url: string; port: number }>;
  /** Resolves when the process has exited. */
  exited: Promise<ExitStatus>;
  stdout(): string;
  stderr(): string;
  /** Sends `signal` (default SIGKILL) and resolves once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<ExitStatus>;
};

export type ServerProcess = ServerProcessHandle & { url: string; wsUrl: string; origin: string; port: number };

const live = new Set<ChildProcess>();
// Never leave a server behind when the test worker goes away.
process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

const LISTENING = /listening on (http:\/\/localhost:(\d+))/;

/**
 * Starts the server process with `env` on top of a minimal default
 * (PORT=0, REGISTRATION=open, DEMO_SEED=off). Does not wait for it to be ready.
 */
export function launchServerProcess(env: Record<string, string>): ServerProcessHandle {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(SERVER_DIR, "src/main.ts")], {
    cwd: SERVER_DIR,
    env: { ...process.env, PORT: "0", REGISTRATION: "open", DEMO_SEED: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8");
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => (stderr += chunk));

  const exited = new Promise<ExitStatus>((resolve) => {
    child.once("exit", (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
  });

  const ready = new Promise<{ url: string; port: number }>((resolve, reject) => {
    child.stdout!.on("data", (chunk: string) => {
      stdout += chunk;
      const match = LISTENING.exec(stdout);
      if (match) resolve({ url: match[1]!, port: Number(match[2]) });
    });
    child.once("error", reject);
    void exited.then(({ code, signal }) =>
      reject(new Error(`server process exited before listening (code ${code}, signal ${signal}):\n${stderr}\n${stdout}`)),
    );
  });
  // Callers may only look at `exited` (e.g. a server expected to refuse to start).
  ready.catch(() => {});

  return {
    child,
    ready,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    async kill(signal: NodeJS.Signals = "SIGKILL") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Resolves once the process has printed `text` on stdout (e.g. a COLLAB_TRACE line); rejects after `timeout` ms or if it exits first. */
export function untilPrinted(server: ServerProcessHandle, text: string, timeout: number): Promise<void> {
  const stdout = server.child.stdout!;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stdout.off("data", check);
      if (error) reject(error);
      else resolve();
    };
    // `stdout()` grows in an earlier listener of the same stream, so it holds each chunk before this sees it.
    const check = () => {
      if (server.stdout().includes(text)) finish();
    };
    const timer = setTimeout(() => finish(new Error(`Timed out after ${timeout} ms waiting for the server to print ${JSON.stringify(text)}`)), timeout);
    stdout.on("data", check);
    void server.exited.then(() => finish(new Error(`The server exited before printing ${JSON.stringify(text)}`)));
    check();
  });
}

/** Starts the server process and waits (up to `timeout` ms) until it listens. */
export async function spawnServerProcess(env: Record<string, string>, timeout = 45_000): Promise<ServerProcess> {
  const handle = launchServerProcess(env);
  let timer: NodeJS.Timeout | undefined;
  try {
    const { url, port } = await Promise.race([
      handle.ready,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`server process did not print "listening on" within ${timeout} ms:\n${handle.stderr()}\n${handle.stdout()}`)),
          timeout,
        );
      }),
    ]);
    return { ...handle, url, port, wsUrl: url.replace(/^http/, "ws"), origin: env.PUBLIC_ORIGIN ?? url };
  } catch (error) {
    await handle.kill("SIGKILL");
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

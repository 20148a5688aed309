import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ProbeReply, ProbeRequest } from "./probeProtocol.ts";

const PROBE = pathToFileURL(fileURLToPath(new URL("./probe.ts", import.meta.url))).href;

const live = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

export type ChildOptions = {
  /** The script node runs. */
  script: string;
  cwd: string;
  env: Record<string, string>;
  /** Matches the line that says the process listens; group 1 is the port. */
  readyPattern: RegExp;
  /** Load `.ts` through tsx (our server and the bench's own launch scripts). */
  tsx: boolean;
  /** Preload `probe.ts` (event-loop delay, CPU, memory over IPC); implies tsx. */
  probe: boolean;
  /** Extra node flags (e.g. `--expose-gc`, `--cpu-prof`). */
  nodeArgs?: string[];
  readyTimeoutMs?: number;
};

/** A target server in its own OS process. */
export type Child = {
  pid: number;
  /** Milliseconds from spawn to the ready line. */
  startupMs: number;
  port: number;
  output(): string;
  /** False once the process has exited (e.g. crashed mid-run). */
  alive(): boolean;
  /** Asks the preloaded probe; rejects without a probe or after `timeoutMs` (default 10 s). */
  probe(type: ProbeRequest["type"], gc?: boolean, timeoutMs?: number): Promise<ProbeReply>;
  /** Sends `signal` and resolves once the process is gone (SIGKILL after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
};

/** A port that was free a moment ago, on the loopback interface (for servers that cannot listen on port 0 and say which port they got). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Spawns `node [flags] script` and resolves once it prints its ready line. */
export async function launchChild(options: ChildOptions): Promise<Child> {
  const nodeArgs = [...(options.nodeArgs ?? [])];
  if (options.tsx || options.probe) nodeArgs.push("--import", "tsx");
  if (options.probe) nodeArgs.push("--import", PROBE);
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, options.script], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: options.probe ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  // Sending to a process that has just died emits 'error': report it through probe() instead.
  child.on("error", () => {});
  let output = "";
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      live.delete(child);
      resolve();
    }),
  );
  const pending = new Map<number, (reply: ProbeReply) => void>();
  let nextId = 1;
  child.on("message", (message: ProbeReply) => {
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });

  const timeout = options.readyTimeoutMs ?? 60_000;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.script} not ready within ${timeout} ms:\n${output}`)), timeout);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = options.readyPattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${options.script} exited before it was ready:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    child.kill("SIGKILL");
    await exited;
    throw error;
  });
  const startupMs = performance.now() - started;

  return {
    pid: child.pid ?? 0,
    startupMs,
    port,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    probe(type, gc = false, timeoutMs = 10_000) {
      if (!child.send) return Promise.reject(new Error("no probe in this process"));
      if (!child.connected) return Promise.reject(new Error(`target exited (${child.exitCode ?? child.signalCode}):\n${output.slice(-2000)}`));
      const id = nextId++;
      return new Promise<ProbeReply>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`probe did not answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
        child.send!({ id, type, gc } satisfies ProbeRequest, (error) => {
          if (!error) return;
          clearTimeout(timer);
          pending.delete(id);
          reject(error);
        });
      });
    },
    async stop(signal = "SIGTERM", graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a bench script (`.ts`, through tsx) to completion and returns its stdout; rejects on a non-zero exit or after `timeoutMs`. */
export function runScript(script: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    live.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${script} exited with ${code ?? signal}:\n${stderr.slice(-4000)}`));
    });
  });
}

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { CLIENT_DIR } from "./paths.ts";

/** The built client; `TEST_CLIENT_DIST` points elsewhere (e.g. a build of a work in progress). */
export const CLIENT_DIST = process.env.TEST_CLIENT_DIST ?? path.join(CLIENT_DIR, "dist");

/**
 * Makes sure `client/dist` exists. The test command normally builds the client
 * first; this covers running the end-to-end suite on its own.
 */
export async function ensureClientBuilt(timeout = 240_000): Promise<string> {
  if (existsSync(path.join(CLIENT_DIST, "index.html"))) return CLIENT_DIST;
  let output = "";
  const args = ["vite", "build"];
  if (process.env.TEST_CLIENT_DIST) args.push("--outDir", CLIENT_DIST, "--emptyOutDir");
  const child = spawn("npx", args, { cwd: CLIENT_DIR, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  if (code !== 0 || !existsSync(path.join(CLIENT_DIST, "index.html"))) {
    throw new Error(`building the client failed (exit ${code}):\n${output.slice(-4000)}`);
  }
  return CLIENT_DIST;
}

import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./dataDirLock.ts";

/** Starts `node -e <script>`; resolves with its pid once it is running. */
function startNode(script: string) {
  const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise<{ pid: number; exited: Promise<void>; kill(): void }>((resolve, reject) => {
    child.once("error", reject);
    child.once("spawn", () => resolve({ pid: child.pid!, exited, kill: () => child.kill() }));
  });
}

describe("acquireDataDirLock", () => {
  let dir: string;
  let dataDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "lock-test-"));
    dataDir = path.join(dir, "nested", "data");
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("writes its pid beside the data directory and refuses a second holder until released", async () => {
    const lock = await acquireDataDirLock(dataDir);
    expect(lock.path).toBe(`${dataDir}.lock`);
    expect(await readFile(lock.path, "utf8")).toBe(`${process.pid}\n`);

    const error = await acquireDataDirLock(dataDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).pid).toBe(process.pid);

    await lock.release();
    await lock.release();
    const again = await acquireDataDirLock(dataDir);
    await again.release();
  });

  it("lets only one of two concurrent acquires in one process win", async () => {
    const results = await Promise.allSettled([acquireDataDirLock(dataDir), acquireDataDirLock(dataDir)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    for (const result of results) if (result.status === "fulfilled") await result.value.release();
  });

  it("refuses a lock held by another live process, naming it", async () => {
    const other = await startNode("setTimeout(() => {}, 60_000)");
    try {
      await mkdir(path.dirname(dataDir), { recursive: true });
      await writeFile(`${dataDir}.lock`, `${other.pid}\n`);
      await expect(acquireDataDirLock(dataDir)).rejects.toThrow(
        `Data directory ${dataDir} is in use by another server process (pid ${other.pid}). Stop it first or set DATA_DIR to another directory.`,
      );
      expect(await readFile(`${dataDir}.lock`, "utf8")).toBe(`${other.pid}\n`);
    } finally {
      other.kill();
      await other.exited;
    }
  });

  it.each([
    ["a dead process", async () => `${await deadPid()}\n`],
    ["garbage", async () => "not a pid"],
  ])("takes over a stale lock holding %s", async (_, content) => {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await writeFile(`${dataDir}.lock`, await content());
    const lock = await acquireDataDirLock(dataDir);
    expect(await readFile(lock.path, "utf8")).toBe(`${process.pid}\n`);
    await lock.release();
  });

  it("does not remove a lock that another process has taken over", async () => {
    const lock = await acquireDataDirLock(dataDir);
    await writeFile(lock.path, "999999999\n");
    await lock.release();
    expect(await readFile(lock.path, "utf8")).toBe("999999999\n");
  });
});

async function deadPid(): Promise<number> {
  const child = await startNode("");
  await child.exited;
  return child.pid;
}

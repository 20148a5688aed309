import { randomUUID } from "node:crypto";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export type DataDirLock = {
  /** The lock file, beside the data directory: PGlite's initdb wants the directory itself empty. */
  readonly path: string;
  /** Removes the lock file if this process still holds it. Safe to call twice. */
  release(): Promise<void>;
};

/** Another live process holds the data directory. */
export class DataDirLockedError extends Error {
  readonly code = "data_dir_locked";
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    const holder = pid === null ? "another server process" : `another server process (pid ${pid})`;
    super(`Data directory ${dataDir} is in use by ${holder}. Stop it first or set DATA_DIR to another directory.`);
    this.name = "DataDirLockedError";
  }
}

/** Lock files held by this process; tells our own lock apart from a dead one that had our pid. */
const held = new Set<string>();

/**
 * Takes `<dataDir>.lock`, holding this process's pid. A lock whose pid is no longer
 * running (left by `kill -9`) is taken over. Pids are only meaningful on one machine:
 * do not share a PGlite directory between hosts or containers.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  if (held.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
  held.add(lockPath); // before any await, so a concurrent call in this process sees it
  try {
    await take(lockPath, dataDir);
  } catch (error) {
    held.delete(lockPath);
    throw error;
  }
  return {
    path: lockPath,
    async release() {
      if (!held.delete(lockPath)) return;
      if ((await readHolder(lockPath)) === process.pid) await unlink(lockPath).catch(ignoreMissing);
    },
  };
}

async function take(lockPath: string, dataDir: string): Promise<void> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  if (await tryCreate(lockPath)) return;
  const holder = await readHolder(lockPath);
  if (holder !== null && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
  // Stale. Remove it only if it still names the dead holder, then try once more:
  // of several processes taking over together, exactly one creates the new file.
  if ((await readHolder(lockPath)) === holder) await unlink(lockPath).catch(ignoreMissing);
  if (!(await tryCreate(lockPath))) throw new DataDirLockedError(dataDir, await readHolder(lockPath));
}

/** Creates the lock file atomically with its content: written aside, then hard-linked into place. */
async function tryCreate(lockPath: string): Promise<boolean> {
  const temp = `${lockPath}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, `${process.pid}\n`);
  try {
    await link(temp, lockPath);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    await unlink(temp).catch(ignoreMissing);
  }
}

/** The pid in the lock file; null when the file is gone or does not hold a pid. */
async function readHolder(lockPath: string): Promise<number | null> {
  let text: string;
  try {
    text = await readFile(lockPath, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
  const pid = Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // not in `held`: a dead process that had our pid (e.g. pid 1 in a container)
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM"; // alive, owned by another user
  }
}

function ignoreMissing(error: unknown): void {
  if (errorCode(error) !== "ENOENT") throw error;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

import path from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root (the folder holding client/, server/, shared/, tests/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SERVER_DIR = path.join(REPO_ROOT, "server");
export const CLIENT_DIR = path.join(REPO_ROOT, "client");
/** Screenshots and traces; git-ignored. */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, "tests/artifacts");

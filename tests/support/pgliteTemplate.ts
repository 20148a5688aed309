import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { startServer } from "@review/server";

/**
 * A freshly started server spends most of its start-up in PGlite's initdb, the migrations and
 * the built-in benchmarks (about 3 s of CPU, 30 s when the machine is loaded). The suite builds
 * that database once (global setup) and every PGlite test server starts from a copy; what the
 * tests assert of a first start (migrations, seeding) is tested on its own without it.
 */
const TEMPLATE_DIR = "REVIEW_TEST_PGLITE_TEMPLATE";

type Template = { dataDir: string; dump: string };

/** Builds the template (a migrated, benchmark-seeded data directory and its dump) and announces it to the workers. */
export async function buildPgliteTemplate(): Promise<() => Promise<void>> {
  if (process.env[TEMPLATE_DIR]) return async () => {};
  const root = await mkdtemp(path.join(tmpdir(), "review-template-"));
  const template: Template = { dataDir: path.join(root, "data"), dump: path.join(root, "data.tar") };
  const server = await startServer({ port: 0, dataDir: template.dataDir, registration: "open", seedDemo: false, journalDir: path.join(root, "journal") });
  await server.close();
  const database = await PGlite.create(template.dataDir);
  const dump = await database.dumpDataDir("none");
  await database.close();
  await writeFile(template.dump, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_DIR] = root;
  return async () => {
    delete process.env[TEMPLATE_DIR];
    await rm(root, { recursive: true, force: true });
  };
}

function template(): Template | null {
  const root = process.env[TEMPLATE_DIR];
  return root ? { dataDir: path.join(root, "data"), dump: path.join(root, "data.tar") } : null;
}

/** Fills an empty PGlite data directory from the template, if the suite built one. */
export async function copyPgliteTemplate(dataDir: string): Promise<void> {
  const source = template();
  if (source) await cp(source.dataDir, dataDir, { recursive: true });
}

/** The template as a dumped data directory, for an in-memory PGlite; null without one. */
export async function pgliteTemplateDump(): Promise<Blob | null> {
  const source = template();
  return source ? new Blob([await readFile(source.dump)]) : null;
}

// The PGlite database on its own thread (see pgliteThread.ts). Plain JavaScript so that
// the thread starts under any loader (tsx, vitest, plain node). Messages: see pgliteThread.ts.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

const db = await PGlite.create(workerData.dataDir);
// The first document a user opens after a start comes back as a large bytea: parse a few
// before anyone waits, so that the parser is compiled (measured: 26 ms cold for 100 KB).
for (let round = 0; round < 5; round++) await db.query("SELECT decode(repeat('ab', 131072), 'hex') AS data");

/** Requests run one after another, in arrival order: PGlite is a single connection. */
let chain = Promise.resolve();

parentPort.on("message", (request) => {
  chain = chain.then(() => handle(request));
});
parentPort.postMessage({ id: 0, ok: true, rows: [] });

async function handle({ id, op, sql, params }) {
  try {
    let rows = [];
    if (op === "query") rows = (await db.query(sql, params)).rows;
    else if (op === "exec") await db.exec(sql);
    else if (op === "close") await db.close();
    else throw new Error(`unknown operation ${op}`);
    parentPort.postMessage({ id, ok: true, rows });
    if (op === "close") parentPort.close();
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: describe(error) });
  }
}

function describe(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  return { message: error.message, code: error.code, constraint: error.constraint, detail: error.detail };
}

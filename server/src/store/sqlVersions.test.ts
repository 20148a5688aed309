import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPgliteStore } from "./pglite.ts";
import { openPostgresStore } from "./postgres.ts";
import type { Store } from "./store.ts";
import { createTestDatabase } from "./testDatabase.ts";
import type { NewVersion } from "./versionRecords.ts";

const backends = [
  {
    name: "pglite",
    async open() {
      const dir = await mkdtemp(path.join(tmpdir(), "versions-test-"));
      const store = await openPgliteStore(path.join(dir, "data"));
      return { store, cleanup: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "postgres",
    async open() {
      const database = await createTestDatabase();
      const store = await openPostgresStore(database.url);
      return { store, cleanup: database.drop };
    },
  },
];

const DOC = "review:aaaaaaaaaaaaaaaa:report";
let counter = 0;
const version = (patch: Partial<NewVersion>): NewVersion => ({
  id: `v${String(++counter).padStart(15, "0")}`,
  docName: DOC,
  kind: "auto",
  label: null,
  createdBy: null,
  data: new Uint8Array([1, 2, 3]),
  fingerprint: "f1",
  restoredFrom: null,
  onlyIfChanged: false,
  empty: false,
  ...patch,
});

describe.each(backends)("version store on $name", (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const ada = { id: "ada0000000000000", email: "ada@example.org", name: "Ada", color: "#123456", passwordHash: "x" };
  const bo = { id: "bo00000000000000", email: "bo@example.org", name: "Bo", color: "#654321", passwordHash: "x" };

  beforeAll(async () => {
    ({ store, cleanup } = await backend.open());
    await store.createUser(ada);
    await store.createUser(bo);
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  it("moves noted writers into the next version, in the order they first wrote", async () => {
    await store.noteDocumentWriter(DOC, bo.id);
    await store.noteDocumentWriter(DOC, ada.id);
    await store.noteDocumentWriter(DOC, bo.id);
    await store.noteDocumentWriter("review:bbbbbbbbbbbbbbbb:report", ada.id);
    const first = await store.insertVersion(version({ kind: "named", label: "Draft one", createdBy: ada.id }));
    expect(first).toMatchObject({ kind: "named", label: "Draft one", createdBy: ada.id, createdByName: "Ada" });
    expect(first?.contributors.map((c) => c.name)).toEqual(["Bo", "Ada"]);
    const second = await store.insertVersion(version({ fingerprint: "f2" }));
    expect(second?.contributors).toEqual([]);
  });

  it("skips an automatic version when the content is unchanged and keeps its writers", async () => {
    await store.noteDocumentWriter(DOC, ada.id);
    expect(await store.insertVersion(version({ fingerprint: "f2", onlyIfChanged: true }))).toBeNull();
    const changed = await store.insertVersion(version({ fingerprint: "f3", onlyIfChanged: true }));
    expect(changed?.contributors.map((c) => c.id)).toEqual([ada.id]);
  });

  it("skips the first automatic version of an empty document only", async () => {
    const other = "review:cccccccccccccccc:report";
    expect(await store.insertVersion(version({ docName: other, onlyIfChanged: true, empty: true }))).toBeNull();
    expect(await store.insertVersion(version({ docName: other, onlyIfChanged: true, empty: false }))).not.toBeNull();
  });

  it("lists newest first and finds a version only under its own document", async () => {
    const list = await store.listVersions(DOC);
    expect(list.map((v) => v.kind)).toEqual(["auto", "auto", "named"]);
    expect(list[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(list[2]!.createdAt.getTime());
    const found = await store.findVersion(DOC, list[2]!.id);
    expect(found?.data).toEqual(new Uint8Array([1, 2, 3]));
    expect(found?.label).toBe("Draft one");
    expect(await store.findVersion("review:bbbbbbbbbbbbbbbb:report", list[2]!.id)).toBeNull();
  });
});

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchmarkSchema, IMPART_BENCHMARK, type Benchmark, type BenchmarkModule } from "@review/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../../errors/apiError.ts";
import { openPgliteStore } from "../../store/pglite.ts";
import type { Store } from "../../store/store.ts";
import { addBenchmarkModule, canManageBenchmarks, exportBenchmark, importBenchmark, type BenchmarkActor } from "./benchmarks.commands.ts";
import { installBuiltInBenchmarks } from "./builtInBenchmarks.ts";

const NEW_MODULE: BenchmarkModule = {
  id: "housing",
  name: "Housing",
  kind: "theme",
  description: "Access to decent housing.",
  factors: [{ id: "housing-1", number: "1", name: "Secure tenure", definition: "People can stay.", tests: ["Leases exist."], evidence: ["Contracts"] }],
};

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("benchmark commands", () => {
  let store: Store;
  let dir: string;
  let admin: BenchmarkActor;
  let moderator: BenchmarkActor;
  let outsider: BenchmarkActor;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "benchmark-commands-"));
    store = await openPgliteStore(path.join(dir, "data"));
    await installBuiltInBenchmarks(store);
    const user = (n: string) => store.createUser({ id: n, email: `${n}@example.org`, name: n, color: "#123456", passwordHash: "x" });
    admin = await user("admin");
    moderator = await user("moderator");
    outsider = await user("outsider");
    // The administrator names network moderators; moderating a review alone is not enough.
    expect(await store.setNetworkRole({ userId: moderator.id, role: "moderator", actorId: admin.id })).toBe("changed");
    moderator = { ...moderator, networkRole: "moderator" };
    await store.createReview({
      id: "review-1",
      title: "T",
      hostProject: "H",
      createdBy: moderator.id,
      benchmarkId: IMPART_BENCHMARK.id,
      benchmarkVersion: IMPART_BENCHMARK.version,
      modules: [],
    });
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("lets administrators and network moderators manage benchmarks, and no one else", async () => {
    expect((admin as { isAdmin?: boolean }).isAdmin).toBe(true);
    expect(canManageBenchmarks(admin)).toBe(true);
    expect(canManageBenchmarks(moderator)).toBe(true);
    expect(canManageBenchmarks(outsider)).toBe(false);
    const copy = { ...benchmarkSchema.parse(IMPART_BENCHMARK), id: "not-allowed" };
    expect((await refusal(importBenchmark(store, outsider, copy))).code).toBe("forbidden");
    expect(await store.findBenchmark("not-allowed")).toBeNull();
  });

  it("exports a benchmark that imports identically under a new id", async () => {
    const exported = await exportBenchmark(store, IMPART_BENCHMARK.id);
    const copy: Benchmark = benchmarkSchema.parse(JSON.parse(JSON.stringify({ ...exported, id: "impart-copy", version: "1" })));
    expect(await importBenchmark(store, moderator, copy)).toEqual({ id: "impart-copy", name: exported.name, version: "1", language: "en", moduleCount: 4, factorCount: 20 });
    expect(await exportBenchmark(store, "impart-copy")).toEqual(copy);
    expect(JSON.stringify(await exportBenchmark(store, "impart-copy"))).toBe(JSON.stringify(copy));
  });

  it("keeps an imported benchmark's language, English when it names none", async () => {
    const exported = await exportBenchmark(store, IMPART_BENCHMARK.id);
    expect(exported.language).toBe("en");
    const german = benchmarkSchema.parse({ ...exported, id: "impart-de", version: "1", language: "de" });
    expect((await importBenchmark(store, moderator, german)).language).toBe("de");
    expect((await exportBenchmark(store, "impart-de")).language).toBe("de");
    const { language: _, ...unnamed } = exported;
    const summary = await importBenchmark(store, moderator, benchmarkSchema.parse({ ...unnamed, id: "impart-unnamed", version: "1" }));
    expect(summary.language).toBe("en");
    expect((await exportBenchmark(store, "impart-unnamed")).language).toBe("en");
  });

  it("refuses to overwrite a version", async () => {
    const exported = await exportBenchmark(store, IMPART_BENCHMARK.id);
    const error = await refusal(importBenchmark(store, admin, { ...exported, name: "Changed" }));
    expect(error.code).toBe("conflict");
    expect(error.message).toContain("raise the version");
    expect((await store.findBenchmark(IMPART_BENCHMARK.id))?.name).toBe(IMPART_BENCHMARK.name);
  });

  it("adds a module as a new version and leaves the old one and its reviews alone", async () => {
    const before = await exportBenchmark(store, IMPART_BENCHMARK.id);
    const summary = await addBenchmarkModule(store, moderator, IMPART_BENCHMARK.id, { version: "next", baseVersion: before.version, module: NEW_MODULE });
    expect(summary).toMatchObject({ id: IMPART_BENCHMARK.id, version: "next", moduleCount: 5, factorCount: 21 });
    const newest = await exportBenchmark(store, IMPART_BENCHMARK.id);
    expect(newest.modules.at(-1)).toEqual(NEW_MODULE);
    expect(await exportBenchmark(store, IMPART_BENCHMARK.id, before.version)).toEqual(before);
    expect((await store.findReview("review-1"))?.benchmarkVersion).toBe(before.version);

    // A stale base version, a taken version, a clashing id, a second core module and an unknown benchmark.
    expect((await refusal(addBenchmarkModule(store, moderator, IMPART_BENCHMARK.id, { version: "v3", baseVersion: before.version, module: NEW_MODULE }))).code).toBe("conflict");
    expect((await refusal(addBenchmarkModule(store, moderator, IMPART_BENCHMARK.id, { version: "next", module: { ...NEW_MODULE, id: "other" } }))).code).toBe("conflict");
    const duplicate = await refusal(addBenchmarkModule(store, moderator, IMPART_BENCHMARK.id, { version: "v3", module: NEW_MODULE }));
    expect(duplicate.code).toBe("invalid_input");
    expect(duplicate.message).toBe('module.id: Duplicate module id "housing"');
    const core = await refusal(
      addBenchmarkModule(store, moderator, IMPART_BENCHMARK.id, { version: "v3", module: { ...NEW_MODULE, id: "core-two", kind: "core", factors: [{ ...NEW_MODULE.factors[0]!, id: "c2-1" }] } }),
    );
    expect(core.message).toMatch(/^modules: Expected exactly one core module, found 2/);
    expect((await refusal(addBenchmarkModule(store, moderator, "missing", { version: "1", module: NEW_MODULE }))).code).toBe("not_found");
    expect((await refusal(addBenchmarkModule(store, outsider, IMPART_BENCHMARK.id, { version: "v4", module: { ...NEW_MODULE, id: "x" } }))).code).toBe("forbidden");
    expect((await exportBenchmark(store, IMPART_BENCHMARK.id)).version).toBe("next");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES, BENCHMARK_ROUTES, MAX_BENCHMARK_BODY_BYTES } from "@review/shared";
import { ApiClient, expectStatus, signedInClient } from "../support/apiClient.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";

/** A deep copy, as JSON would make one. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const HOUSING = {
  id: "housing",
  name: "Housing",
  kind: "theme",
  description: "Access to decent housing.",
  factors: [{ id: "housing-1", number: "1", name: "Secure tenure", definition: "People can stay.", tests: ["Leases exist."], evidence: [] }],
};

describe.each(BACKENDS)("benchmarks as data on %s", (backend) => {
  let server: TestServer;
  let admin: ApiClient;
  let moderator: ApiClient;
  let outsider: ApiClient;
  let impart: any;

  beforeAll(async () => {
    server = await startTestServer({ backend, registration: "open" });
    admin = await signedInClient(server, "Admin"); // the first account administers the network
    moderator = await signedInClient(server, "Moderator");
    await moderator.createReview({ title: "Visit", hostProject: "Host" });
    outsider = await signedInClient(server, "Outsider");
    const exported = expectStatus(await moderator.get(BENCHMARK_ROUTES.export("impart")), 200, "export");
    impart = exported.body;
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  const list = async () => expectStatus(await admin.get(BENCHMARK_ROUTES.list), 200, "list").body as { id: string; version: string }[];

  it("tells who may manage benchmarks", async () => {
    expect((await admin.get(BENCHMARK_ROUTES.access)).body).toEqual({ canManage: true });
    expect((await moderator.get(BENCHMARK_ROUTES.access)).body).toEqual({ canManage: true });
    expect((await outsider.get(BENCHMARK_ROUTES.access)).body).toEqual({ canManage: false });
    expect((await new ApiClient(server).get(BENCHMARK_ROUTES.access)).status).toBe(401);
  });

  it("carries each benchmark's language: IMPART in English, an import in the language it names", async () => {
    expect(impart.language).toBe("en");
    expect(await list()).toContainEqual(expect.objectContaining({ id: "impart", language: "en" }));
    const french = { ...clone(impart), id: "impart-fr", version: "1", language: "fr" };
    expect(expectStatus(await moderator.post(BENCHMARK_ROUTES.import, french), 201, "import").body.benchmark.language).toBe("fr");
    expect(expectStatus(await outsider.get(BENCHMARK_ROUTES.one("impart-fr")), 200, "get").body.language).toBe("fr");
    const refused = await moderator.post(BENCHMARK_ROUTES.import, { ...french, id: "impart-bad", language: "French" });
    expect([refused.status, refused.body.error.code]).toEqual([400, "invalid_input"]);
  });

  it("exports a benchmark as a JSON attachment that round-trips through an import", async () => {
    const response = await moderator.get(BENCHMARK_ROUTES.export("impart", impart.version));
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="impart-${impart.version}.json"`);
    expect(response.body).toEqual(impart);
    expect(response.body).toEqual(expectStatus(await moderator.get(BENCHMARK_ROUTES.one("impart")), 200, "one").body);

    const copy = { ...clone(impart), id: "impart-custom", version: "2026.1", name: "IMPART (our edition)" };
    const created = expectStatus(await moderator.post(BENCHMARK_ROUTES.import, copy), 201, "import");
    expect(created.body).toEqual({ benchmark: { id: "impart-custom", name: "IMPART (our edition)", version: "2026.1", language: "en", moduleCount: 4, factorCount: 20 } });
    expect(expectStatus(await outsider.get(BENCHMARK_ROUTES.one("impart-custom")), 200, "get").body).toEqual(copy);
    const again = expectStatus(await admin.get(BENCHMARK_ROUTES.export("impart-custom", "2026.1")), 200, "export copy");
    expect(again.body).toEqual(copy);
    expect(await list()).toContainEqual(expect.objectContaining({ id: "impart-custom", version: "2026.1" }));

    // Versions are immutable.
    const conflict = await admin.post(BENCHMARK_ROUTES.import, { ...copy, name: "Overwritten" });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: "conflict", message: expect.stringContaining("raise the version") });
    expect((await admin.get(BENCHMARK_ROUTES.one("impart-custom"))).body.name).toBe("IMPART (our edition)");
  });

  it("accepts a benchmark larger than the general body limit", async () => {
    const big = { ...clone(impart), id: "impart-big", version: "1", description: "x".repeat(200 * 1024) };
    expectStatus(await admin.post(BENCHMARK_ROUTES.import, big), 201, "big import");
    // Other routes keep the 64 KiB limit.
    expect((await admin.post(API_ROUTES.reviews, { title: "x".repeat(100 * 1024), hostProject: "H" })).status).toBe(413);
  });

  it("refuses invalid imports with the path of the first error and stores nothing", async () => {
    const before = await list();
    const base = () => ({ ...clone(impart), id: "bad-import", version: "1" });
    const cases: { what: string; body?: unknown; raw?: string; status: number; code: string; message: RegExp }[] = [];
    {
      const body = base();
      body.modules[1].factors[0].tests = "Not a list";
      cases.push({ what: "wrong type deep inside", body, status: 400, code: "invalid_input", message: /^modules\.1\.factors\.0\.tests: / });
    }
    {
      const body = base();
      body.modules[0].factors[2].colour = "red";
      cases.push({ what: "unknown field", body, status: 400, code: "invalid_input", message: /^modules\.0\.factors\.2: .*colour/ });
    }
    {
      const body = base();
      body.modules[2].factors[1].id = body.modules[0].factors[0].id;
      cases.push({ what: "duplicate factor id", body, status: 400, code: "invalid_input", message: /^modules\.2\.factors\.1\.id: Duplicate factor id/ });
    }
    {
      const body = base();
      body.modules[1].kind = "core";
      cases.push({ what: "two core modules", body, status: 400, code: "invalid_input", message: /^modules: Expected exactly one core module, found 2/ });
    }
    {
      const body = base();
      body.modules[3].factors[0].tests = [];
      cases.push({ what: "empty tests", body, status: 400, code: "invalid_input", message: /^modules\.3\.factors\.0\.tests: Too small/ });
    }
    cases.push({ what: "not JSON", raw: '{"id": "bad-import", ', status: 400, code: "bad_json", message: /not valid JSON/ });
    cases.push({
      what: "too large",
      raw: JSON.stringify({ ...base(), description: "x".repeat(MAX_BENCHMARK_BODY_BYTES) }),
      status: 413,
      code: "payload_too_large",
      message: /limited/,
    });

    for (const item of cases) {
      const response = item.raw === undefined ? await moderator.post(BENCHMARK_ROUTES.import, item.body) : await moderator.post(BENCHMARK_ROUTES.import, undefined, { rawBody: item.raw });
      expect({ what: item.what, status: response.status, code: response.body?.error?.code }).toEqual({ what: item.what, status: item.status, code: item.code });
      expect(response.body.error.message, item.what).toMatch(item.message);
    }
    expect(await list()).toEqual(before);
    expect((await admin.get(BENCHMARK_ROUTES.one("bad-import"))).status).toBe(404);
  });

  it("refuses benchmark management to people who moderate no review", async () => {
    const before = await list();
    const response = await outsider.post(BENCHMARK_ROUTES.import, { ...clone(impart), id: "outsider-copy", version: "1" });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
    const modules = await outsider.post(BENCHMARK_ROUTES.modules("impart"), { version: "outsider", module: HOUSING });
    expect(modules.status).toBe(403);
    expect(await list()).toEqual(before);
  });

  it("adds a module as a new version; an existing review keeps its version", async () => {
    const review = await moderator.createReview({ title: "Before the new module", hostProject: "Host" });
    expect(review.benchmark).toMatchObject({ id: "impart", version: impart.version });

    const created = await moderator.post(BENCHMARK_ROUTES.modules("impart"), { version: "2026.2", baseVersion: impart.version, module: HOUSING });
    expect(expectStatus(created, 201, "add module").body.benchmark).toEqual({ id: "impart", name: impart.name, version: "2026.2", language: "en", moduleCount: 5, factorCount: 21 });

    const newest = expectStatus(await moderator.get(BENCHMARK_ROUTES.one("impart")), 200, "newest").body;
    expect(newest).toEqual({ ...impart, version: "2026.2", modules: [...impart.modules, HOUSING] });
    expect(expectStatus(await moderator.get(`${BENCHMARK_ROUTES.one("impart")}?version=${impart.version}`), 200, "old").body).toEqual(impart);
    expect(await list()).toContainEqual(expect.objectContaining({ id: "impart", version: "2026.2" }));
    const versions = expectStatus(await outsider.get(BENCHMARK_ROUTES.versions("impart")), 200, "versions").body;
    expect(versions.map((v: { version: string }) => v.version)).toEqual(["2026.2", impart.version]);

    const reloaded = expectStatus(await moderator.get(API_ROUTES.review(review.id)), 200, "review").body.review;
    expect(reloaded.benchmark).toMatchObject({ id: "impart", version: impart.version });
    const later = await moderator.createReview({ title: "After the new module", hostProject: "Host" });
    expect(later.benchmark).toMatchObject({ id: "impart", version: "2026.2" });

    // Refusals: a stale base version, a taken version, an invalid module (path relative to the module).
    expect((await moderator.post(BENCHMARK_ROUTES.modules("impart"), { version: "2026.3", baseVersion: impart.version, module: { ...HOUSING, id: "x" } })).status).toBe(409);
    expect((await moderator.post(BENCHMARK_ROUTES.modules("impart"), { version: "2026.2", module: { ...HOUSING, id: "x" } })).status).toBe(409);
    const invalid = await moderator.post(BENCHMARK_ROUTES.modules("impart"), { version: "2026.3", module: { ...HOUSING, id: "jobs", factors: [{ ...HOUSING.factors[0], id: "jobs-1", tests: [] }] } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toMatch(/^module\.factors\.0\.tests: Too small/);
    expect((await moderator.post(BENCHMARK_ROUTES.modules("nope"), { version: "1", module: HOUSING })).status).toBe(404);
  });
});

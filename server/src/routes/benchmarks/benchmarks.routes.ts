import { Hono, type MiddlewareHandler } from "hono";
import { BENCHMARK_ROUTES, addModuleRequestSchema, benchmarkExportFilename, importBenchmarkRequestSchema, summarizeBenchmark } from "@review/shared";
import { contentDisposition } from "../../export/exportFile.ts";
import { notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { requestLocale } from "../../http/inputLocale.ts";
import { validateJson } from "../../http/validate.ts";
import type { BenchmarkStore } from "../../store/store.ts";
import { addBenchmarkModule, canManageBenchmarks, exportBenchmark, importBenchmark, requireBenchmarkManager } from "./benchmarks.commands.ts";

/**
 * `GET /api/benchmarks` (summaries of the newest versions), `GET /api/benchmarks/:id[?version=]`,
 * `POST /api/benchmarks` (import; network moderators and administrators), `GET /api/benchmarks/_access`,
 * `GET /api/benchmarks/:id/versions` (every version, newest first), `GET /api/benchmarks/:id/export[?version=]`
 * (a JSON download that re-imports identically) and, for network moderators and administrators, `POST /api/benchmarks/:id/modules`.
 */
export function benchmarkRoutes(deps: { store: BenchmarkStore }) {
  const routes = new Hono<AppEnv>();

  routes.use(`${BENCHMARK_ROUTES.list}/*`, async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
  const actor = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!;
  // The permission first: someone who may not import learns nothing from validation.
  const managersOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
    requireBenchmarkManager(actor(c));
    await next();
  };

  routes.get(BENCHMARK_ROUTES.list, async (c) => {
    const benchmarks = await deps.store.listBenchmarks();
    return c.json(benchmarks.map(summarizeBenchmark));
  });

  routes.post(BENCHMARK_ROUTES.import, managersOnly, validateJson(importBenchmarkRequestSchema), async (c) => {
    return c.json({ benchmark: await importBenchmark(deps.store, actor(c), c.req.valid("json")) }, 201);
  });

  // "_access" is not a slug, so it never shadows a benchmark id.
  routes.get(BENCHMARK_ROUTES.access, async (c) => c.json({ canManage: canManageBenchmarks(actor(c)) }));

  routes.get(BENCHMARK_ROUTES.one.pattern, async (c) => {
    const benchmark = await deps.store.findBenchmark(c.req.param("id"), c.req.query("version"));
    if (!benchmark) throw notFound("benchmark_not_found");
    return c.json(benchmark);
  });

  routes.get(BENCHMARK_ROUTES.versions.pattern, async (c) => {
    const versions = await deps.store.listBenchmarkVersions(c.req.param("id"));
    if (versions.length === 0) throw notFound("benchmark_not_found");
    return c.json(versions.map(summarizeBenchmark));
  });

  routes.get(BENCHMARK_ROUTES.export.pattern, async (c) => {
    const benchmark = await exportBenchmark(deps.store, c.req.param("id"), c.req.query("version"));
    c.header("Content-Type", "application/json; charset=utf-8");
    c.header("Content-Disposition", contentDisposition("attachment", benchmarkExportFilename(benchmark.id, benchmark.version)));
    c.header("Cache-Control", "no-store");
    return c.body(`${JSON.stringify(benchmark, null, 2)}\n`);
  });

  routes.post(BENCHMARK_ROUTES.modules.pattern, managersOnly, validateJson(addModuleRequestSchema), async (c) => {
    return c.json({ benchmark: await addBenchmarkModule(deps.store, actor(c), c.req.param("id"), c.req.valid("json"), requestLocale(c)) }, 201);
  });

  return routes;
}

import { Hono } from "hono";
import { summarizeBenchmark } from "@review/shared";
import { notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import type { Store } from "../../store/store.ts";

/** `GET /api/benchmarks` (summaries of the newest versions) and `GET /api/benchmarks/:id[?version=]`. */
export function benchmarkRoutes(deps: { store: Store }) {
  const routes = new Hono<AppEnv>();

  routes.use(async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });

  routes.get("/", async (c) => {
    const benchmarks = await deps.store.listBenchmarks();
    return c.json(benchmarks.map(summarizeBenchmark));
  });

  routes.get("/:id", async (c) => {
    const benchmark = await deps.store.findBenchmark(c.req.param("id"), c.req.query("version"));
    if (!benchmark) throw notFound("Benchmark not found");
    return c.json(benchmark);
  });

  return routes;
}

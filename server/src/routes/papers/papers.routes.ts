import { Hono } from "hono";
import { addPaperAuthorRequestSchema, createPaperRequestSchema, scorecardQuerySchema, updatePaperRequestSchema } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { requestLocale, zodErrorMap } from "../../http/inputLocale.ts";
import { describeZodError, readJson } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { commentRoutes } from "../comments/comments.routes.ts";
import { DEFAULT_BENCHMARK_ID } from "../benchmarks/builtInBenchmarks.ts";
import { addPaperAuthor, removePaperAuthor } from "./paperAuthors.commands.ts";
import { createPaper, getPaper, listPapers, updatePaper } from "./papers.commands.ts";
import { buildScorecard } from "./scorecard.commands.ts";

type Deps = { store: Store; rooms: RoomRegistry };

function signedIn(routes: Hono<AppEnv>): void {
  routes.use(async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
}

const actor = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!;

/**
 * `GET /api/papers` and `GET /api/papers/:id` for every registered account; `POST /api/papers`
 * for network moderators and administrators; `PATCH /api/papers/:id` for them and the paper's
 * authors; `POST /api/papers/:id/authors` and `DELETE /api/papers/:id/authors/:userId` for the
 * paper's creator and administrators.
 */
export function paperRoutes(deps: Deps) {
  const routes = new Hono<AppEnv>();
  signedIn(routes);

  routes.get("/", async (c) => c.json(await listPapers(deps.store, actor(c))));

  routes.post("/", async (c) => {
    const input = await readJson(c, createPaperRequestSchema);
    return c.json(await createPaper(deps.store, actor(c), input), 201);
  });

  routes.route("/", commentRoutes(deps, "paper"));

  routes.get("/:id", async (c) => c.json(await getPaper(deps.store, actor(c), c.req.param("id"))));

  routes.patch("/:id", async (c) => {
    const input = await readJson(c, updatePaperRequestSchema);
    return c.json(await updatePaper(deps.store, actor(c), c.req.param("id"), input));
  });

  routes.post("/:id/authors", async (c) => {
    const { userId } = await readJson(c, addPaperAuthorRequestSchema);
    return c.json(await addPaperAuthor(deps, actor(c), c.req.param("id"), userId), 201);
  });

  routes.delete("/:id/authors/:userId", async (c) => {
    await removePaperAuthor(deps, actor(c), c.req.param("id"), c.req.param("userId"));
    return c.body(null, 204);
  });

  return routes;
}

/** `GET /api/scorecard?benchmark=<id>`: reviews × factors across the network, for every registered account. */
export function scorecardRoutes(deps: Deps) {
  const routes = new Hono<AppEnv>();
  signedIn(routes);

  routes.get("/", async (c) => {
    const query = scorecardQuerySchema.safeParse(c.req.query(), { error: zodErrorMap(requestLocale(c)) });
    if (!query.success) throw new ApiError("invalid_input", describeZodError(query.error));
    return c.json(await buildScorecard(deps, actor(c).id, query.data.benchmark ?? DEFAULT_BENCHMARK_ID));
  });

  return routes;
}

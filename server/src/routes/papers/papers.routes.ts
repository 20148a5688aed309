import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import {
  PAPER_ROUTES,
  PAPER_VERSION_ROUTES,
  addPaperAuthorRequestSchema,
  exportLanguageQuerySchema,
  changePaperStatusRequestSchema,
  createPaperRequestSchema,
  createVersionRequestSchema,
  scorecardQuerySchema,
  pooledEvidenceQuerySchema,
  updatePaperRequestSchema,
  versionIdSchema,
} from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { ApiError, notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateQuery } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { commentRoutes } from "../comments/comments.routes.ts";
import { DEFAULT_BENCHMARK_ID } from "../benchmarks/builtInBenchmarks.ts";
import { addPaperAuthor, removePaperAuthor } from "./paperAuthors.commands.ts";
import { exportFormatSchema, renderReportFile } from "../../export/exportFile.ts";
import { exportResponse } from "../../export/exportResponse.ts";
import { loadPaperDocument } from "../../export/loadPaper.ts";
import { getCurrent, getVersion, listVersions, nameVersion, restoreDocumentVersion, type VersionedDocument } from "../../versions/documentVersions.ts";
import { createPaper, getPaper, listPapers, updatePaper } from "./papers.commands.ts";
import { changePaperStatus } from "./paperStatus.commands.ts";
import { paperDocument } from "./paperVersions.commands.ts";
import { buildScorecard } from "./scorecard.commands.ts";
import { poolEvidence } from "./pooledEvidence.commands.ts";
import { paperRecommendationRoutes } from "./paperRecommendations.routes.ts";

type Deps = { store: Store; rooms: RoomRegistry };

/** Everything under `prefix` is for registered accounts only. */
function signedIn(routes: Hono<AppEnv>, prefix: string): void {
  routes.use(`${prefix}/*`, async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
}

const actor = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!;

/** A malformed version id names nothing: as unknown as a well-formed one that is not there. */
function versionId(value: string | undefined): string {
  const parsed = versionIdSchema.safeParse(value);
  if (!parsed.success) throw notFound("version_not_found");
  return parsed.data;
}

/**
 * `GET /api/papers` and `GET /api/papers/:id` for every registered account; `POST /api/papers`
 * for network moderators and administrators; `PATCH /api/papers/:id`, `PUT /api/papers/:id/status`
 * and naming or restoring versions for them and the paper's authors; the version history for
 * every account; `POST /api/papers/:id/authors` and `DELETE /api/papers/:id/authors/:userId` for the
 * paper's creator and administrators; its recommendations' addressees and follow-up
 * (`paperRecommendations.routes.ts`).
 */
export function paperRoutes(deps: Deps) {
  const routes = new Hono<AppEnv>();
  signedIn(routes, PAPER_ROUTES.list);

  routes.get(PAPER_ROUTES.list, async (c) => c.json(await listPapers(deps.store, actor(c))));

  routes.post(PAPER_ROUTES.list, validateJson(createPaperRequestSchema), async (c) => {
    const input = c.req.valid("json");
    return c.json(await createPaper(deps.store, actor(c), input), 201);
  });

  routes.route("/", commentRoutes(deps, "paper"));
  routes.route("/", paperRecommendationRoutes(deps));

  routes.get(PAPER_ROUTES.one.pattern, async (c) => c.json(await getPaper(deps.store, actor(c), c.req.param("id"))));

  routes.patch(PAPER_ROUTES.one.pattern, validateJson(updatePaperRequestSchema), async (c) => {
    const input = c.req.valid("json");
    return c.json(await updatePaper(deps.store, actor(c), c.req.param("id"), input));
  });

  routes.put(PAPER_VERSION_ROUTES.status.pattern, validateJson(changePaperStatusRequestSchema), async (c) => {
    const { status } = c.req.valid("json");
    return c.json(await changePaperStatus(deps, actor(c), c.req.param("id"), status));
  });

  // Version history, as the report's (see `PAPER_VERSION_ROUTES`).
  const paperOf = (c: { req: { param(name: "id"): string } }, who: ReturnType<typeof actor>) => paperDocument(deps, who, c.req.param("id"));
  routes.get(PAPER_VERSION_ROUTES.list.pattern, async (c) => c.json(await listVersions(deps, await paperOf(c, actor(c)))));
  // The paper first (an unknown one is 404 whatever the body), then the body.
  const paperFirst = createMiddleware<AppEnv & { Variables: { paper: VersionedDocument } }>(async (c, next) => {
    c.set("paper", await paperOf(c, actor(c)));
    await next();
  });
  routes.post(PAPER_VERSION_ROUTES.list.pattern, paperFirst, validateJson(createVersionRequestSchema), async (c) => {
    const { label } = c.req.valid("json");
    return c.json(await nameVersion(deps, c.get("paper"), actor(c).id, label), 201);
  });
  routes.get(PAPER_VERSION_ROUTES.current.pattern, async (c) => c.json(await getCurrent(deps, await paperOf(c, actor(c)))));
  routes.get(PAPER_VERSION_ROUTES.one.pattern, async (c) => c.json(await getVersion(deps, await paperOf(c, actor(c)), versionId(c.req.param("versionId")))));
  routes.post(PAPER_VERSION_ROUTES.restore.pattern, async (c) =>
    c.json(await restoreDocumentVersion(deps, await paperOf(c, actor(c)), actor(c).id, versionId(c.req.param("versionId")))),
  );

  // `?format=md|html|docx[&lang=en|de|es]`: the paper as a file, for every account (as it reads the paper).
  routes.get(PAPER_VERSION_ROUTES.export.pattern, async (c) => {
    const format = exportFormatSchema.safeParse(c.req.query("format"));
    if (!format.success) throw new ApiError("invalid_input", "format: expected md, html or docx");
    const lang = exportLanguageQuerySchema.safeParse(c.req.query("lang"));
    if (!lang.success) throw new ApiError("invalid_input", "lang: expected en, de or es");
    const who = actor(c);
    const paper = await getPaper(deps.store, who, c.req.param("id"));
    const file = await renderReportFile(await loadPaperDocument(deps, paper, lang.data ?? who.locale), format.data);
    return exportResponse(c, file, format.data === "html");
  });

  routes.post(PAPER_ROUTES.authors.pattern, validateJson(addPaperAuthorRequestSchema), async (c) => {
    const { userId } = c.req.valid("json");
    return c.json(await addPaperAuthor(deps, actor(c), c.req.param("id"), userId), 201);
  });

  routes.delete(PAPER_ROUTES.author.pattern, async (c) => {
    await removePaperAuthor(deps, actor(c), c.req.param("id"), c.req.param("userId"));
    return c.body(null, 204);
  });

  return routes;
}

/** `GET /api/scorecard?benchmark=<id>`: reviews × factors across the network, for every registered account. */
export function scorecardRoutes(deps: Deps) {
  const routes = new Hono<AppEnv>();
  signedIn(routes, PAPER_ROUTES.scorecard.pattern);

  routes.get(PAPER_ROUTES.scorecard.pattern, validateQuery(scorecardQuerySchema), async (c) => {
    const query = c.req.valid("query");
    return c.json(await buildScorecard(deps, actor(c).id, query.benchmark ?? DEFAULT_BENCHMARK_ID));
  });

  /** `GET /api/scorecard/evidence?factor=&benchmark=`: one factor's cards and passages across the reviews (network moderators, administrators). */
  routes.get(PAPER_ROUTES.pooledEvidence.pattern, validateQuery(pooledEvidenceQuerySchema), async (c) => {
    const query = c.req.valid("query");
    c.header("Cache-Control", "no-store");
    return c.json(await poolEvidence(deps, actor(c), query.benchmark ?? DEFAULT_BENCHMARK_ID, query.factor));
  });

  return routes;
}

import { Hono, type Context } from "hono";
import { REPORT_VERSION_ROUTES, createVersionRequestSchema, reviewIdSchema, versionIdSchema } from "@review/shared";
import { notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { VersionDeps } from "../../versions/recordVersion.ts";
import { getCurrentReport, getReportVersion, listReportVersions, nameReportVersion, restoreReportVersion } from "./versions.commands.ts";

type VersionContext = Context<AppEnv>;

function userId(c: VersionContext): string {
  const user = c.get("user");
  if (!user) throw unauthenticated();
  return user.id;
}

/** A malformed id cannot name anything: it is as unknown as a well-formed one that is not there. */
function reviewId(c: VersionContext): string {
  const parsed = reviewIdSchema.safeParse(c.req.param("id"));
  if (!parsed.success) throw notFound("review_not_found");
  return parsed.data;
}

function versionId(c: VersionContext): string {
  const parsed = versionIdSchema.safeParse(c.req.param("versionId"));
  if (!parsed.success) throw notFound("version_not_found");
  return parsed.data;
}

/**
 * `/:id/report/versions...` and `/:id/report/current`: the findings report's history (see
 * `shared/src/api/versions.ts`). Members read; the report's writers name and restore.
 */
export function versionRoutes(deps: VersionDeps) {
  const routes = new Hono<AppEnv>();

  routes.get(REPORT_VERSION_ROUTES.list.pattern, async (c) => c.json(await listReportVersions(deps, userId(c), reviewId(c))));

  routes.post(REPORT_VERSION_ROUTES.list.pattern, async (c) => {
    const [who, review] = [userId(c), reviewId(c)];
    const { label } = await readJson(c, createVersionRequestSchema);
    return c.json(await nameReportVersion(deps, who, review, label), 201);
  });

  routes.get(REPORT_VERSION_ROUTES.current.pattern, async (c) => c.json(await getCurrentReport(deps, userId(c), reviewId(c))));

  routes.get(REPORT_VERSION_ROUTES.one.pattern, async (c) => c.json(await getReportVersion(deps, userId(c), reviewId(c), versionId(c))));

  routes.post(REPORT_VERSION_ROUTES.restore.pattern, async (c) =>
    c.json(await restoreReportVersion(deps, userId(c), reviewId(c), versionId(c))),
  );

  return routes;
}

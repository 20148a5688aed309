import { Hono, type Context } from "hono";
import { z } from "zod";
import { REPORT_VERSION_ROUTES, createVersionRequestSchema, reviewIdSchema, versionIdSchema } from "@review/shared";
import { notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateParams } from "../../http/validate.ts";
import type { VersionDeps } from "../../versions/recordVersion.ts";
import { getCurrentReport, getReportVersion, listReportVersions, nameReportVersion, restoreReportVersion } from "./versions.commands.ts";

type VersionContext = Context<AppEnv>;

function userId(c: VersionContext): string {
  const user = c.get("user");
  if (!user) throw unauthenticated();
  return user.id;
}

/** A malformed id cannot name anything: it is as unknown as a well-formed one that is not there. */
const unknownId = (param: string) => notFound(param === "versionId" ? "version_not_found" : "review_not_found");
const reviewKnown = validateParams(z.object({ id: reviewIdSchema }), unknownId);
const versionKnown = validateParams(z.object({ id: reviewIdSchema, versionId: versionIdSchema }), unknownId);

/**
 * `/:id/report/versions...` and `/:id/report/current`: the findings report's history (see
 * `shared/src/api/versions.ts`). Members read; the report's writers name and restore.
 */
export function versionRoutes(deps: VersionDeps) {
  const routes = new Hono<AppEnv>();

  routes.get(REPORT_VERSION_ROUTES.list.pattern, reviewKnown, async (c) => c.json(await listReportVersions(deps, userId(c), c.req.valid("param").id)));

  routes.post(REPORT_VERSION_ROUTES.list.pattern, reviewKnown, validateJson(createVersionRequestSchema), async (c) => {
    const { label } = c.req.valid("json");
    return c.json(await nameReportVersion(deps, userId(c), c.req.valid("param").id, label), 201);
  });

  routes.get(REPORT_VERSION_ROUTES.current.pattern, reviewKnown, async (c) => c.json(await getCurrentReport(deps, userId(c), c.req.valid("param").id)));

  routes.get(REPORT_VERSION_ROUTES.one.pattern, versionKnown, async (c) => {
    const { id, versionId } = c.req.valid("param");
    return c.json(await getReportVersion(deps, userId(c), id, versionId));
  });

  routes.post(REPORT_VERSION_ROUTES.restore.pattern, versionKnown, async (c) => {
    const { id, versionId } = c.req.valid("param");
    return c.json(await restoreReportVersion(deps, userId(c), id, versionId));
  });

  return routes;
}

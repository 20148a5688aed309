import { Hono } from "hono";
import { addMemberRequestSchema, createReviewRequestSchema } from "@review/shared";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import type { Store } from "../../store/store.ts";
import { addMember, createReview, getReviewDetail, listReviews } from "./reviews.commands.ts";

export function reviewRoutes(deps: { store: Store }) {
  const routes = new Hono<AppEnv>();

  routes.use(async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!.id;

  routes.get("/", async (c) => c.json({ reviews: await listReviews(deps.store, userId(c)) }));

  routes.post("/", async (c) => {
    const input = await readJson(c, createReviewRequestSchema);
    return c.json({ review: await createReview(deps.store, userId(c), input) }, 201);
  });

  routes.get("/:id", async (c) => c.json({ review: await getReviewDetail(deps.store, userId(c), c.req.param("id")) }));

  routes.post("/:id/members", async (c) => {
    const input = await readJson(c, addMemberRequestSchema);
    return c.json({ member: await addMember(deps.store, userId(c), c.req.param("id"), input) }, 201);
  });

  return routes;
}

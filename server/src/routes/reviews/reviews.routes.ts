import { Hono } from "hono";
import {
  API_ROUTES,
  addMemberRequestSchema,
  createInvitationRequestSchema,
  createReviewRequestSchema,
  updateMemberRequestSchema,
  updateReviewRequestSchema,
} from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson } from "../../http/validate.ts";
import type { Store } from "../../store/store.ts";
import { createInvitation, listInvitations, revokeInvitation } from "../invitations/invitations.commands.ts";
import { commentRoutes } from "../comments/comments.routes.ts";
import { exportRoutes } from "./export.routes.ts";
import { addMember, changeMemberRole, removeMember } from "./members.commands.ts";
import { ratingRoutes } from "./ratings.routes.ts";
import { recommendationRoutes } from "./recommendations.routes.ts";
import { projectRoutes } from "./projects.routes.ts";
import { roundRoutes } from "./rounds.routes.ts";
import { signalScorecardChange } from "../../scorecard/scorecardSignal.ts";
import { participantNameRoutes } from "./participantNames.routes.ts";
import { wrapUpRoutes } from "./wrapUp.routes.ts";
import { reportWorkflowRoutes } from "./reportWorkflow.routes.ts";
import { versionRoutes } from "./versions.routes.ts";
import { syncRatingsDocument } from "../../ratings/ratingsDocument.ts";
import { createReview, getReviewDetail, listReviews, updateReview } from "./reviews.commands.ts";

export function reviewRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();

  routes.use(`${API_ROUTES.reviews}/*`, async (c, next) => {
    if (!c.get("user")) throw unauthenticated();
    return next();
  });
  const userId = (c: { get(key: "user"): AppEnv["Variables"]["user"] }) => c.get("user")!.id;

  routes.get(API_ROUTES.reviews, async (c) => c.json({ reviews: await listReviews(deps.store, userId(c)) }));

  routes.post(API_ROUTES.reviews, validateJson(createReviewRequestSchema), async (c) => {
    const input = c.req.valid("json");
    const review = await createReview(deps.store, c.get("user")!, input);
    void signalScorecardChange(deps.rooms);
    return c.json({ review }, 201);
  });

  routes.route("/", exportRoutes(deps));
  routes.route("/", reportWorkflowRoutes(deps));
  routes.route("/", versionRoutes(deps));
  routes.route("/", ratingRoutes(deps));
  routes.route("/", recommendationRoutes(deps));
  routes.route("/", roundRoutes(deps));
  routes.route("/", projectRoutes(deps));
  routes.route("/", participantNameRoutes(deps));
  routes.route("/", wrapUpRoutes(deps));
  routes.route("/", commentRoutes(deps, "review"));

  routes.get(API_ROUTES.review.pattern, async (c) => c.json({ review: await getReviewDetail(deps.store, userId(c), c.req.param("id")) }));

  routes.patch(API_ROUTES.review.pattern, validateJson(updateReviewRequestSchema), async (c) => {
    const input = c.req.valid("json");
    const review = await updateReview(deps.store, userId(c), c.req.param("id"), input);
    // The first host project carries the review's host project name: open boards see a rename.
    if (input.hostProject !== undefined) await syncRatingsDocument(deps, review.id);
    void signalScorecardChange(deps.rooms);
    return c.json({ review });
  });

  routes.post(API_ROUTES.reviewMembers.pattern, validateJson(addMemberRequestSchema), async (c) => {
    const input = c.req.valid("json");
    return c.json(await addMember(deps, userId(c), c.req.param("id"), input), 201);
  });

  routes.patch(API_ROUTES.reviewMember.pattern, validateJson(updateMemberRequestSchema), async (c) => {
    const { role } = c.req.valid("json");
    const member = await changeMemberRole(deps, userId(c), c.req.param("id"), c.req.param("userId"), role);
    return c.json({ member });
  });

  routes.delete(API_ROUTES.reviewMember.pattern, async (c) => {
    await removeMember(deps, userId(c), c.req.param("id"), c.req.param("userId"));
    return c.body(null, 204);
  });

  routes.get(API_ROUTES.reviewInvitations.pattern, async (c) =>
    c.json({ invitations: await listInvitations(deps.store, userId(c), c.req.param("id")) }),
  );

  routes.post(API_ROUTES.reviewInvitations.pattern, validateJson(createInvitationRequestSchema), async (c) => {
    const input = c.req.valid("json");
    return c.json({ invitation: await createInvitation(deps.store, userId(c), c.req.param("id"), input) }, 201);
  });

  routes.delete(API_ROUTES.reviewInvitation.pattern, async (c) => {
    await revokeInvitation(deps.store, userId(c), c.req.param("id"), c.req.param("invitationId"));
    return c.body(null, 204);
  });

  return routes;
}

import { Hono, type Context } from "hono";
import { z } from "zod";
import {
  COMMENT_ROUTES,
  commentBodyRequestSchema,
  createSuggestionRequestSchema,
  createThreadRequestSchema,
  moveAnchorRequestSchema,
  paperIdSchema,
  resolveThreadRequestSchema,
  reviewIdSchema,
  type CommentTarget,
  type ErrorReason,
} from "@review/shared";
import { COMMENT_LIMITS, commentIdSchema } from "@review/shared/comments";
import { AttemptLimiter } from "../../auth/rateLimit.ts";
import { refusal, notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { validateJson, validateParams } from "../../http/validate.ts";
import { decideSuggestedEdit, suggestEdit, type SuggestionDeps } from "./suggestions.commands.ts";
import { deleteOwnComment, editOwnComment, markCommentsSeen, moveAnchor, openThread, replyToThread, resolveThread } from "./comments.commands.ts";

type CommentContext = Context<AppEnv>;

const ONE_MINUTE = 60_000;

function userId(c: CommentContext): string {
  const user = c.get("user");
  if (!user) throw unauthenticated();
  return user.id;
}

/**
 * The path's ids, checked before the body: a malformed one names nothing, so it is as unknown (404)
 * as a well-formed one that is not there.
 */
function knownIds<S extends Record<string, z.ZodType>>(scope: CommentTarget["scope"], ids: S) {
  const schema = z.object({ id: scope === "review" ? reviewIdSchema : paperIdSchema, ...ids });
  const reasons: Record<string, ErrorReason> = { id: scope === "review" ? "review_not_found" : "paper_not_found", threadId: "thread_not_found", commentId: "comment_not_found" };
  return validateParams(schema, (param) => notFound(reasons[param] ?? reasons.id!));
}

function targetOf(scope: CommentTarget["scope"], id: string): CommentTarget {
  return scope === "review" ? { scope, reviewId: id } : { scope, paperId: id };
}

/**
 * `/:id/comments/...` under `/api/reviews` or `/api/papers` (see `shared/src/api/comments.ts`):
 * the only way to write a comments document. The author is always the signed-in user.
 */
export function commentRoutes(deps: SuggestionDeps, scope: CommentTarget["scope"]) {
  const routes = new Hono<AppEnv>();
  const target = knownIds(scope, {});
  const thread = knownIds(scope, { threadId: commentIdSchema });
  const comment = knownIds(scope, { threadId: commentIdSchema, commentId: commentIdSchema });
  const where = (c: { req: { valid(target: "param"): { id: string } } }) => targetOf(scope, c.req.valid("param").id);
  // Every command writes to a live document: one user may not flood it (nor the store) through HTTP.
  const perUser = new AttemptLimiter(COMMENT_LIMITS.commandsPerMinute, ONE_MINUTE);
  routes.use(`${COMMENT_ROUTES.base.pattern[scope]}/*`, async (c, next) => {
    if (!perUser.hit(userId(c))) throw refusal("rate_limited", "too_many_comment_changes");
    return next();
  });

  routes.post(COMMENT_ROUTES.threads.pattern[scope], target, validateJson(createThreadRequestSchema), async (c) => {
    return c.json(await openThread(deps, userId(c), where(c), c.req.valid("json")), 201);
  });

  routes.patch(COMMENT_ROUTES.thread.pattern[scope], thread, validateJson(resolveThreadRequestSchema), async (c) => {
    await resolveThread(deps, userId(c), where(c), c.req.valid("param").threadId, c.req.valid("json").resolved);
    return c.body(null, 204);
  });

  routes.put(COMMENT_ROUTES.anchor.pattern[scope], thread, validateJson(moveAnchorRequestSchema), async (c) => {
    await moveAnchor(deps, userId(c), where(c), c.req.valid("param").threadId, c.req.valid("json"));
    return c.body(null, 204);
  });

  routes.post(COMMENT_ROUTES.replies.pattern[scope], thread, validateJson(commentBodyRequestSchema), async (c) => {
    return c.json(await replyToThread(deps, userId(c), where(c), c.req.valid("param").threadId, c.req.valid("json")), 201);
  });

  routes.patch(COMMENT_ROUTES.comment.pattern[scope], comment, validateJson(commentBodyRequestSchema), async (c) => {
    const { threadId, commentId } = c.req.valid("param");
    await editOwnComment(deps, userId(c), where(c), threadId, commentId, c.req.valid("json"));
    return c.body(null, 204);
  });

  routes.delete(COMMENT_ROUTES.comment.pattern[scope], comment, async (c) => {
    const { threadId, commentId } = c.req.valid("param");
    await deleteOwnComment(deps, userId(c), where(c), threadId, commentId);
    return c.body(null, 204);
  });

  if (scope === "review") {
    // Suggested edits of the findings report: any member suggests, the report's writers decide.
    routes.post(COMMENT_ROUTES.suggestions.pattern.review, target, validateJson(createSuggestionRequestSchema), async (c) => {
      return c.json(await suggestEdit(deps, userId(c), c.req.valid("param").id, c.req.valid("json")), 201);
    });
    for (const [path, status] of [[COMMENT_ROUTES.accept, "accepted"], [COMMENT_ROUTES.reject, "rejected"]] as const) {
      routes.post(path.pattern.review, thread, async (c) => {
        const { id, threadId } = c.req.valid("param");
        await decideSuggestedEdit(deps, userId(c), id, threadId, status);
        return c.body(null, 204);
      });
    }
  }

  routes.post(COMMENT_ROUTES.seen.pattern[scope], target, async (c) => {
    await markCommentsSeen(deps, userId(c), where(c));
    return c.body(null, 204);
  });

  return routes;
}

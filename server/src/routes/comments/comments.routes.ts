import { Hono, type Context } from "hono";
import {
  COMMENT_ROUTES,
  commentBodyRequestSchema,
  createSuggestionRequestSchema,
  createThreadRequestSchema,
  paperIdSchema,
  resolveThreadRequestSchema,
  reviewIdSchema,
  type CommentTarget,
} from "@review/shared";
import { COMMENT_LIMITS, commentIdSchema } from "@review/shared/comments";
import { AttemptLimiter } from "../../auth/rateLimit.ts";
import { refusal, notFound, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import { readJson } from "../../http/readJson.ts";
import { decideSuggestedEdit, suggestEdit, type SuggestionDeps } from "./suggestions.commands.ts";
import { deleteOwnComment, editOwnComment, markCommentsSeen, openThread, replyToThread, resolveThread } from "./comments.commands.ts";

type CommentContext = Context<AppEnv>;

const ONE_MINUTE = 60_000;

function userId(c: CommentContext): string {
  const user = c.get("user");
  if (!user) throw unauthenticated();
  return user.id;
}

/** A malformed id names nothing: as unknown as a well-formed one that is not there. */
function param(c: CommentContext, name: "threadId" | "commentId"): string {
  const parsed = commentIdSchema.safeParse(c.req.param(name));
  if (!parsed.success) throw notFound(name === "threadId" ? "thread_not_found" : "comment_not_found");
  return parsed.data;
}

function targetOf(scope: CommentTarget["scope"], c: CommentContext): CommentTarget {
  const id = c.req.param("id");
  if (scope === "review") {
    if (!reviewIdSchema.safeParse(id).success) throw notFound("review_not_found");
    return { scope, reviewId: id! };
  }
  if (!paperIdSchema.safeParse(id).success) throw notFound("paper_not_found");
  return { scope, paperId: id! };
}

function reviewIdOf(target: CommentTarget): string {
  if (target.scope !== "review") throw new Error("suggestions are on reviews only");
  return target.reviewId;
}

/**
 * `/:id/comments/...` under `/api/reviews` or `/api/papers` (see `shared/src/api/comments.ts`):
 * the only way to write a comments document. The author is always the signed-in user.
 */
export function commentRoutes(deps: SuggestionDeps, scope: CommentTarget["scope"]) {
  const routes = new Hono<AppEnv>();
  const target = (c: CommentContext) => targetOf(scope, c);
  // Every command writes to a live document: one user may not flood it (nor the store) through HTTP.
  const perUser = new AttemptLimiter(COMMENT_LIMITS.commandsPerMinute, ONE_MINUTE);
  routes.use(`${COMMENT_ROUTES.base.pattern[scope]}/*`, async (c, next) => {
    if (!perUser.hit(userId(c))) throw refusal("rate_limited", "too_many_comment_changes");
    return next();
  });

  routes.post(COMMENT_ROUTES.threads.pattern[scope], async (c) => {
    const [who, where] = [userId(c), target(c)];
    const input = await readJson(c, createThreadRequestSchema);
    return c.json(await openThread(deps, who, where, input), 201);
  });

  routes.patch(COMMENT_ROUTES.thread.pattern[scope], async (c) => {
    const [who, where, threadId] = [userId(c), target(c), param(c, "threadId")];
    const { resolved } = await readJson(c, resolveThreadRequestSchema);
    await resolveThread(deps, who, where, threadId, resolved);
    return c.body(null, 204);
  });

  routes.post(COMMENT_ROUTES.replies.pattern[scope], async (c) => {
    const [who, where, threadId] = [userId(c), target(c), param(c, "threadId")];
    const input = await readJson(c, commentBodyRequestSchema);
    return c.json(await replyToThread(deps, who, where, threadId, input), 201);
  });

  routes.patch(COMMENT_ROUTES.comment.pattern[scope], async (c) => {
    const [who, where, threadId, commentId] = [userId(c), target(c), param(c, "threadId"), param(c, "commentId")];
    const input = await readJson(c, commentBodyRequestSchema);
    await editOwnComment(deps, who, where, threadId, commentId, input);
    return c.body(null, 204);
  });

  routes.delete(COMMENT_ROUTES.comment.pattern[scope], async (c) => {
    const [who, where, threadId, commentId] = [userId(c), target(c), param(c, "threadId"), param(c, "commentId")];
    await deleteOwnComment(deps, who, where, threadId, commentId);
    return c.body(null, 204);
  });

  if (scope === "review") {
    // Suggested edits of the findings report: any member suggests, the report's writers decide.
    routes.post(COMMENT_ROUTES.suggestions.pattern.review, async (c) => {
      const [who, where] = [userId(c), target(c)];
      const input = await readJson(c, createSuggestionRequestSchema);
      return c.json(await suggestEdit(deps, who, reviewIdOf(where), input), 201);
    });
    for (const [path, status] of [[COMMENT_ROUTES.accept, "accepted"], [COMMENT_ROUTES.reject, "rejected"]] as const) {
      routes.post(path.pattern.review, async (c) => {
        const [who, where, threadId] = [userId(c), target(c), param(c, "threadId")];
        await decideSuggestedEdit(deps, who, reviewIdOf(where), threadId, status);
        return c.body(null, 204);
      });
    }
  }

  routes.post(COMMENT_ROUTES.seen.pattern[scope], async (c) => {
    await markCommentsSeen(deps, userId(c), target(c));
    return c.body(null, 204);
  });

  return routes;
}

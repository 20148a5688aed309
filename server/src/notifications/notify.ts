import {
  notificationPath,
  notificationPayloadSchema,
  type CommentTarget,
  type NotificationPayload,
  type ReportStatus,
  type ReviewRole,
} from "@review/shared";
import type { RecommendationDecisionKind } from "@review/shared/self";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import { newId } from "../ids.ts";
import type { NotificationStore, PaperStore, ReviewStore, UserStore } from "../store/store.ts";
import { emailText } from "./emailText.ts";
import { syncInboxDocument } from "./inboxDocument.ts";
import type { Mailer } from "./mailer.ts";

type NotifyDeps = { store: NotificationStore & PaperStore & ReviewStore & UserStore; rooms: RoomRegistry };

/** Per server (its registry): the mailer, if SMTP_URL is set, and the origin links point at. */
const outboxes = new WeakMap<RoomRegistry, { mailer: Mailer; origin: () => string }>();

/** Sends e-mail for the notifications of this server's registry (without it, none is sent). */
export function configureNotificationMail(rooms: RoomRegistry, mailer: Mailer, origin: () => string): void {
  outboxes.set(rooms, { mailer, origin });
}

const EXCERPT_MAX = 140;

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_MAX ? `${flat.slice(0, EXCERPT_MAX - 1)}…` : flat;
}

/**
 * Stores one notification per recipient (never the actor), updates their inbox documents and
 * queues the e-mails. A failure is logged and never reaches the action that caused it.
 */
async function deliver(deps: NotifyDeps, actorId: string, recipients: Iterable<string>, reviewId: string | null, build: (actorName: string) => NotificationPayload): Promise<void> {
  try {
    const userIds = [...new Set(recipients)].filter((id) => id !== actorId);
    if (userIds.length === 0) return;
    const actor = await deps.store.findUserById(actorId);
    const payload = notificationPayloadSchema.parse(build(actor?.name ?? ""));
    await deps.store.createNotifications(userIds.map((userId) => ({ id: newId(), userId, kind: payload.kind, reviewId, payload })));
    await Promise.all(userIds.map((userId) => syncInboxDocument(deps, userId)));
    const outbox = outboxes.get(deps.rooms);
    if (!outbox) return;
    for (const userId of userIds) {
      const user = await deps.store.findUserById(userId);
      if (!user || user.deactivatedAt || !(await deps.store.getEmailNotifications(userId))) continue;
      outbox.mailer.send({ to: user.email, ...emailText(user.locale, payload, `${outbox.origin()}${notificationPath(payload)}`) });
    }
  } catch (error) {
    console.error("[notifications] delivering failed", error);
  }
}

/**
 * A comment was posted: who it mentions (if they can read the place) get `mention`, everyone
 * else who took part in the thread gets `reply`.
 */
export async function notifyComment(
  deps: NotifyDeps,
  actorId: string,
  target: CommentTarget,
  comment: { threadId: string; commentId: string; body: string; mentions: readonly string[]; participants: readonly string[] },
): Promise<void> {
  try {
    const place = target.scope === "review" ? await deps.store.findReview(target.reviewId) : await deps.store.findPaper(target.paperId);
    if (!place) return;
    // Only readers of the place hear of it: a review's members, or (papers) every active account.
    const readers =
      target.scope === "review"
        ? new Set((await deps.store.listMembers(target.reviewId)).map((member) => member.userId))
        : new Set((await deps.store.listNetworkMembers()).map((member) => member.userId));
    const mentioned = new Set(comment.mentions.filter((id) => readers.has(id)));
    const repliedTo = comment.participants.filter((id) => readers.has(id) && !mentioned.has(id));
    const where = target.scope === "review" ? { reviewId: target.reviewId } : { paperId: target.paperId };
    const reviewId = target.scope === "review" ? target.reviewId : null;
    const common = { ...where, title: place.title, threadId: comment.threadId, commentId: comment.commentId, excerpt: excerpt(comment.body) };
    await deliver(deps, actorId, mentioned, reviewId, (actorName) => ({ kind: "mention", actorName, ...common }));
    await deliver(deps, actorId, repliedTo, reviewId, (actorName) => ({ kind: "reply", actorName, ...common }));
  } catch (error) {
    console.error("[notifications] comment notifications failed", error);
  }
}

/** `userId` was added to a review (an account that exists; others get the invitation link). */
export async function notifyAddedToReview(deps: NotifyDeps, actorId: string, reviewId: string, userId: string, role: ReviewRole): Promise<void> {
  const review = await deps.store.findReview(reviewId).catch(() => null);
  if (review) await deliver(deps, actorId, [userId], reviewId, (actorName) => ({ kind: "invitation", actorName, reviewId, title: review.title, role }));
}

/** The report was sent to the host or made final: every member hears of it (reopening a draft is not news). */
export async function notifyReportStatus(deps: NotifyDeps, actorId: string, reviewId: string, status: ReportStatus): Promise<void> {
  if (status === "draft") return;
  const [review, members] = await Promise.all([deps.store.findReview(reviewId), deps.store.listMembers(reviewId)]).catch(() => [null, []] as const);
  if (!review) return;
  await deliver(deps, actorId, members.map((member) => member.userId), reviewId, (actorName) => ({ kind: "report_status", actorName, reviewId, title: review.title, status }));
}

/** The host decided on a recommendation: the review team (moderators and peers) hears of it. */
export async function notifyRecommendationDecision(
  deps: NotifyDeps,
  actorId: string,
  reviewId: string,
  recommendationId: string,
  decision: RecommendationDecisionKind,
): Promise<void> {
  const [review, members] = await Promise.all([deps.store.findReview(reviewId), deps.store.listMembers(reviewId)]).catch(() => [null, []] as const);
  if (!review) return;
  const team = members.filter((member) => member.role === "moderator" || member.role === "peer").map((member) => member.userId);
  await deliver(deps, actorId, team, reviewId, (actorName) => ({ kind: "recommendation_decision", actorName, reviewId, title: review.title, recommendationId, decision }));
}

import { mayReadParticipantNames, programmePersonIdSchema, type ParticipantNamesResponse } from "@review/shared";
import { ApiError, forbidden, notFound } from "../../errors/apiError.ts";
import type { ParticipantNameStore, ReviewStore } from "../../store/store.ts";

async function asModerator(store: ParticipantNameStore & ReviewStore, userId: string, reviewId: string): Promise<void> {
  const [review, role] = await Promise.all([store.findReview(reviewId), store.findMembership(reviewId, userId)]);
  if (!review || !role) throw notFound("review_not_found");
  if (!mayReadParticipantNames(role)) throw forbidden("participant_names_by_moderators");
}

function personId(raw: string): string {
  const parsed = programmePersonIdSchema.safeParse(raw);
  if (!parsed.success) throw new ApiError("invalid_input", "personId: 16 characters a-z, 0-9");
  return parsed.data;
}

/** The real names of the review's pseudonymised participants: moderators only (others 403). */
export async function listParticipantNames(store: ParticipantNameStore & ReviewStore, userId: string, reviewId: string): Promise<ParticipantNamesResponse> {
  await asModerator(store, userId, reviewId);
  return { names: await store.listParticipantNames(reviewId) };
}

export async function setParticipantName(store: ParticipantNameStore & ReviewStore, userId: string, reviewId: string, rawPersonId: string, name: string): Promise<void> {
  await asModerator(store, userId, reviewId);
  await store.setParticipantName(reviewId, personId(rawPersonId), name, userId);
}

export async function deleteParticipantName(store: ParticipantNameStore & ReviewStore, userId: string, reviewId: string, rawPersonId: string): Promise<void> {
  await asModerator(store, userId, reviewId);
  await store.deleteParticipantName(reviewId, personId(rawPersonId));
}

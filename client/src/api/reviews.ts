import {
  API_ROUTES,
  addMemberResponseSchema,
  memberResponseSchema,
  reviewListResponseSchema,
  reviewResponseSchema,
  type AddMemberRequest,
  type AddMemberResponse,
  type CreateReviewRequest,
  type Member,
  type Review,
  type ReviewDetail,
  type ReviewRole,
  type UpdateReviewRequest,
} from "@review/shared";
import { request } from "./http.ts";

export async function listReviews(): Promise<Review[]> {
  const { reviews } = await request(API_ROUTES.reviews, { schema: reviewListResponseSchema });
  return reviews;
}

export async function createReview(input: CreateReviewRequest): Promise<ReviewDetail> {
  const { review } = await request(API_ROUTES.reviews, { method: "POST", body: input, schema: reviewResponseSchema });
  return review;
}

export async function getReview(id: string): Promise<ReviewDetail> {
  const { review } = await request(API_ROUTES.review(id), { schema: reviewResponseSchema });
  return review;
}

/** Adds an account, or invites an email without one; the answer does not say which (see the shared schema). */
export function addMember(reviewId: string, input: AddMemberRequest): Promise<AddMemberResponse> {
  return request(API_ROUTES.reviewMembers(reviewId), { method: "POST", body: input, schema: addMemberResponseSchema });
}

/** Changes a review's details (moderators); answers the whole review as it now is. */
export async function updateReview(id: string, patch: UpdateReviewRequest): Promise<ReviewDetail> {
  const { review } = await request(API_ROUTES.review(id), { method: "PATCH", body: patch, schema: reviewResponseSchema });
  return review;
}

export async function changeMemberRole(reviewId: string, userId: string, role: ReviewRole): Promise<Member> {
  const { member } = await request(API_ROUTES.reviewMember(reviewId, userId), { method: "PATCH", body: { role }, schema: memberResponseSchema });
  return member;
}

export async function removeMember(reviewId: string, userId: string): Promise<void> {
  await request(API_ROUTES.reviewMember(reviewId, userId), { method: "DELETE", schema: null });
}

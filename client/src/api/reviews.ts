import {
  API_ROUTES,
  memberResponseSchema,
  reviewListResponseSchema,
  reviewResponseSchema,
  type AddMemberRequest,
  type CreateReviewRequest,
  type Member,
  type Review,
  type ReviewDetail,
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

export async function addMember(reviewId: string, input: AddMemberRequest): Promise<Member> {
  const { member } = await request(API_ROUTES.reviewMembers(reviewId), { method: "POST", body: input, schema: memberResponseSchema });
  return member;
}

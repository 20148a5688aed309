import {
  API_ROUTES,
  acceptInvitationResponseSchema,
  invitationListResponseSchema,
  invitationPreviewResponseSchema,
  invitationResponseSchema,
  type CreateInvitationRequest,
  type Invitation,
  type InvitationPreview,
} from "@review/shared";
import { request } from "./http.ts";

/** Open invitations of a review (moderators only). */
export async function listInvitations(reviewId: string): Promise<Invitation[]> {
  const { invitations } = await request(API_ROUTES.reviewInvitations(reviewId), { schema: invitationListResponseSchema });
  return invitations;
}

export async function createInvitation(reviewId: string, input: CreateInvitationRequest): Promise<Invitation> {
  const { invitation } = await request(API_ROUTES.reviewInvitations(reviewId), { method: "POST", body: input, schema: invitationResponseSchema });
  return invitation;
}

export async function withdrawInvitation(reviewId: string, invitationId: string): Promise<void> {
  await request(API_ROUTES.reviewInvitation(reviewId, invitationId), { method: "DELETE", schema: null });
}

/** What an invitation offers; public, so it works signed out (a 401 here is not a lost session). */
export async function previewInvitation(code: string): Promise<InvitationPreview> {
  const { invitation } = await request(API_ROUTES.invitation(code), { schema: invitationPreviewResponseSchema, expectUnauthenticated: true });
  return invitation;
}

/** Joins the signed-in user to the invitation's review; answers the review's id. */
export async function acceptInvitation(code: string): Promise<string> {
  const { reviewId } = await request(API_ROUTES.acceptInvitation(code), { method: "POST", schema: acceptInvitationResponseSchema });
  return reviewId;
}

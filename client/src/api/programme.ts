import { PROGRAMME_ROUTES, participantNamesResponseSchema, type ParticipantName } from "@review/shared";
import { request } from "./http.ts";

/** The real names of the review's pseudonymised participants (moderators; others get 403). */
export async function listParticipantNames(reviewId: string): Promise<ParticipantName[]> {
  const { names } = await request(PROGRAMME_ROUTES.participantNames(reviewId), { schema: participantNamesResponseSchema });
  return names;
}

/** Keeps a pseudonymised participant's real name on the server, never in the programme document. */
export function setParticipantName(reviewId: string, personId: string, name: string): Promise<void> {
  return request(PROGRAMME_ROUTES.participantName(reviewId, personId), { method: "PUT", body: { name }, schema: null });
}

export function deleteParticipantName(reviewId: string, personId: string): Promise<void> {
  return request(PROGRAMME_ROUTES.participantName(reviewId, personId), { method: "DELETE", schema: null });
}

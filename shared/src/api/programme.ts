import { z } from "zod";
import { route } from "./route.ts";
import { userText } from "../schema/text.ts";

/**
 * Real names of pseudonymised people of the visit programme (`review:<id>:programme` holds only
 * their label, since every member reads it). Kept server-side, read and written by the review's
 * moderators alone (`mayReadParticipantNames`), never exported.
 */
export const PROGRAMME_ROUTES = {
  participantNames: route("/api/reviews/:id/programme/participants"),
  participantName: route("/api/reviews/:id/programme/participants/:personId"),
} as const;

/** A person's id in the programme document (16 characters of base32). */
export const programmePersonIdSchema = z.string().regex(/^[a-z0-9]{16}$/);

/** `PUT …/programme/participants/:personId` (moderators). */
export const setParticipantNameRequestSchema = z.strictObject({ name: userText().trim().min(1).max(200) });
export type SetParticipantNameRequest = z.infer<typeof setParticipantNameRequestSchema>;

export const participantNameSchema = z.object({ personId: z.string(), name: z.string() });
export type ParticipantName = z.infer<typeof participantNameSchema>;

/** `GET …/programme/participants` (moderators). */
export const participantNamesResponseSchema = z.object({ names: z.array(participantNameSchema) });
export type ParticipantNamesResponse = z.infer<typeof participantNamesResponseSchema>;

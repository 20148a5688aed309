import type { ParticipantName } from "@review/shared";

/** Real names of pseudonymised people of the visit programme (migration 020); moderators only. */
export interface ParticipantNameStore {
  listParticipantNames(reviewId: string): Promise<ParticipantName[]>;
  setParticipantName(reviewId: string, personId: string, name: string, updatedBy: string): Promise<void>;
  deleteParticipantName(reviewId: string, personId: string): Promise<void>;
}

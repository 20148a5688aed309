import type { ParticipantName } from "@review/shared";

/** Real names of pseudonymised people of the visit programme (migration 020); moderators only. */
export interface ParticipantNameStore {
  listParticipantNames(reviewId: string): Promise<ParticipantName[]>;
  setParticipantName(reviewId: string, personId: string, name: string, updatedBy: string): Promise<void>;
  deleteParticipantName(reviewId: string, personId: string): Promise<void>;
  /**
   * Forgets the names of people no longer in the programme (`keep`: the person ids it holds now),
   * except names stored at or after `setBefore`: their person may still be on the way over the socket.
   * Answers how many were forgotten.
   */
  forgetParticipantNamesExcept(reviewId: string, keep: readonly string[], setBefore: Date): Promise<number>;
}

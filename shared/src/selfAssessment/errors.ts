export const SELF_ERROR_CODES = ["invalid_rating", "note_too_long", "invalid_evidence", "too_much_evidence", "invalid_reply"] as const;
export type SelfErrorCode = (typeof SELF_ERROR_CODES)[number];

/** Why the self-assessment model refused a change (the UI checks the same rules first). */
export class SelfAssessmentError extends Error {
  constructor(
    readonly code: SelfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SelfAssessmentError";
  }
}

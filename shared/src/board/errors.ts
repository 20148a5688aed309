/**
 * Why the board model refused a change. The UI checks the same rules first; these guard
 * every other caller (tests, a future server command) so the document never holds a card
 * that fails the schema or a team rating that cites nothing.
 */
export const BOARD_ERROR_CODES = ["invalid_card", "card_not_found", "cite_required", "cite_unknown", "invalid_rating", "invalid_vote"] as const;
export type BoardErrorCode = (typeof BOARD_ERROR_CODES)[number];

export class BoardError extends Error {
  constructor(
    readonly code: BoardErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "BoardError";
  }
}

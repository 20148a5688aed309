import type { CloseCode } from "@review/shared";

/** Why a limit refused a connection or a message: the connection is closed with this code. */
export type Refusal = { code: CloseCode; reason: string };

/** Thrown while handling a message that exceeds a limit; the room closes the connection with `code`. */
export class LimitExceededError extends Error {
  constructor(readonly code: CloseCode, reason: string) {
    super(reason);
    this.name = "LimitExceededError";
  }
}

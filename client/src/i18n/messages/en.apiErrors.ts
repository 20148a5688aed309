import { ERROR_REASONS, type ErrorReason } from "@review/shared";

type ApiErrorMessages = Record<`apiError.${ErrorReason}`, string>;

/**
 * The server's refusals, worded for people (`apiError.<reason>`): English is the
 * server's own sentence (shared/src/api/errorReasons.ts), so the two never drift.
 */
export const apiErrorMessages = Object.fromEntries(
  Object.entries(ERROR_REASONS).map(([reason, text]) => [`apiError.${reason}`, text]),
) as ApiErrorMessages;

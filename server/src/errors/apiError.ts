import { API_ERRORS, errorReasonText, type ApiErrorCode, type ErrorParams, type ErrorReason } from "@review/shared";

/**
 * An error with a stable code; the central onError turns it into
 * `{ error: { code, message, reason?, params? } }`. Build refusals people may meet with
 * `refusal(code, reason)`: the client then shows the reason's sentence in the user's language.
 */
export class ApiError extends Error {
  readonly status: (typeof API_ERRORS)[ApiErrorCode];
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly reason?: ErrorReason,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = API_ERRORS[code];
  }
}

/** A refusal with a sentence for people: its English text is the message. */
export function refusal(code: ApiErrorCode, reason: ErrorReason, params?: ErrorParams): ApiError {
  return new ApiError(code, errorReasonText(reason, params), reason, params);
}

export const notFound = (reason: ErrorReason) => refusal("not_found", reason);
export const forbidden = (reason: ErrorReason) => refusal("forbidden", reason);
export const unauthenticated = () => new ApiError("unauthenticated", "Sign in first");

import { API_ERRORS, type ApiErrorCode } from "@review/shared";

/** An error with a stable code; the central onError turns it into `{ error: { code, message } }`. */
export class ApiError extends Error {
  readonly status: (typeof API_ERRORS)[ApiErrorCode];
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = API_ERRORS[code];
  }
}

export const notFound = (what = "Not found") => new ApiError("not_found", what);
export const forbidden = (message = "You do not have access to this") => new ApiError("forbidden", message);
export const unauthenticated = () => new ApiError("unauthenticated", "Sign in first");

import { ApiError } from "../api/http.ts";
import type { T } from "../i18n/I18nProvider.tsx";
import { serverFieldMessage } from "../ui/validation.ts";

/**
 * The sentence to show for a failed call: the server's own message when it
 * sent one (its `{ error: { message } }`), else the client's wording.
 */
export function describeError(t: T, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    if (error.code === "network") return t("error.network");
    if (error.code === "bad_response") return t("error.badResponse");
    if (error.status >= 500) return t("error.server");
  }
  return t("error.unexpected");
}

/**
 * Like describeError, but a server validation message that names one of
 * `fields` ("visitEnd: …") comes back attributed to it, to show beside the field.
 */
export function describeFieldError<F extends string>(t: T, error: unknown, fields: readonly F[]): { field: F | null; text: string } {
  if (error instanceof ApiError && error.status === 400 && error.message) return serverFieldMessage(error.message, fields);
  return { field: null, text: describeError(t, error) };
}

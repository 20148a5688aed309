import { isErrorReason } from "@review/shared";
import { ApiError } from "../api/http.ts";
import type { T } from "../i18n/I18nProvider.tsx";
import { serverFieldMessage } from "../ui/validation.ts";

/**
 * The sentence to show for a failed call: the catalogue's wording of the server's
 * reason, else the server's own message (`{ error: { message } }`), else the client's wording.
 */
export function describeError(t: T, error: unknown): string {
  if (error instanceof ApiError) {
    const reasonText = describeReason(t, error);
    if (reasonText) return reasonText;
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
  if (error instanceof ApiError && error.status === 400 && error.message && !describeReason(t, error)) return serverFieldMessage(error.message, fields);
  return { field: null, text: describeError(t, error) };
}

/** The catalogue's sentence for the error's reason, or null when it names none the client knows. */
function describeReason(t: T, error: ApiError): string | null {
  return error.reason && isErrorReason(error.reason) ? t(`apiError.${error.reason}`, error.params) : null;
}

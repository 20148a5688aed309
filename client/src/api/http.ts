import { apiErrorBodySchema, type ErrorParams } from "@review/shared";
import type { z } from "zod";

/**
 * A failed API call. `code` is the server's stable error code, or one of the
 * client's own: `network` (no answer) and `bad_response` (an answer that does
 * not match the shared schema). `message` is the server's text, empty for the
 * client's own codes (the UI words those through i18n).
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    /** Names the sentence to show (shared/src/api/errorReasons.ts); the client's catalogue words it. */
    readonly reason?: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

let onUnauthenticated: (() => void) | null = null;

/**
 * Registers what happens when a call that needs a session gets a 401 (the
 * session expired or was revoked): the app signs the user out locally.
 */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Turns a non-2xx response into an ApiError, using the `{ error }` body when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = apiErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, reason, params } = parsed.data.error;
    return new ApiError(code, message, response.status, reason, params);
  }
  return new ApiError(response.status >= 500 ? "internal" : "bad_response", "", response.status);
}

type RequestOptions<S extends z.ZodType | null> = {
  method?: Method;
  body?: unknown;
  /** Validates the JSON answer; `null` for a 204. */
  schema: S;
  /** Set on calls where a 401 is an expected answer (sign-in, "who am I"). */
  expectUnauthenticated?: boolean;
};

/** One JSON call to the same-origin API with the session cookie. */
export async function request<S extends z.ZodType | null>(
  path: string,
  options: RequestOptions<S>,
): Promise<S extends z.ZodType ? z.infer<S> : void> {
  const init: RequestInit = {
    method: options.method ?? "GET",
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  };
  if (options.body !== undefined) {
    init.headers = { Accept: "application/json", "Content-Type": "application/json" };
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError("network", "", 0);
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && !options.expectUnauthenticated) onUnauthenticated?.();
    throw error;
  }

  if (options.schema === null) return undefined as never;
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    // A contract mismatch between client and server builds: worth a trace for whoever debugs it.
    console.warn(`Unexpected response from ${path}`, parsed.error.issues);
    throw new ApiError("bad_response", "", response.status);
  }
  return parsed.data as never;
}

import { z } from "zod";
import { errorParamsSchema } from "./errorReasons.ts";

/** Stable machine-readable error codes; the HTTP status is fixed per code. */
export const API_ERRORS = {
  bad_json: 400,
  invalid_input: 400,
  /** A team rating cites a card that is not on the factor it rates. */
  invalid_citation: 400,
  /** A review's theme names no thematic module of the review's benchmark. */
  theme_not_a_module: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  forbidden_origin: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  /** The findings report is final: nothing may change it until it is reopened. */
  report_final: 409,
  /** The policy paper is published: its text may not change until it is reopened. */
  paper_published: 409,
  /** A suggested edit's passage no longer reads as it did: it cannot be applied. */
  suggestion_outdated: 409,
  /** A suggested edit crosses formatting or paragraphs: the server applies only edits within one run of text. */
  suggestion_spans_formatting: 409,
  /** A suggested edit was accepted or rejected already. */
  suggestion_decided: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERRORS;

/**
 * The body of every refusal. `reason` (see errorReasons.ts) names the sentence for
 * people; an unknown reason is kept as a string so an older client still reads `message`.
 */
export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), reason: z.string().max(64).optional(), params: errorParamsSchema.optional() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Largest JSON request body the API accepts, in bytes. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

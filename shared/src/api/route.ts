/** One string argument per `:param` of a Hono pattern, in order. */
type PatternArgs<P extends string> = P extends `${string}:${string}/${infer Rest}`
  ? [string, ...PatternArgs<Rest>]
  : P extends `${string}:${string}`
    ? [string]
    : [];

/**
 * A route of the API: called, it builds the client's path; `pattern` is the Hono pattern the
 * server registers (`/api/reviews/:id`). Both come from one string, so they cannot drift apart.
 */
export type Route<P extends string, A extends unknown[] = PatternArgs<P>> = ((...args: A) => string) & { readonly pattern: P };

/** A route whose path is the pattern with each `:param` replaced, in order, by its encoded argument. */
export function route<P extends string>(pattern: P): Route<P>;
/**
 * A route whose path needs more than the pattern says (a query string): `build` makes it, and the
 * route-table tests hold its path part to the pattern.
 */
export function route<P extends string, A extends unknown[]>(pattern: P, build: (...args: A) => string): Route<P, A>;
export function route(pattern: string, build?: (...args: unknown[]) => string) {
  return Object.assign(build ?? ((...args: unknown[]) => fillPattern(pattern, args)), { pattern });
}

/** A `:param` of a Hono pattern. */
export const PATTERN_PARAM = /:[A-Za-z][A-Za-z0-9]*/g;

/** The pattern with each `:param`, in order, replaced by its URI-encoded value. */
export function fillPattern(pattern: string, values: readonly unknown[]): string {
  let next = 0;
  return pattern.replace(PATTERN_PARAM, () => encodeURIComponent(String(values[next++])));
}

/** The scopes that carry the same commands under their own prefix (comments: reviews and papers). */
export type ScopedPattern = { readonly review: string; readonly paper: string };

/**
 * Route matching for the app's few URL patterns (`/reviews/:reviewId`).
 * Pure functions; the history binding lives in navigation.ts.
 */
export type RouteParams = Readonly<Record<string, string>>;

type Segment = { param: string } | { literal: string };

export type CompiledRoute<N extends string> = { name: N; pattern: string; segments: Segment[] };

function splitPath(path: string): string[] {
  return path.split("/").filter((part) => part.length > 0);
}

export function compileRoute<N extends string>(name: N, pattern: string): CompiledRoute<N> {
  const segments = splitPath(pattern).map((part): Segment => (part.startsWith(":") ? { param: part.slice(1) } : { literal: part }));
  return { name, pattern, segments };
}

/** Params of `pathname` under `route`, or null when it does not match. Trailing slashes are ignored. */
export function matchRoute(route: CompiledRoute<string>, pathname: string): RouteParams | null {
  const parts = splitPath(pathname);
  if (parts.length !== route.segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of route.segments.entries()) {
    const part = parts[index]!;
    if ("literal" in segment) {
      if (part !== segment.literal) return null;
      continue;
    }
    let value: string;
    try {
      value = decodeURIComponent(part);
    } catch {
      return null;
    }
    params[segment.param] = value;
  }
  return params;
}

/** The first route matching `pathname`, with its params. */
export function resolveRoute<N extends string>(
  routes: readonly CompiledRoute<N>[],
  pathname: string,
): { name: N; params: RouteParams } | null {
  for (const route of routes) {
    const params = matchRoute(route, pathname);
    if (params) return { name: route.name, params };
  }
  return null;
}

/** Fills a pattern's params: `buildPath("/reviews/:reviewId", { reviewId: "abc" })`. */
export function buildPath(pattern: string, params: RouteParams = {}): string {
  const parts = splitPath(pattern).map((part) => {
    if (!part.startsWith(":")) return part;
    const value = params[part.slice(1)];
    if (value === undefined) throw new Error(`Missing route param ${part}`);
    return encodeURIComponent(value);
  });
  return `/${parts.join("/")}`;
}

/**
 * A `?next=` target that is safe to navigate to after signing in: a path on
 * this origin. Anything else (absolute URLs, `//host`, `/\host`) becomes `fallback`.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}

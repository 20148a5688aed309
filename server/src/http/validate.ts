import type { Context, MiddlewareHandler } from "hono";
import type { z } from "zod";
import { ApiError, refusal } from "../errors/apiError.ts";
import type { AppEnv } from "./appEnv.ts";
import { requestLocale, zodErrorMap } from "./inputLocale.ts";

/** What a validating middleware adds to the route's input: `c.req.valid(target)` is the schema's output. */
type Validated<T extends "json" | "query" | "param", S extends z.ZodType> = {
  in: { [K in T]: z.input<S> };
  out: { [K in T]: z.output<S> };
};

/** Describes the first zod issue as `path: message`, which is what a client needs to fix its request. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input";
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

/** The value as the schema reads it, messages in the request's language; 400 invalid_input otherwise. */
function parse<S extends z.ZodType>(c: Context<AppEnv>, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value, { error: zodErrorMap(requestLocale(c)) });
  if (!parsed.success) throw new ApiError("invalid_input", describeZodError(parsed.error));
  return parsed.data;
}

/**
 * The request body, as JSON, validated with a shared schema before the handler runs (which reads
 * it with `c.req.valid("json")`): 400 bad_json when it is not JSON, 400 invalid_input when the
 * schema refuses it. Checks that must answer first (who may, which ids exist) go before it.
 */
export function validateJson<S extends z.ZodType>(schema: S): MiddlewareHandler<AppEnv, string, Validated<"json", S>> {
  return async (c, next) => {
    const text = await c.req.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw refusal("bad_json", "body_not_json");
    }
    c.req.addValidatedData("json", parse(c, schema, value) as object);
    await next();
  };
}

/** The query string validated with a shared schema (`c.req.valid("query")`); 400 invalid_input otherwise. */
export function validateQuery<S extends z.ZodType>(schema: S): MiddlewareHandler<AppEnv, string, Validated<"query", S>> {
  return async (c, next) => {
    c.req.addValidatedData("query", parse(c, schema, c.req.query()) as object);
    await next();
  };
}

/**
 * The path's parameters validated with a shared schema (`c.req.valid("param")`). A malformed id
 * names nothing, so `refuse` answers for the first parameter that fails (usually a 404, as for
 * a well-formed id that is not there).
 */
export function validateParams<S extends z.ZodType>(schema: S, refuse: (param: string) => Error): MiddlewareHandler<AppEnv, string, Validated<"param", S>> {
  return async (c, next) => {
    const parsed = schema.safeParse(c.req.param());
    if (!parsed.success) throw refuse(String(parsed.error.issues[0]?.path[0] ?? ""));
    c.req.addValidatedData("param", parsed.data as object);
    await next();
  };
}

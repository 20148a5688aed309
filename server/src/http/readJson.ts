import type { Context } from "hono";
import type { z } from "zod";
import { ApiError, refusal } from "../errors/apiError.ts";
import type { AppEnv } from "./appEnv.ts";
import { requestLocale, zodErrorMap } from "./inputLocale.ts";

/** Describes the first zod issue as `path: message`, which is what a client needs to fix its request. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input";
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

/** Reads the request body as JSON and validates it; throws 400 bad_json / invalid_input. */
export async function readJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refusal("bad_json", "body_not_json");
  }
  const parsed = schema.safeParse(value, { error: zodErrorMap(requestLocale(c)) });
  if (!parsed.success) throw new ApiError("invalid_input", describeZodError(parsed.error));
  return parsed.data;
}

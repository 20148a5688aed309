import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, notFound } from "../errors/apiError.ts";
import type { AppEnv } from "./appEnv.ts";
import { validateJson, validateParams, validateQuery } from "./validate.ts";

function app() {
  const routes = new Hono<AppEnv>();
  routes.post("/things/:id", validateParams(z.object({ id: z.string().regex(/^[a-z]+$/) }), () => notFound("review_not_found")), validateJson(z.object({ name: z.string().min(2) })), (c) =>
    c.json({ id: c.req.valid("param").id, name: c.req.valid("json").name }),
  );
  routes.get("/things", validateQuery(z.object({ n: z.coerce.number().int() })), (c) => c.json({ n: c.req.valid("query").n }));
  routes.onError((error, c) => (error instanceof ApiError ? c.json({ error: { code: error.code, message: error.message } }, error.status) : c.text("bad", 500)));
  return routes;
}

type Answer = { id?: string; name?: string; n?: number; error: { code: string; message: string } };
const read = async (response: Response) => (await response.json()) as Answer;

const post = (path: string, body: string, headers: Record<string, string> = {}) => app().request(path, { method: "POST", body, headers });

describe("validation middleware", () => {
  it("hands the handler what the schemas read", async () => {
    const response = await post("/things/abc", JSON.stringify({ name: "Ada", extra: 1 }));
    expect(await read(response)).toEqual({ id: "abc", name: "Ada" });
    expect(await read(await app().request("/things?n=7"))).toEqual({ n: 7 });
  });

  it("answers 400 bad_json for a body that is not JSON", async () => {
    const response = await post("/things/abc", "{nope");
    expect(response.status).toBe(400);
    expect((await read(response)).error.code).toBe("bad_json");
  });

  it("answers 400 invalid_input naming the field, in the request's language", async () => {
    const english = await post("/things/abc", JSON.stringify({ name: "A" }));
    expect(english.status).toBe(400);
    const { error } = await read(english);
    expect(error.code).toBe("invalid_input");
    expect(error.message).toMatch(/^name: /);
    const german = await post("/things/abc", JSON.stringify({ name: "A" }), { "accept-language": "de" });
    expect((await read(german)).error.message).not.toBe(error.message);
    const query = await app().request("/things?n=x");
    expect(query.status).toBe(400);
    expect((await read(query)).error.message).toMatch(/^n: /);
  });

  it("checks the path before the body", async () => {
    const response = await post("/things/ABC", "{nope");
    expect(response.status).toBe(404);
    expect((await read(response)).error.code).toBe("not_found");
  });
});

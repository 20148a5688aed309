import { describe, expect, it } from "vitest";
import { ApiError, errorFromResponse } from "./http.ts";

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("errorFromResponse", () => {
  it("reads the server's code and message", async () => {
    const error = await errorFromResponse(json({ error: { code: "not_found", message: "Review not found" } }, 404));
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.message, error.status]).toEqual(["not_found", "Review not found", 404]);
  });

  it("classifies a body that is not an error envelope", async () => {
    expect((await errorFromResponse(new Response("<html>", { status: 502 }))).code).toBe("internal");
    expect((await errorFromResponse(json({ oops: true }, 400))).code).toBe("bad_response");
  });
});

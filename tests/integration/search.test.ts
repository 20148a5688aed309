import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@review/server";
import { SEARCH_ROUTE, searchResponseSchema, type SearchResponse } from "@review/shared";
import { ApiClient, expectStatus, signedInClient } from "../support/apiClient.ts";
import { postThread, reviewComments } from "../support/commentCommands.ts";
import { startHttpTestServer, type HttpTestServer } from "../support/httpTestServer.ts";

describe("search across what one may read", () => {
  let server: HttpTestServer;
  let elena: ApiClient;

  const search = async (client: ApiClient, q: string): Promise<SearchResponse> =>
    searchResponseSchema.parse(expectStatus(await client.get(`${SEARCH_ROUTE}?q=${encodeURIComponent(q)}`), 200, `search ${q}`).body);

  beforeAll(async () => {
    server = await startHttpTestServer({ backend: "pglite", seedDemo: true, registration: "open" });
    elena = new ApiClient(server);
    await elena.login({ email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD });
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("finds report passages regardless of case and accents, with the words around them", async () => {
    const found = await search(elena, "FORMER PARTICIPANTS");
    const passage = found.results.find((result) => result.kind === "report");
    expect(passage).toMatchObject({ match: "former participants", title: expect.any(String), reviewId: expect.any(String), paperId: null });
    expect(passage!.before).toMatch(/mentors are themselves $/);
    expect(passage!.find).toContain("former participants");
    expect((await search(elena, "vastra gotaland")).results.some((result) => result.match === "Västra Götaland")).toBe(true);
  });

  it("finds evidence cards with their factor and card, comments through their quote, and papers", async () => {
    const reviews = (expectStatus(await elena.get("/api/reviews"), 200, "reviews").body as { reviews: { id: string }[] }).reviews;
    await postThread(elena, reviewComments(reviews[0]!.id), { body: "Ask the zucchini cooperative about wages", quote: "former participants" });
    const comment = (await search(elena, "zucchini cooperative")).results;
    expect(comment).toHaveLength(1);
    expect(comment[0]).toMatchObject({ kind: "comment", find: "former participants", reviewId: reviews[0]!.id });

    const everything = await search(elena, "the");
    const kinds = new Set(everything.results.map((result) => result.kind));
    expect(kinds.has("report")).toBe(true);
    expect(everything.truncated).toBe(true);
    expect(everything.results).toHaveLength(50);

    const cards = (await search(elena, "focus group")).results.filter((result) => result.kind === "card");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards[0]).toMatchObject({ factorId: expect.any(String), cardId: expect.any(String), find: null });

    const paper = (await search(elena, "rarely on planning or evaluation")).results;
    expect(paper).toEqual([expect.objectContaining({ kind: "paper", paperId: expect.any(String), reviewId: null, match: "rarely on planning or evaluation" })]);
  });

  it("shows a stranger nothing of reviews they are not in, and refuses bad queries", async () => {
    const stranger = await signedInClient(server, "Stranger Stan");
    const found = await search(stranger, "former participants");
    expect(found.results.filter((result) => result.reviewId !== null)).toEqual([]);
    for (const q of ["", "a", "x".repeat(101)]) {
      const refused = await stranger.get(`${SEARCH_ROUTE}?q=${encodeURIComponent(q)}`);
      expect({ q: q.slice(0, 5), status: refused.status }).toEqual({ q: q.slice(0, 5), status: 400 });
    }
    expect((await new ApiClient(server).get(`${SEARCH_ROUTE}?q=former`)).status).toBe(401);
  });
});

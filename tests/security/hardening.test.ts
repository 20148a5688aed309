import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { API_ROUTES, BENCHMARK_ROUTES, IMPART_BENCHMARK, PAPER_ROUTES, REPORT_VERSION_ROUTES, reviewDocumentName } from "@review/shared";
import { addCard } from "@review/shared/board";
import { ApiClient, expectStatus, newAccount, signedInClient, type ApiResponse } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

const NUL = "\u0000";

/**
 * A POST sent from another loopback address (127.0.0.0/8 is all local on Linux), as a
 * client behind another IP would; the server sees that address as the peer.
 */
function postFrom(server: TestServer, localAddress: string, route: string, body: unknown): Promise<{ status: number; code: string | undefined }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: server.port,
        localAddress,
        method: "POST",
        path: route,
        headers: { host: `localhost:${server.port}`, origin: server.origin, "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          let code: string | undefined;
          try {
            code = JSON.parse(text)?.error?.code;
          } catch {
            code = undefined;
          }
          resolve({ status: res.statusCode ?? 0, code });
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

function expectInvalidInput(response: ApiResponse, what: string): void {
  expect({ what, status: response.status, code: response.body?.error?.code }, response.text).toEqual({ what, status: 400, code: "invalid_input" });
}

/** Issue 10 item 7: the smaller holes. */
describe.each(BACKENDS)("hardening (%s)", (backend) => {
  let server: TestServer;
  let clientDist: string;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    // A stand-in client build: the server only needs index.html and an asset.
    clientDist = await mkdtemp(path.join(tmpdir(), "review-dist-"));
    await mkdir(path.join(clientDist, "assets"));
    await writeFile(path.join(clientDist, "index.html"), "<!doctype html><html><head><title>Review</title></head><body><div id=root></div></body></html>");
    await writeFile(path.join(clientDist, "assets", "app-1234.js"), "console.log('app')");
    server = await startTestServer({ backend, clientDist });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
    await rm(clientDist, { recursive: true, force: true });
  });

  describe("the client's pages", () => {
    for (const page of ["/", "/index.html", "/reviews/abc"]) {
      it(`serves ${page} with the CSP and frame protection`, async () => {
        const response = await fetch(new URL(page, server.url));
        expect(response.status).toBe(200);
        expect(await response.text()).toContain("<div id=root>");
        expect(response.headers.get("content-security-policy") ?? "").toContain("frame-ancestors 'none'");
        expect(response.headers.get("content-security-policy") ?? "").toContain("script-src 'self'");
        expect(response.headers.get("x-frame-options")).toBe("DENY");
      });
    }
  });

  describe("NUL bytes in user text", () => {
    it("answers 400 invalid_input, never 500, wherever text is stored", async () => {
      // The first account is the network's administrator; it also moderates a review.
      const admin = await signedInClient(server, "Admin Ada");
      const review = await admin.createReview({ title: "NUL checks", hostProject: "Host" });
      const anonymous = new ApiClient(server);

      expectInvalidInput(await anonymous.post(API_ROUTES.register, { ...newAccount("Nul"), name: `Nul${NUL}Name` }), "register name");
      expectInvalidInput(await anonymous.post(API_ROUTES.register, { ...newAccount("Nul code"), invitation: `abc${NUL}` }), "register invitation");
      expectInvalidInput(await admin.post(API_ROUTES.reviews, { title: `Title${NUL}`, hostProject: "Host" }), "review title");
      expectInvalidInput(await admin.post(API_ROUTES.reviews, { title: "Title", hostProject: `Host${NUL}` }), "review host project");
      expectInvalidInput(await admin.post(API_ROUTES.reviews, { title: "Title", hostProject: "Host", country: `X${NUL}` }), "review country");
      expectInvalidInput(await admin.request("PATCH", API_ROUTES.review(review.id), { title: `Renamed${NUL}` }), "review title patch");
      expectInvalidInput(await admin.request("PATCH", API_ROUTES.review(review.id), { country: `Country${NUL}` }), "review country patch");
      expectInvalidInput(await admin.post(PAPER_ROUTES.list, { title: `Paper${NUL}` }), "paper title");
      expectInvalidInput(await admin.post(PAPER_ROUTES.list, { title: "Paper", summary: `Sum${NUL}mary` }), "paper summary");
      expectInvalidInput(await admin.post(REPORT_VERSION_ROUTES.list(review.id), { label: `Draft${NUL}` }), "version label");

      const benchmark = structuredClone(IMPART_BENCHMARK) ;
      benchmark.id = "nul-bench";
      benchmark.modules[0]!.factors[0]!.name = `Factor${NUL}`;
      expectInvalidInput(await admin.post(BENCHMARK_ROUTES.import, benchmark), "benchmark factor name");
      const labelled = structuredClone(IMPART_BENCHMARK) ;
      labelled.id = "nul-version";
      labelled.version = `v${NUL}1`;
      expectInvalidInput(await admin.post(BENCHMARK_ROUTES.import, labelled), "benchmark version");

      // Route parameters and queries reach the database as text too.
      expectInvalidInput(await admin.get(API_ROUTES.review(NUL)), "review id");
      expectInvalidInput(await admin.request("DELETE", API_ROUTES.reviewMember(review.id, NUL)), "member id");
      expectInvalidInput(await admin.get(BENCHMARK_ROUTES.export("impart", NUL)), "benchmark version query");

      // Nothing was half-written: the server still answers and the review is unchanged.
      const after = expectStatus(await admin.get(API_ROUTES.review(review.id)), 200, "review").body.review;
      expect(after.title).toBe("NUL checks");
    });
  });

  describe("coded excerpts as CSV", () => {
    it("neutralises cells that start with whitespace followed by = + - @", async () => {
      const team = await createTeam(server, { peer: "peer" });
      const board = connectDoc(server, team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
      const watcher = connectDoc(server, team.members.peer.cookieHeader, reviewDocumentName(team.reviewId, "board"));
      clients.push(board, watcher);
      await Promise.all([board.whenSynced(), watcher.whenSynced()]);
      const hostile = [" =HYPERLINK(\"http://evil.example\",\"x\")", "\n+1+1", "\t@SUM(A1)", "\r-2+3", "  \n =1"];
      for (const text of hostile) {
        addCard(board.doc, "core-2", { text, source: "interview", sourceLabel: text, tests: [0], stance: "supports", visitDay: 1 }, { author: team.moderator.user!.id });
      }
      await waitFor(() => Y.encodeStateVector(watcher.doc).join() === Y.encodeStateVector(board.doc).join(), { description: "the cards to reach the server" });

      const csv = await team.members.peer.get(`${API_ROUTES.review(team.reviewId)}/report/export?format=csv`);
      expect(csv.status).toBe(200);
      const cells = parseCsv(csv.text.replace(/^\uFEFF/, ""));
      const written = cells.flat().filter((cell) => hostile.some((text) => cell.endsWith(text)));
      expect(written.length).toBe(hostile.length * 2);
      for (const cell of written) expect(cell.startsWith("'"), JSON.stringify(cell)).toBe(true);
    });
  });

  describe("sign-in lockout", () => {
    it("locks an email per address: the right password still works from another address, and each address is limited overall", async () => {
      const account = newAccount("Locked Lena");
      await new ApiClient(server).register(account);
      const statuses: number[] = [];
      for (let i = 0; i < 25 && !statuses.includes(429); i++) {
        statuses.push((await postFrom(server, "127.0.0.3", API_ROUTES.login, { email: account.email, password: `wrong-${i}-password` })).status);
      }
      expect(statuses).toContain(429);
      // The attacker's address stays locked out, even with the right password.
      expect(await postFrom(server, "127.0.0.3", API_ROUTES.login, { email: account.email, password: account.password })).toEqual({ status: 429, code: "rate_limited" });
      // The owner, elsewhere, signs in.
      expect((await postFrom(server, "127.0.0.2", API_ROUTES.login, { email: account.email, password: account.password })).status).toBe(200);

      // One address trying many emails is still limited overall.
      const sprayed: number[] = [];
      for (let i = 0; i < 150 && !sprayed.includes(429); i++) {
        sprayed.push((await postFrom(server, "127.0.0.4", API_ROUTES.login, { email: `spray.${i}@example.test`, password: "wrong-password-1" })).status);
      }
      expect(sprayed).toContain(429);
    });
  });

  describe("whether an email has an account", () => {
    it("registering a taken email is refused like any other refusal, without saying the email is taken", async () => {
      const account = newAccount("Existing Erin");
      await new ApiClient(server).register(account);
      const taken = await new ApiClient(server).post(API_ROUTES.register, { ...account, name: "Someone else" });
      const badInvitation = await new ApiClient(server).post(API_ROUTES.register, { ...newAccount("Fresh Fred"), invitation: "aaaaaaaaaaaaaaaaaaaa" });
      expect(taken.status).toBeGreaterThanOrEqual(400);
      expect(taken.status).toBeLessThan(500);
      expect({ status: taken.status, body: taken.body }).toEqual({ status: badInvitation.status, body: badInvitation.body });
      expect(taken.text).not.toMatch(/taken|exists|already/i);
    });

    it("adding a known and an unknown email to a review answers alike; the unknown one gets an invitation for that address", async () => {
      const team = await createTeam(server, {});
      const known = await signedInClient(server, "Known Kim");
      const unknownEmail = newAccount("Unknown Uma").email;
      const a = await team.moderator.post(API_ROUTES.reviewMembers(team.reviewId), { email: known.user!.email, role: "peer" });
      const b = await team.moderator.post(API_ROUTES.reviewMembers(team.reviewId), { email: unknownEmail, role: "peer" });
      expect(a.status).toBe(b.status);
      expect(a.status).toBeLessThan(300);
      expect(shape(a.body)).toEqual(shape(b.body));
      expect(JSON.stringify(a.body).replace(known.user!.email, "EMAIL")).toBe(JSON.stringify(b.body).replace(unknownEmail, "EMAIL"));

      const invitations = expectStatus(await team.moderator.get(API_ROUTES.reviewInvitations(team.reviewId)), 200, "invitations").body.invitations as { email: string | null; role: string }[];
      expect(invitations).toContainEqual(expect.objectContaining({ email: unknownEmail, role: "peer" }));
      expect((await known.get(API_ROUTES.review(team.reviewId))).status).toBe(200);
    });
  });
});

/** Keys and value types, recursively: what a client could tell two answers apart by besides the values. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  return typeof value;
}

/** RFC 4180 CSV into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

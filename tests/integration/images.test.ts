import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { API_ROUTES, IMAGE_LIMITS, IMAGE_ROUTES, PAPER_ROUTES, paperDocumentName, reportExportPath, reviewDocumentName, uploadImageResponseSchema } from "@review/shared";
import { connectDoc } from "../support/collabClient.ts";
import { waitFor } from "../support/waitFor.ts";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { createTeam, type Team } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";

/** A valid 1x1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);
const JPEG_START = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

function upload(client: ApiClient, docName: string, bytes: Uint8Array<ArrayBuffer>, type = "image/png") {
  return client.post(IMAGE_ROUTES.upload(docName), undefined, { rawBody: bytes, headers: { "content-type": type } });
}

describe.each(BACKENDS)("images in reports and papers on %s", (backend) => {
  let server: TestServer;
  let team: Team<"peer" | "host">;
  let outsider: ApiClient;
  let report: string;

  beforeAll(async () => {
    server = await startTestServer({ backend, registration: "open" });
    team = await createTeam(server, { peer: "peer", host: "host" });
    outsider = await signedInClient(server, "Outsider Olga");
    report = reviewDocumentName(team.reviewId, "report");
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("a writer of the report uploads an image; every member reads it, nobody else does", async () => {
    const created = uploadImageResponseSchema.parse(expectStatus(await upload(team.members.peer, report, PNG), 201, "upload").body);
    expect(created.image).toMatchObject({ src: IMAGE_ROUTES.one(created.image.id), contentType: "image/png", byteSize: PNG.byteLength });

    for (const reader of [team.moderator, team.members.peer, team.members.host]) {
      const served = await reader.get(created.image.src);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/png");
      expect(served.headers.get("cache-control")).toContain("private");
      expect(served.headers.get("content-security-policy")).toContain("sandbox");
      expect(served.headers.get("x-content-type-options")).toBe("nosniff");
      expect(Buffer.from(served.bytes).equals(Buffer.from(PNG))).toBe(true);
    }
    const stranger = await outsider.get(created.image.src);
    expect([stranger.status, stranger.body.error.reason]).toEqual([404, "image_not_found"]);
    const signedOut = await fetch(new URL(created.image.src, server.url));
    expect(signedOut.status).toBe(401);
  });

  it("refuses readers, strangers and documents that hold no images", async () => {
    const host = await upload(team.members.host, report, PNG);
    expect([host.status, host.body.error.reason]).toEqual([403, "document_read_only"]);
    const stranger = await upload(outsider, report, PNG);
    expect([stranger.status, stranger.body.error.reason]).toEqual([404, "review_not_found"]);
    for (const docName of [reviewDocumentName(team.reviewId, "board"), reviewDocumentName(team.reviewId, "comments"), "nonsense", ""]) {
      const refused = await upload(team.moderator, docName, PNG);
      expect({ docName, status: refused.status }).toEqual({ docName, status: 404 });
    }
    const signedOut = await fetch(new URL(IMAGE_ROUTES.upload(report), server.url), { method: "POST", body: PNG, headers: { "content-type": "image/png", origin: server.origin } });
    expect(signedOut.status).toBe(401);
  });

  it("takes only raster images whose bytes say what they are, up to the size limit", async () => {
    const svg = await upload(team.moderator, report, SVG, "image/svg+xml");
    expect([svg.status, svg.body.error.reason]).toEqual([400, "image_type_unsupported"]);
    const disguisedSvg = await upload(team.moderator, report, SVG, "image/png");
    expect([disguisedSvg.status, disguisedSvg.body.error.reason]).toEqual([400, "image_type_unsupported"]);
    const mislabelled = await upload(team.moderator, report, JPEG_START, "image/png");
    expect([mislabelled.status, mislabelled.body.error.reason]).toEqual([400, "image_type_unsupported"]);
    const empty = await upload(team.moderator, report, new Uint8Array(0));
    expect([empty.status, empty.body.error.reason]).toEqual([400, "image_empty"]);

    const huge = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    huge.set(PNG);
    const tooLarge = await upload(team.moderator, report, huge);
    expect([tooLarge.status, tooLarge.body.error.reason, tooLarge.body.error.params]).toEqual([413, "image_too_large", { mib: 5 }]);
    // A JPEG declared as such is fine (the type comes from the bytes).
    expect((await upload(team.moderator, report, JPEG_START, "image/jpeg")).status).toBe(201);
  });

  it("a final report takes no new images, not even from its moderator", async () => {
    const finalTeam = await createTeam(server, { peer: "peer" });
    const finalReport = reviewDocumentName(finalTeam.reviewId, "report");
    expectStatus(await finalTeam.moderator.post(API_ROUTES.reportStatus(finalTeam.reviewId), { status: "host_review" }), 200, "to host");
    expectStatus(await finalTeam.moderator.post(API_ROUTES.reportStatus(finalTeam.reviewId), { status: "final" }), 200, "final");
    const refused = await upload(finalTeam.moderator, finalReport, PNG);
    expect([refused.status, refused.body.error.reason]).toEqual([403, "document_read_only"]);
  });

  it("a paper's authors add images; every network member reads them; others may not add", async () => {
    const created = expectStatus(await team.moderator.post(PAPER_ROUTES.list, { title: "Images across reviews" }), 201, "paper").body;
    const paper = paperDocumentName(created.paper.id);
    const image = uploadImageResponseSchema.parse(expectStatus(await upload(team.moderator, paper, PNG), 201, "author uploads").body);
    expect((await outsider.get(image.image.src)).status).toBe(200);
    const notAuthor = await upload(outsider, paper, PNG);
    expect([notAuthor.status, notAuthor.body.error.reason]).toEqual([403, "document_read_only"]);
  });

  it("an export embeds the report's own images; an image id taken from another review stays out", async () => {
    const own = uploadImageResponseSchema.parse(expectStatus(await upload(team.moderator, report, PNG), 201, "own").body).image;
    const other = await createTeam(server, { peer: "peer" });
    const foreign = uploadImageResponseSchema.parse(expectStatus(await upload(other.moderator, reviewDocumentName(other.reviewId, "report"), PNG), 201, "foreign").body).image;
    const writer = connectDoc(server, team.moderator.cookieHeader, report);
    try {
      await writer.whenSynced();
      writer.doc.transact(() => {
        const nodes = [
          ["Our site visit", own.src],
          ["Their poster", foreign.src],
        ].map(([alt, src]) => {
          const element = new Y.XmlElement("image");
          element.setAttribute("src", src!);
          element.setAttribute("alt", alt!);
          return element;
        });
        writer.fragment.insert(writer.fragment.length, nodes);
      });
      await waitFor(async () => (await team.moderator.get(reportExportPath(team.reviewId, "html"))).text.includes("Their poster"), { description: "the export to hold both images" });
    } finally {
      writer.destroy();
    }
    const html = (await team.members.host.get(reportExportPath(team.reviewId, "html"))).text;
    expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(1);
    expect(html).toContain('alt="Our site visit"');
    expect(html).toContain("<p>[Their poster]</p>");
  });
});

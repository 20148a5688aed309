import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  PAPER_ROUTES,
  PAPER_VERSION_ROUTES,
  paperDocumentName,
  paperResponseSchema,
  versionListResponseSchema,
  versionResponseSchema,
} from "@review/shared";
import { expectStatus, signedInClient, type ApiClient } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { appendParagraph, paragraphTexts } from "../support/reportContent.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

/**
 * Issue 13, item 6: policy papers get what reports have. Version history (named, status and
 * restore versions, readers read it, writers name and restore), a status draft -> steering
 * group review -> published that locks the text for everyone on the server, and exports.
 */
describe.each(BACKENDS)("a policy paper's history, status and exports (%s)", (backend) => {
  let server: TestServer;
  /** The network's first account: its administrator, who writes every paper. */
  let admin: ApiClient;
  let reader: ApiClient;
  const clients: CollabClient[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ backend });
    admin = await signedInClient(server, "Admin Ada");
    reader = await signedInClient(server, "Member Max");
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  async function newPaper(title: string, text: string): Promise<{ id: string; writer: CollabClient }> {
    const created = expectStatus(await admin.post(PAPER_ROUTES.list, { title, summary: "What the reviews of 2026 say" }), 201, "create paper");
    const { paper } = paperResponseSchema.parse(created.body);
    expect(paper.status).toBe("draft");
    const writer = connect(admin.cookieHeader, paperDocumentName(paper.id));
    await writer.whenSynced();
    appendParagraph(writer.doc, text);
    await waitFor(async () => (await admin.get(PAPER_VERSION_ROUTES.current(paper.id))).status === 200, { description: "the current text" });
    return { id: paper.id, writer };
  }

  const setStatus = (client: ApiClient, id: string, status: string) => client.request("PUT", PAPER_VERSION_ROUTES.status(id), { status });

  it("readers list and read the history; only writers name and restore versions", async () => {
    const { id, writer } = await newPaper("Mentoring across regions", "Mentoring works where employers take part.");
    await waitFor(async () => {
      const named = await admin.post(PAPER_VERSION_ROUTES.list(id), { label: "For the steering group" });
      return named.status === 201;
    }, { description: "naming the first version" });

    const asReader = versionListResponseSchema.parse(expectStatus(await reader.get(PAPER_VERSION_ROUTES.list(id)), 200, "reader lists").body);
    expect(asReader.canWrite).toBe(false);
    expect(asReader.versions.map((version) => version.label)).toContain("For the steering group");
    const named = asReader.versions.find((version) => version.label === "For the steering group")!;
    expectStatus(await reader.get(PAPER_VERSION_ROUTES.one(id, named.id)), 200, "reader reads a version");

    const refusedName = await reader.post(PAPER_VERSION_ROUTES.list(id), { label: "Mine" });
    expect(refusedName.status).toBe(403);
    expect(refusedName.body).toMatchObject({ error: { reason: "paper_versions_by_writers" } });
    expect((await reader.post(PAPER_VERSION_ROUTES.restore(id, named.id))).status).toBe(403);
    expect((await admin.get(PAPER_VERSION_ROUTES.one(id, "nosuchversion00"))).status).toBe(404);

    // The writer changes the text, then restores the named version: everyone's copy follows.
    writer.doc.transact(() => appendParagraph(writer.doc, "A sentence to take back."));
    await waitFor(async () => (await admin.get(PAPER_VERSION_ROUTES.current(id))).text.length > 0, { description: "the change stored" });
    const restored = versionResponseSchema.parse(expectStatus(await admin.post(PAPER_VERSION_ROUTES.restore(id, named.id)), 200, "restore").body);
    expect(restored.version).toMatchObject({ kind: "restore", restoredFrom: named.id });
    await waitFor(() => !paragraphTexts(writer.doc).includes("A sentence to take back."), { description: "the restore reaching the writer" });
    expect(paragraphTexts(writer.doc)).toContain("Mentoring works where employers take part.");
  });

  it("writers move the status; published locks the text for everyone, records a version, and refuses restores until reopened", async () => {
    const { id } = await newPaper("Validation pathways", "Validation opens doors to regional jobs.");

    const refused = await setStatus(reader, id, "steering_review");
    expect(refused.status).toBe(403);
    expect((await setStatus(admin, id, "draft")).body).toMatchObject({ error: { code: "invalid_transition", reason: "paper_status_unchanged" } });
    expect((await admin.request("PUT", PAPER_VERSION_ROUTES.status(id), { status: "archived" })).status).toBe(400);
    expect((await admin.request("PUT", PAPER_VERSION_ROUTES.status(id), { status: "published", extra: 1 })).status).toBe(400);

    const review = paperResponseSchema.parse(expectStatus(await setStatus(admin, id, "steering_review"), 200, "to steering review").body);
    expect(review.paper.status).toBe("steering_review");
    const published = paperResponseSchema.parse(expectStatus(await setStatus(admin, id, "published"), 200, "publish").body);
    expect(published.paper.status).toBe("published");
    expect(paperResponseSchema.parse((await reader.get(PAPER_ROUTES.one(id))).body).paper.status).toBe("published");

    const versions = versionListResponseSchema.parse((await admin.get(PAPER_VERSION_ROUTES.list(id))).body).versions;
    expect(versions.filter((version) => version.kind === "status").map((version) => version.label)).toEqual(["published", "steering_review"]);

    // The writer reconnects (its socket was closed with 4409) and may only read: its update is dropped.
    const writer = connect(admin.cookieHeader, paperDocumentName(id));
    await writer.whenSynced();
    appendParagraph(writer.doc, "Written after publishing.");
    await waitFor(() => writer.permissionDenied().length > 0, { description: "the server refusing the write" });
    const check = connect(reader.cookieHeader, paperDocumentName(id));
    await check.whenSynced();
    expect(paragraphTexts(check.doc)).toEqual(["Validation opens doors to regional jobs."]);

    const restore = await admin.post(PAPER_VERSION_ROUTES.restore(id, versions[0]!.id));
    expect(restore.status).toBe(409);
    expect(restore.body).toMatchObject({ error: { code: "paper_published", reason: "paper_published_no_restore" } });
    expect((await setStatus(admin, id, "steering_review")).body).toMatchObject({ error: { reason: "paper_status_transition_refused" } });

    expect(paperResponseSchema.parse(expectStatus(await setStatus(admin, id, "draft"), 200, "reopen").body).paper.status).toBe("draft");
    const again = connect(admin.cookieHeader, paperDocumentName(id));
    await again.whenSynced();
    appendParagraph(again.doc, "Written after reopening.");
    await waitFor(() => paragraphTexts(check.doc).includes("Written after reopening."), { description: "the reopened paper taking writes" });
  });

  it("parallel status changes: exactly one wins, one status version is recorded, the rest are refused", async () => {
    const { id } = await newPaper("Racing to publish", "Only one publication may happen.");
    const attempts = await Promise.all(Array.from({ length: 8 }, () => setStatus(admin, id, "published")));
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(attempts.length - 1);
    for (const refused of attempts.filter((attempt) => attempt.status !== 200)) {
      expect(refused.body).toMatchObject({ error: { code: "invalid_transition" } });
    }
    const versions = versionListResponseSchema.parse((await admin.get(PAPER_VERSION_ROUTES.list(id))).body).versions;
    expect(versions.filter((version) => version.kind === "status").map((version) => version.label)).toEqual(["published"]);
  });

  it("exports the paper as Markdown, HTML and Word with its title block, for every account, in the asked language", async () => {
    const { id } = await newPaper("Forum *and* mainstreaming", "The forum gives newcomers a voice.");
    await waitFor(async () => (await reader.get(`${PAPER_VERSION_ROUTES.export(id)}?format=md`)).text.includes("The forum gives newcomers a voice."), {
      description: "the text in the export",
    });
    const md = await reader.get(`${PAPER_VERSION_ROUTES.export(id)}?format=md`);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(md.headers.get("content-disposition")).toContain("policy-paper.md");
    expect(md.text).toContain("# Forum \\*and\\* mainstreaming");
    expect(md.text).toContain("*Policy paper*");
    expect(md.text).toContain("**Authors:** Admin Ada");
    expect(md.text).toContain("**Paper status:** Draft");

    const html = await reader.get(`${PAPER_VERSION_ROUTES.export(id)}?format=html&lang=de`);
    expect(html.headers.get("content-security-policy")).toContain("sandbox");
    expect(html.text).toContain('<html lang="de">');
    expect(html.text).toContain("Positionspapier");
    expect(html.text).toContain("The forum gives newcomers a voice.");

    const docx = await reader.get(`${PAPER_VERSION_ROUTES.export(id)}?format=docx&lang=es`);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect(docx.headers.get("content-disposition")).toContain("documento-de-politicas.docx");
    expect(docx.bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

    expect((await reader.get(`${PAPER_VERSION_ROUTES.export(id)}?format=csv`)).status).toBe(400);
    expect((await reader.get(`${PAPER_VERSION_ROUTES.export(id)}?format=md&lang=fr`)).status).toBe(400);
    expect((await reader.get(`${PAPER_VERSION_ROUTES.export("aaaaaaaaaaaaaaaa")}?format=md`)).status).toBe(404);
  });
});

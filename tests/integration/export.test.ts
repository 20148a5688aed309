import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { API_ROUTES, codedExcerptsSchema, reviewDocumentName } from "@review/shared";
import { addCard } from "@review/shared/board";
import { readRecommendationDecisions, writeRecommendationDecision } from "@review/shared/self";
import { ApiClient, signedInClient } from "../support/apiClient.ts";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { reportXml } from "../support/reportContent.ts";
import { createTeam, type Team } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

// The report as Tiptap writes it through y-prosemirror: one Y.XmlElement per node (attrs as
// attributes), text in Y.XmlText with marks as formatting attributes { [mark]: attrs }.
type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] } | { type: "text"; text: string; marks?: Record<string, object> };
const t = (text: string, marks: Record<string, object> = {}): Node => ({ type: "text", text, marks });
const el = (type: string, content: Node[] = [], attrs: Record<string, unknown> = {}): Node => ({ type, attrs, content });
const p = (...content: Node[]) => el("paragraph", content);
const li = (text: string) => el("listItem", [p(t(text))]);
const linkMark = (href: string) => ({ link: { href, target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null } });

function toY(nodes: Node[]): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = [];
  let run: { text: string; marks?: Record<string, object> }[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = new Y.XmlText();
    text.applyDelta(run.map((node) => ({ insert: node.text, attributes: node.marks ?? {} })));
    out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if ("text" in node) {
      run.push(node);
      continue;
    }
    flush();
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) element.setAttribute(key, value as string);
    element.insert(0, toY(node.content ?? []));
    out.push(element);
  }
  flush();
  return out;
}

const REPORT: Node[] = [
  el("heading", [t("Findings")], { level: 1 }),
  el("heading", [t("Core 2: Migrant voice")], { level: 2 }),
  p(t("Participants said the mentors are "), t("former participants", { bold: {} }), t(" ("), t("interview 3", { italic: {} }), t(").")),
  p(t("Mentors shape the programme", { factor: { factorIds: ["core-2"] } }), t(" and "), t("the project site", linkMark("https://example.org/pathways")), t(".")),
  el("bulletList", [li("Record feedback in the steering group minutes."), el("listItem", [p(t("Publish the mentor scheme."))], { recommendationId: "rec-publish" })]),
  el("orderedList", [li("First step"), li("Second step")], { start: 1 }),
  el("blockquote", [p(t("We were heard for the first time."))]),
  el("heading", [t("Hostile content")], { level: 3 }),
  p(t("<script>alert(1)</script>")),
  p(t("<img src=x onerror=alert(1)>")),
  p(t("JS link", linkMark("  JaVaScRiPt:alert(1)"))),
  p(t("data link", linkMark("data:text/html,<script>alert(1)</script>"))),
  p(t("quoted link", linkMark('https://example.org/?q="><script>alert(1)</script>'))),
  p(t('say "hello" and \'bye\' & <b>bold?</b>')),
  p(t("[x](javascript:alert(1))")),
  el("iframe", [p(t("inside unknown"))], { src: "javascript:alert(1)" }),
];

const HEADINGS = { 1: ["Findings"], 2: ["Core 2: Migrant voice"], 3: ["Hostile content"] };

type Download = { status: number; headers: Headers; bytes: Uint8Array; text: string };

describe.each(BACKENDS)("report export (%s)", (backend) => {
  let server: TestServer;
  let team: Team<"peer" | "host">;
  const clients: CollabClient[] = [];

  const exportPath = (format: string, reviewId = team.reviewId) =>
    `${API_ROUTES.review(reviewId)}/report/export${format === "" ? "" : `?format=${encodeURIComponent(format)}`}`;

  /** GETs a path as `client` and keeps the body's bytes (ApiClient decodes bodies as text). */
  async function download(client: ApiClient, path: string): Promise<Download> {
    const headers: Record<string, string> = { origin: server.origin };
    if (client.cookieHeader) headers.cookie = client.cookieHeader;
    const response = await fetch(new URL(path, server.url), { headers });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) };
  }

  beforeAll(async () => {
    server = await startTestServer({ backend });
    team = await createTeam(server, { peer: "peer", host: "host" });

    // A peer writes the report through the same provider the browser uses; the moderator
    // watches, so the server has applied (and stored) every update once the moderator has it.
    const writer = connectDoc(server, team.members.peer.cookieHeader, team.reportDoc);
    const watcher = connectDoc(server, team.moderator.cookieHeader, team.reportDoc);
    clients.push(writer, watcher);
    await Promise.all([writer.whenSynced(), watcher.whenSynced()]);
    writer.doc.transact(() => writer.fragment.insert(0, toY(REPORT)));
    await waitFor(() => reportXml(watcher.doc) === reportXml(writer.doc), { description: "the moderator to receive the report" });

    // A team rating on the board, for the rating table.
    const board = connectDoc(server, team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    const boardWatcher = connectDoc(server, team.members.peer.cookieHeader, reviewDocumentName(team.reviewId, "board"));
    clients.push(board, boardWatcher);
    await Promise.all([board.whenSynced(), boardWatcher.whenSynced()]);
    const card = addCard(
      board.doc,
      "core-2",
      { text: "Mentors are former participants", source: "interview", sourceLabel: "Participant P3", tests: [0], stance: "supports", visitDay: 1 },
      { author: team.moderator.user!.id },
    );
    await waitFor(() => Y.encodeStateVector(boardWatcher.doc).join() === Y.encodeStateVector(board.doc).join(), { description: "the card to reach the server" });
    const rated = await team.moderator.rateFactor(team.reviewId, "core-2", { rating: "partly", rationale: "Heard in two interviews", cites: [card.id] });
    expect(rated.status).toBe(204);

    // The host's decision on the marked recommendation, for the decision table.
    const self = connectDoc(server, team.members.host.cookieHeader, reviewDocumentName(team.reviewId, "self"));
    const selfWatcher = connectDoc(server, team.moderator.cookieHeader, reviewDocumentName(team.reviewId, "self"));
    clients.push(self, selfWatcher);
    await Promise.all([self.whenSynced(), selfWatcher.whenSynced()]);
    writeRecommendationDecision(self.doc, "rec-publish", { decision: "consider", note: "After the <b>2027</b> budget" }, { by: team.members.host.user!.id });
    await waitFor(() => readRecommendationDecisions(selfWatcher.doc).has("rec-publish"), { description: "the decision to reach the server" });
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.cleanup();
  });

  it("exports Markdown with structure and hostile content inert", async () => {
    const response = await download(team.members.peer, exportPath("md"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="study-visit-findings-report.md"');
    const md = response.text;
    expect(md.startsWith("# Study visit\n")).toBe(true);
    expect(md).toContain("**Host project:** Integrated pathways");
    expect(md).toContain("# Findings\n\n## Core 2: Migrant voice\n");
    expect(md).toContain("Participants said the mentors are **former participants** (*interview 3*).");
    expect(md).toContain("Mentors shape the programme \\[Core 2 Migrant Voice\\] and [the project site](https://example.org/pathways).");
    expect(md).toContain("- Record feedback in the steering group minutes.\n- Publish the mentor scheme.\n");
    expect(md).toContain("1. First step\n2. Second step\n");
    expect(md).toContain("> We were heard for the first time.\n");
    expect(md).toContain("| Core 2 Migrant Voice | Core | Partly matched |");
    expect(md).toContain("## The host's decisions on the recommendations");
    expect(md).toContain("| Publish the mentor scheme. | Consider | After the \\<b>2027\\</b> budget |");
    // Hostile text is escaped: no raw HTML tag, no link syntax in front of a dangerous scheme.
    expect(md).not.toMatch(/(?<!\\)<(script|img|iframe|b)\b/i);
    expect(md).not.toMatch(/(?<!\\)\]\(\s*<?\s*(javascript|data|vbscript):/i);
    expect(md).toContain("\\[x\\](javascript:alert(1))");
    expect(md).toContain("\nJS link\n");
    expect(md).toContain("\ndata link\n");
    expect(md).toContain("inside unknown");
  });

  it("exports sanitised standalone HTML", async () => {
    const response = await download(team.members.host, exportPath("html"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:;.*\bsandbox\b/);
    expect(response.headers.get("content-disposition")).toBe('inline; filename="study-visit-findings-report.html"');
    const html = response.text;
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`);
    expect(html).toContain("<h1>Findings</h1>");
    expect(html).toContain("<h2>Core 2: Migrant voice</h2>");
    expect(html).toContain("<h3>Hostile content</h3>");
    expect(html).toContain("<ul><li><p>Record feedback in the steering group minutes.</p></li><li><p>Publish the mentor scheme.</p></li></ul>");
    expect(html).toContain("<ol><li><p>First step</p></li><li><p>Second step</p></li></ol>");
    expect(html).toContain("<blockquote><p>We were heard for the first time.</p></blockquote>");
    expect(html).toContain("<strong>former participants</strong>");
    expect(html).toContain("<em>interview 3</em>");
    expect(html).toContain('<td class="rating rating--partly">Partly matched</td>');
    // Hostile content is text, never markup.
    expect(html).not.toMatch(/<script|<img|<iframe|<b>/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(html).toContain("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
    expect(html).toContain("<p>say &quot;hello&quot; and &#39;bye&#39; &amp; &lt;b&gt;bold?&lt;/b&gt;</p>");
    expect(html).toContain("<p>JS link</p>");
    expect(html).toContain("<p>data link</p>");
    const hrefs = [...html.matchAll(/\shref\s*=\s*"([^"]*)"/gi)].map((match) => match[1]!);
    expect(hrefs).toEqual(["https://example.org/pathways", "https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"]);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  });

  it("exports a DOCX that opens, with the headings in Word's heading styles", async () => {
    const response = await download(team.moderator, exportPath("docx"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="study-visit-findings-report.docx"');
    const files = unzipSync(response.bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]));
    const xml = strFromU8(files["word/document.xml"]!);
    const paragraphs = [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => ({
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(match[1]!)?.[1] ?? null,
      text: [...match[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(""),
    }));
    expect(paragraphs).toContainEqual({ style: "Title", text: "Study visit" });
    for (const [level, texts] of Object.entries(HEADINGS)) {
      for (const text of texts) expect(paragraphs).toContainEqual({ style: `Heading${level}`, text });
    }
    expect(strFromU8(files["word/styles.xml"]!)).toMatch(/w:styleId="Heading2"/);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(expect.arrayContaining(["Record feedback in the steering group minutes.", "We were heard for the first time."]));
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(xml).not.toMatch(/<script|<img/i);
    const rels = strFromU8(files["word/_rels/document.xml.rels"]!);
    const external = [...rels.matchAll(/Target="([^"]*)" TargetMode="External"/g)].map((match) => match[1]);
    expect(external.sort()).toEqual(["https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "https://example.org/pathways"]);
    expect(xml).toContain("Partly matched");
  });

  it("exports coded excerpts per factor as JSON and CSV, sources as written and no author ids", async () => {
    const json = await download(team.members.host, exportPath("json"));
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("content-disposition")).toBe('attachment; filename="study-visit-coded-excerpts.json"');
    const excerpts = codedExcerptsSchema.parse(JSON.parse(json.text));
    expect(excerpts.codes.map((code) => code.factorId)).toEqual(["core-2"]);
    expect(excerpts.codes[0]).toMatchObject({ code: "Core 2", name: "Migrant Voice", rating: "partly" });
    expect(excerpts.codes[0]!.excerpts).toEqual([
      { kind: "report", text: "Mentors shape the programme", section: "Core 2: Migrant voice" },
      { kind: "evidence", text: "Mentors are former participants", source: "interview", sourceLabel: "Participant P3", stance: "supports", tests: [1], visitDay: 1 },
    ]);
    expect(json.text).not.toContain(team.moderator.user!.id);

    const csv = await download(team.members.peer, exportPath("csv"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = csv.text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toEqual([
      "code,factor,module,team_rating,kind,excerpt,section,source,source_label,stance,tests,visit_day",
      "Core 2,Migrant Voice,Core,Partly matched,report,Mentors shape the programme,Core 2: Migrant voice,,,,,",
      "Core 2,Migrant Voice,Core,Partly matched,evidence,Mentors are former participants,,interview,Participant P3,supports,1,1",
    ]);
  });

  it("exports in the language of the user who exports, or the one ?lang= names", async () => {
    const greta = await signedInClient(server, "Greta Gast");
    expect((await greta.request("PUT", API_ROUTES.myLocale, { locale: "de" })).status).toBe(200);
    await team.moderator.addMember(team.reviewId, greta.user!.email, "partner");
    const today = (tag: string) => new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date());
    const germanDates = [today("de-DE")];

    const md = await download(greta, exportPath("md"));
    germanDates.push(today("de-DE"));
    expect(md.status).toBe(200);
    expect(md.headers.get("content-disposition")).toBe('attachment; filename="study-visit-ergebnisbericht.md"');
    expect(md.text.startsWith("# Study visit\n\n*Ergebnisbericht*\n")).toBe(true);
    expect(md.text).toContain("**Gastprojekt:** Integrated pathways");
    expect(germanDates.map((date) => `*Exportiert am ${date}*`).some((line) => md.text.includes(line))).toBe(true);
    expect(md.text).toMatch(/\*Exportiert am \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}\*/);
    expect(md.text).toContain("## Teambewertungen\n\n| Kritischer Faktor | Modul | Teambewertung |");
    expect(md.text).toContain("| Kern 2 Migrant Voice | Core | Teilweise erfüllt |");
    expect(md.text).toContain("| Publish the mentor scheme. | Prüfen | After the \\<b>2027\\</b> budget |");
    // The team's own text stays as written.
    expect(md.text).toContain("# Findings\n\n## Core 2: Migrant voice\n");
    expect(md.text).not.toMatch(/Findings report|Exported on|Team rating|Host project/);

    const html = await download(greta, exportPath("html"));
    expect(html.status).toBe(200);
    expect(html.text).toContain('<html lang="de">');
    expect(html.text).toContain('<p class="eyebrow">Ergebnisbericht</p>');
    expect(html.text).toMatch(/<p class="exported">Exportiert am \d{1,2}\. \p{L}+ \d{4}<\/p>/u);
    expect(html.text).toContain('<h2 id="ratings-heading">Teambewertungen</h2>');

    const spanish = await download(greta, `${exportPath("html")}&lang=es`);
    expect(spanish.text).toContain('<html lang="es">');
    expect(spanish.text).toContain('<p class="eyebrow">Informe de conclusiones</p>');
    expect(spanish.text).toContain("Se cumple parcialmente");
    expect(spanish.text).toMatch(/<p class="exported">Exportado el \d{1,2} de \p{L}+ de \d{4}<\/p>/u);
    for (const lang of ["fr", "DE", ""]) {
      const refused = await greta.get(`${exportPath("md")}&lang=${lang}`);
      expect({ lang, status: refused.status, code: refused.body?.error?.code }).toEqual({ lang, status: 400, code: "invalid_input" });
    }
    // Everyone else still gets English: the language is the exporter's, not the review's.
    expect((await download(team.members.host, exportPath("md"))).text).toContain("*Findings report*");
  });

  it("refuses non-members (404), anonymous callers (401) and bad formats (400)", async () => {
    const outsider = await signedInClient(server, "Outsider Olga");
    for (const format of ["md", "html", "docx", "csv", "json"]) {
      const response = await outsider.get(exportPath(format));
      expect({ status: response.status, code: response.body?.error?.code }).toEqual({ status: 404, code: "not_found" });
    }
    expect((await outsider.get(exportPath("md", "zzzzzzzzzzzzzzzz"))).status).toBe(404);
    const anonymous = await new ApiClient(server).get(exportPath("md"));
    expect({ status: anonymous.status, code: anonymous.body?.error?.code }).toEqual({ status: 401, code: "unauthenticated" });
    for (const format of ["pdf", "", "HTML", "md&format=html"]) {
      const response = await team.members.peer.get(exportPath(format));
      expect({ status: response.status, code: response.body?.error?.code }, `format=${format}`).toEqual({ status: 400, code: "invalid_input" });
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
    }
  });

  it("exports from the store when no room is loaded", async () => {
    const before = await download(team.members.peer, exportPath("md"));
    // After a restart with every client gone, no room holds the documents: the export reads them from the store.
    for (const client of clients.splice(0)) client.destroy();
    await server.restart();
    const after = await download(team.members.peer, exportPath("md"));
    expect(after.status).toBe(200);
    // Identical but for the export date, which may roll over midnight between the two requests.
    const withoutDate = (md: string) => md.replace(/\*Exported on [^*]+\*/, "");
    expect(withoutDate(after.text)).toBe(withoutDate(before.text));
    expect(after.text).toContain("| Core 2 Migrant Voice | Core | Partly matched |");
  });
});

import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx.ts";
import { HOSTILE_NODES, blockquote, bulletList, factor, heading, link, listItem, orderedList, paragraph, reportDocument, text, type PmNode } from "./reportFixture.ts";
import type { ReportDocument } from "./reportDocument.ts";

type Parts = Record<string, string>;

async function unpack(report: ReportDocument): Promise<Parts> {
  const files = unzipSync(await renderDocx(report));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The paragraphs of document.xml: style id and text. */
function paragraphs(documentXml: string): { style: string | null; text: string; numbered: boolean }[] {
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const inner = match[1] ?? match[2] ?? "";
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? null,
      text: [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
      numbered: inner.includes("<w:numPr>"),
    };
  });
}

const render = (nodes: PmNode[]) => unpack(reportDocument(nodes));

describe("renderDocx", () => {
  it("is a Word package with headings in Heading 1-3 styles", async () => {
    const parts = await render([heading(1, text("Findings")), heading(2, text("Core 2 Migrant voice")), heading(3, text("Evidence")), paragraph(text("Body text."))]);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/numbering.xml"]));
    const list = paragraphs(parts["word/document.xml"]!);
    expect(list).toEqual(
      expect.arrayContaining([
        { style: "Title", text: "Pathways to Work", numbered: false },
        { style: "Heading1", text: "Findings", numbered: false },
        { style: "Heading2", text: "Core 2 Migrant voice", numbered: false },
        { style: "Heading3", text: "Evidence", numbered: false },
        { style: null, text: "Body text.", numbered: false },
      ]),
    );
    expect(parts["word/styles.xml"]).toMatch(/w:styleId="Heading1"/);
    expect(parts["word/styles.xml"]).toMatch(/w:styleId="ReportQuote"/);
    expect(parts["docProps/core.xml"]).toContain("<dc:title>Pathways to Work – Findings report</dc:title>");
  });

  it("writes the title block with the review's metadata", async () => {
    const xml = (await render([]))["word/document.xml"]!;
    for (const value of ["Findings report", "Host project", "Integrated pathways for newcomers", "10 March 2026 – 12 March 2026", "Pat Peer, Quinn Peer", "Exported on 20 March 2026"]) {
      expect(xml).toContain(value);
    }
  });

  it("writes lists, quotes, code, marks and links", async () => {
    const parts = await render([
      bulletList(listItem(paragraph(text("one"))), listItem(paragraph(text("two")))),
      orderedList(3, listItem(paragraph(text("three")))),
      blockquote(paragraph(text("quoted"))),
      { type: "codeBlock", content: [text("line 1\nline 2")] },
      paragraph(text("bold", "bold"), text("italic", "italic"), text("site", link("https://example.org/?a=1&b=2")), text("voice", factor(["core-2"]))),
    ]);
    const xml = parts["word/document.xml"]!;
    const list = paragraphs(xml);
    expect(list.filter((p) => p.numbered).map((p) => p.text)).toEqual(["one", "two", "three"]);
    expect(list).toContainEqual({ style: "ReportQuote", text: "quoted", numbered: false });
    expect(list).toContainEqual({ style: "ReportCode", text: "line 1line 2", numbered: false });
    expect(parts["word/numbering.xml"]).toMatch(/<w:start w:val="3"\/>/);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?bold/);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?italic/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="(rId[^"]+)"[\s\S]*?site/);
    expect(parts["word/_rels/document.xml.rels"]).toContain('Target="https://example.org/?a=1&amp;b=2" TargetMode="External"');
    expect(xml).toContain("[Core 2 Migrant Voice]");
  });

  it("keeps hostile content inert: escaped text, no link to an unsafe target", async () => {
    const parts = await render(HOSTILE_NODES);
    const xml = parts["word/document.xml"]!;
    expect(xml).not.toMatch(/<script|<img/i);
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const targets = [...parts["word/_rels/document.xml.rels"]!.matchAll(/Target="([^"]*)" TargetMode="External"/g)].map((match) => match[1]);
    expect(targets).toEqual(["https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&amp;x=%27y%27"]);
    for (let index = 0; index < 6; index++) expect(xml).toContain(`hostile link ${index}`);
  });

  it("adds the rating table when there are ratings", async () => {
    const report = reportDocument([]);
    const parts = await unpack({ ...report, ratings: [{ factor: report.factors.get("core-3")!, rating: "not" }] });
    const xml = parts["word/document.xml"]!;
    expect(xml).toContain("Team ratings");
    expect(xml).toMatch(/Core 3 Employer Engagement[\s\S]*Core[\s\S]*Not matched/);
  });
});

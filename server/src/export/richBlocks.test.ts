import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "./docx.ts";
import { renderHtml } from "./html.ts";
import { imageSize, type ImageFile } from "./imageFile.ts";
import { renderMarkdown } from "./markdown.ts";
import { paragraph, reportDocument, text, type PmNode } from "./reportFixture.ts";
import type { Block } from "./reportModel.ts";

/** A 2x2 PNG. */
const PNG = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==", "base64"));
const IMAGE_ID = "abcdefghijklmnop";

const cell = (header: boolean, value: string): PmNode => ({ type: header ? "tableHeader" : "tableCell", attrs: { colspan: 1, rowspan: 1 }, content: [paragraph(text(value))] });
const row = (...cells: PmNode[]): PmNode => ({ type: "tableRow", content: cells });
const TABLE: PmNode = {
  type: "table",
  content: [row(cell(true, "Factor"), cell(true, "Rating")), row(cell(false, "Migrant | voice"), cell(false, "Partly"))],
};
const image = (src: string, alt: string): PmNode => ({ type: "image", attrs: { src, alt, title: null } });

/** The report around `nodes`, with the image of ours given its bytes as the loader does. */
function withImage(nodes: PmNode[], file: ImageFile | null) {
  const report = reportDocument(nodes);
  const attach = (blocks: Block[]) => {
    for (const block of blocks) if (block.kind === "image" && file) block.file = file;
  };
  attach(report.blocks);
  return report;
}

const PNG_FILE: ImageFile = { contentType: "image/png", data: PNG, width: 2, height: 2 };

describe("tables and images in the report model and every export", () => {
  it("reads rows, header cells and images of ours; an image from elsewhere is left out", () => {
    const report = reportDocument([TABLE, image(`/api/images/${IMAGE_ID}`, "Site visit"), image("https://tracker.example/pixel.gif", "x")]);
    expect(report.blocks.map((block) => block.kind)).toEqual(["table", "image"]);
    const table = report.blocks[0] as Extract<Block, { kind: "table" }>;
    expect(table.rows.map((cells) => cells.map((c) => c.header))).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(report.blocks[1]).toEqual({ kind: "image", imageId: IMAGE_ID, alt: "Site visit" });
  });

  it("HTML: a table with header cells and the image embedded as data, with its alt text and size", () => {
    const html = renderHtml(withImage([TABLE, image(`/api/images/${IMAGE_ID}`, "Site <visit>")], PNG_FILE));
    expect(html).toContain('<table class="report-table"><tbody><tr><th><p>Factor</p></th><th><p>Rating</p></th></tr>');
    expect(html).toContain("<td><p>Migrant | voice</p></td>");
    expect(html).toContain(`<img src="data:image/png;base64,${Buffer.from(PNG).toString("base64")}" alt="Site &lt;visit&gt;" width="2" height="2">`);
  });

  it("Markdown: a pipe table (pipes escaped) and the image as data", () => {
    const markdown = renderMarkdown(withImage([TABLE, image(`/api/images/${IMAGE_ID}`, "Site visit")], PNG_FILE));
    expect(markdown).toContain("| Factor | Rating |\n| --- | --- |\n| Migrant \\| voice | Partly |");
    expect(markdown).toContain(`![Site visit](data:image/png;base64,${Buffer.from(PNG).toString("base64")})`);
  });

  it("an image whose bytes are not embedded (another report's, deleted) leaves its alt text", () => {
    const report = withImage([image(`/api/images/${IMAGE_ID}`, "Site visit")], null);
    expect(renderHtml(report)).toContain("<p>[Site visit]</p>");
    expect(renderMarkdown(report)).toContain("\\[Site visit\\]");
  });

  it("Word: a real table and an embedded picture with its description", async () => {
    const files = unzipSync(await renderDocx(withImage([TABLE, image(`/api/images/${IMAGE_ID}`, "Site visit")], PNG_FILE)));
    const documentXml = strFromU8(files["word/document.xml"]!);
    expect(documentXml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(documentXml).toContain("Migrant | voice");
    expect(documentXml).toMatch(/<wp:docPr [^>]*descr="Site visit"/);
    const media = Object.keys(files).filter((name) => name.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files[media[0]!]!).equals(Buffer.from(PNG))).toBe(true);
  });
});

describe("imageSize", () => {
  it("reads PNG, GIF and JPEG headers", () => {
    expect(imageSize(PNG, "image/png")).toEqual({ width: 2, height: 2 });
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x01, 0x10, 0x00]);
    expect(imageSize(gif, "image/gif")).toEqual({ width: 288, height: 16 });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x03]);
    expect(imageSize(jpeg, "image/jpeg")).toEqual({ width: 600, height: 300 });
    expect(imageSize(Uint8Array.from([1, 2, 3]), "image/jpeg")).toBeNull();
  });
});

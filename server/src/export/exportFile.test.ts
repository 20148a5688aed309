import { describe, expect, it } from "vitest";
import { EXPORT_CONTENT_TYPES, contentDisposition, exportFormatSchema, renderReportFile, titleSlug } from "./exportFile.ts";
import { paragraph, reportDocument, text } from "./reportFixture.ts";

describe("export files", () => {
  it("accepts exactly md, html and docx", () => {
    expect(exportFormatSchema.options).toEqual(["md", "html", "docx"]);
    for (const bad of [undefined, "", "pdf", "HTML", "md ", "docx\u0000"]) expect(exportFormatSchema.safeParse(bad).success).toBe(false);
  });

  it("slugs titles in any script", () => {
    expect(titleSlug("Pathways to Work: 2026 (draft)")).toBe("pathways-to-work-2026-draft");
    expect(titleSlug("Überprüfung Köln")).toBe("überprüfung-köln");
    expect(titleSlug('../../"; rm -rf')).toBe("rm-rf");
    expect(titleSlug("!!!")).toBe("review");
    expect(titleSlug("a".repeat(200))).toHaveLength(60);
  });

  it("names the file in Content-Disposition, with RFC 5987 for non-ASCII names", () => {
    expect(contentDisposition("attachment", "pathways-findings-report.md")).toBe('attachment; filename="pathways-findings-report.md"');
    expect(contentDisposition("inline", "überprüfung-köln-findings-report.html")).toBe(
      "inline; filename=\"uberprufung-koln-findings-report.html\"; filename*=UTF-8''%C3%BCberpr%C3%BCfung-k%C3%B6ln-findings-report.html",
    );
    expect(contentDisposition("attachment", "日本語-findings-report.docx")).toBe(
      "attachment; filename=\"findings-report.docx\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E-findings-report.docx",
    );
  });

  it("renders each format with its content type; HTML opens inline, the others download", async () => {
    const report = reportDocument([paragraph(text("x"))]);
    const md = await renderReportFile(report, "md");
    expect(md.contentType).toBe(EXPORT_CONTENT_TYPES.md);
    expect(md.disposition).toBe('attachment; filename="pathways-to-work-findings-report.md"');
    expect(new TextDecoder().decode(md.body)).toContain("# Pathways to Work");
    const html = await renderReportFile(report, "html");
    expect(html.contentType).toBe("text/html; charset=utf-8");
    expect(html.disposition).toBe('inline; filename="pathways-to-work-findings-report.html"');
    const docx = await renderReportFile(report, "docx");
    expect(docx.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.disposition).toBe('attachment; filename="pathways-to-work-findings-report.docx"');
    expect([...docx.body.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip package
  });
});

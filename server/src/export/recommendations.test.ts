import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { EDITOR_FRAGMENT } from "@review/shared";
import { renderDocx } from "./docx.ts";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import { decisionRows, readRecommendations } from "./recommendations.ts";
import { bulletList, paragraph, reportDoc, reportDocument, text, type PmNode } from "./reportFixture.ts";

const recommendation = (id: string, value: string): PmNode => ({ type: "listItem", attrs: { recommendationId: id }, content: [paragraph(text(value))] });

describe("readRecommendations", () => {
  it("lists marked paragraphs and list items in order, once per id, ignoring junk ids", () => {
    const doc = reportDoc([
      { type: "paragraph", attrs: { recommendationId: "rec-first" }, content: [text("Publish the "), text("mentor scheme", "bold"), text(".")] },
      bulletList(recommendation("rec-second", "Fund it beyond the pilot."), recommendation("rec-second", "A pasted copy."), recommendation("x", "Junk id.")),
      paragraph(text("Not a recommendation.")),
    ]);
    expect(readRecommendations(doc.getXmlFragment(EDITOR_FRAGMENT))).toEqual([
      { id: "rec-first", text: "Publish the mentor scheme." },
      { id: "rec-second", text: "Fund it beyond the pilot." },
    ]);
  });
});

describe("decision table", () => {
  const recommendations = [
    { id: "rec-first", text: "Publish the <script>alert(1)</script> scheme" },
    { id: "rec-second", text: "Undecided one" },
  ];
  const decisions = new Map([["rec-first", { decision: "take_forward" as const, note: "=cmd | in 2027\nplan", decidedBy: "host-1", decidedAt: "2026-06-01T10:00:00.000Z" }]]);
  const rows = decisionRows(recommendations, decisions, new Map([["host-1", "Hana Host"]]));

  it("keeps decided recommendations only, with labels and names", () => {
    expect(rows).toEqual([{ recommendation: "Publish the <script>alert(1)</script> scheme", decision: "Take forward", note: "=cmd | in 2027 plan", decidedBy: "Hana Host" }]);
    expect(decisionRows(recommendations, new Map(), new Map())).toBeNull();
  });

  it("renders inert in Markdown, HTML and DOCX", async () => {
    const report = reportDocument([paragraph(text("Body."))], { decisions: rows });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("## The host's decisions on the recommendations");
    expect(markdown).toContain("| Publish the \\<script>alert(1)\\</script> scheme | Take forward | =cmd \\| in 2027 plan |");
    const html = renderHtml(report);
    expect(html).toContain("<td>Publish the &lt;script&gt;alert(1)&lt;/script&gt; scheme</td><td>Take forward</td>");
    expect(html).not.toContain("<script>");
    const xml = strFromU8(unzipSync(await renderDocx(report))["word/document.xml"]!);
    expect(xml).toContain("The host’s decisions on the recommendations");
    expect(xml).toContain("Take forward");
    expect(xml).toContain("&lt;script&gt;");
  });
});

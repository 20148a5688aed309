import { describe, expect, it } from "vitest";
import { HTML_EXPORT_CSP, escapeHtml, renderHtml } from "./html.ts";
import {
  HOSTILE_NODES,
  blockquote,
  bulletList,
  factor,
  heading,
  link,
  listItem,
  orderedList,
  paragraph,
  reportDocument,
  text,
  type PmNode,
} from "./reportFixture.ts";

/** Tags the exported body may contain, each with the attributes it may carry. */
const ALLOWED: Record<string, string[]> = {
  article: [],
  header: ["class"],
  main: ["class"],
  section: ["class", "aria-labelledby"],
  p: ["class"],
  h1: ["class"],
  h2: ["id"],
  h3: [],
  dl: ["class"],
  div: [],
  dt: [],
  dd: [],
  ul: [],
  ol: ["start"],
  li: [],
  blockquote: [],
  pre: [],
  code: ["data-language"],
  hr: [],
  br: [],
  strong: [],
  em: [],
  s: [],
  u: [],
  a: ["href", "rel"],
  span: ["class", "data-factors"],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["scope"],
  td: ["class"],
};
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/g;

/** Fails unless every tag of `body` is allowed, with allowed attributes, and no other markup is left. */
function expectOnlyAllowedMarkup(body: string): void {
  for (const match of body.matchAll(TAG)) {
    const [, , name, attributes] = match;
    expect(Object.keys(ALLOWED), `tag <${name}>`).toContain(name);
    for (const attribute of attributes!.matchAll(/([a-z-]+)="/g)) {
      expect(ALLOWED[name!], `attribute ${attribute[1]} on <${name}>`).toContain(attribute[1]);
    }
  }
  expect(body.replace(TAG, "")).not.toMatch(/[<>]/);
}

const bodyOf = (html: string) => html.slice(html.indexOf("<body>") + "<body>".length, html.indexOf("</body>"));
const render = (nodes: PmNode[]) => renderHtml(reportDocument(nodes));

describe("renderHtml", () => {
  it("is a standalone document with a strict policy and print styles", () => {
    const html = render([paragraph(text("x"))]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_EXPORT_CSP)}">`);
    expect(HTML_EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain("<title>Pathways to Work – Findings report</title>");
    expect(html).toMatch(/@page \{[^}]*margin/);
    expect(html).toMatch(/h1, h2, h3 \{[^}]*break-after: avoid/);
    expect(html).toMatch(/li \{[^}]*break-inside: avoid/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|<form|@import|url\(/i);
  });

  it("writes the title block", () => {
    const body = bodyOf(render([paragraph(text("x"))]));
    expect(body).toContain('<h1 class="doc-title">Pathways to Work</h1>');
    expect(body).toContain("<div><dt>Study visit</dt><dd>10 March 2026 – 12 March 2026</dd></div>");
    expect(body).toContain("<div><dt>Peer reviewers</dt><dd>Pat Peer, Quinn Peer</dd></div>");
    expect(body).toContain('<p class="exported">Exported on 20 March 2026</p>');
  });

  it("writes headings, lists, quotes, code, marks, links and factor labels", () => {
    const body = bodyOf(
      render([
        heading(2, text("Core 2")),
        paragraph(text("a "), text("b", "bold"), text(" "), text("i", "italic"), text(" "), text("s", "strike"), text(" "), text("u", "underline"), text(" "), text("c", "code")),
        bulletList(listItem(paragraph(text("one")), orderedList(5, listItem(paragraph(text("five")))))),
        blockquote(paragraph(text("quoted"))),
        { type: "codeBlock", attrs: { language: "ts" }, content: [text("a < b")] },
        { type: "horizontalRule" },
        paragraph(text("site", link("https://example.org/x?a=1&b=2")), text(" "), text("voice", factor(["core-2", "zz-unknown"]))),
      ]),
    );
    expect(body).toContain("<h2>Core 2</h2>");
    expect(body).toContain("<p>a <strong>b</strong> <em>i</em> <s>s</s> <u>u</u> <code>c</code></p>");
    expect(body).toContain('<ul><li><p>one</p>\n<ol start="5"><li><p>five</p></li></ol></li></ul>');
    expect(body).toContain("<blockquote><p>quoted</p></blockquote>");
    expect(body).toContain('<pre><code data-language="ts">a &lt; b</code></pre>');
    expect(body).toContain("<hr>");
    expect(body).toContain('<a href="https://example.org/x?a=1&amp;b=2" rel="noopener noreferrer nofollow">site</a>');
    expect(body).toContain(
      '<span class="factor" data-factors="core-2 zz-unknown">voice</span> <span class="factor-label">[Core 2 Migrant Voice; zz-unknown]</span>',
    );
    expectOnlyAllowedMarkup(body);
  });

  it("keeps hostile content inert", () => {
    const html = render(HOSTILE_NODES);
    const body = bodyOf(html);
    expectOnlyAllowedMarkup(body);
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(body).not.toMatch(/<[^>]*\s(on[a-z]+)=/i);
    expect(body).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(body).toContain("<p>&lt;img src=x onerror=alert(1)&gt; and &quot;quotes&quot; &#39;single&#39; &amp; ampersands</p>");
    const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(["https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&amp;x=%27y%27"]);
    for (let index = 0; index < 6; index++) expect(body).toContain(`<p>hostile link ${index}</p>`);
    expect(body).toContain("<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n```\n# x</code></pre>");
  });

  it("escapes metadata", () => {
    const report = reportDocument([]);
    const html = renderHtml({ ...report, meta: { ...report.meta, title: '</title><script>alert(1)</script>', country: '"><img src=x onerror=alert(1)>' } });
    expect(html).toContain("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; – Findings report</title>");
    expectOnlyAllowedMarkup(bodyOf(html));
  });

  it("adds the rating table when there are ratings", () => {
    const report = reportDocument([]);
    const body = bodyOf(renderHtml({ ...report, ratings: [{ factor: report.factors.get("m1-2")!, rating: "partly" }] }));
    expect(body).toContain(
      '<tr><th scope="row"><span class="factor-code">Module 1.2</span> Individual Support</th><td>Assessment and Validation – Valuing Migrant Competences</td><td class="rating rating--partly">Partly matched</td></tr>',
    );
    expectOnlyAllowedMarkup(body);
  });
});

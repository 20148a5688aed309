import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.ts";
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

// A CommonMark + GFM parser that passes raw HTML through: anything our escaping misses shows up.
const toHtml = (markdown: string) => new Marked({ gfm: true }).parse(markdown, { async: false });
const render = (nodes: PmNode[]) => renderMarkdown(reportDocument(nodes));
/** The Markdown of the report body only (after the title block's rule). */
const body = (nodes: PmNode[]) => {
  const markdown = render(nodes);
  const rule = "\n---\n\n";
  return markdown.slice(markdown.indexOf(rule) + rule.length);
};

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("renderMarkdown", () => {
  it("writes headings, lists, quotes, code and marks as CommonMark", () => {
    const markdown = body([
      heading(1, text("Findings")),
      heading(2, text("Core 2 "), text("Migrant voice", "italic")),
      paragraph(text("Plain "), text("bold", "bold"), text(" and "), text("both", "bold", "italic"), text(" "), text("gone", "strike"), text(" "), text("x = `y`", "code")),
      bulletList(listItem(paragraph(text("one"))), listItem(paragraph(text("two")), bulletList(listItem(paragraph(text("nested")))))),
      bulletList(listItem(paragraph(text("a second list")))),
      orderedList(3, listItem(paragraph(text("three"))), listItem(paragraph(text("four")))),
      blockquote(paragraph(text("quoted"))),
      { type: "codeBlock", attrs: { language: "ts" }, content: [text("const a = 1;\n```\n")] },
      { type: "horizontalRule" },
      paragraph(text("see "), text("the site", link("https://example.org/a(b)")), text(" or "), text("mail", link("mailto:team@example.org"))),
    ]);
    expect(markdown).toContain("# Findings\n\n## Core 2 *Migrant voice*\n");
    expect(markdown).toContain("Plain **bold** and ***both*** ~~gone~~ `` x = `y` ``");
    expect(markdown).toContain("- one\n- two\n  - nested\n\n* a second list\n\n3. three\n4. four\n\n> quoted\n");
    expect(markdown).toContain("````ts\nconst a = 1;\n```\n\n````");
    expect(markdown).toContain("[the site](https://example.org/a\\(b\\)) or [mail](mailto:team@example.org)");

    const html = toHtml(markdown);
    expect(html).toContain("<h2>Core 2 <em>Migrant voice</em></h2>");
    expect(html).toContain("<ul>\n<li>one</li>\n<li>two<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>\n<ul>\n<li>a second list</li>\n</ul>");
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<a href="https://example.org/a(b)">the site</a>');
  });

  it("writes the title block with the review's metadata", () => {
    const markdown = render([paragraph(text("x"))]);
    expect(markdown.startsWith("# Pathways to Work\n\n*Findings report*\n\n**Host project:** Integrated pathways for newcomers\\\n")).toBe(true);
    expect(markdown).toContain("**Study visit:** 10 March 2026 – 12 March 2026\\\n");
    expect(markdown).toContain("**Peer reviewers:** Pat Peer, Quinn Peer\\\n**Host:** Hana Host\n");
  });

  it("labels text linked to factors", () => {
    expect(body([paragraph(text("Mentors", factor(["core-2"])), text(" help."))])).toBe("Mentors \\[Core 2 Migrant Voice\\] help.\n");
  });

  it.each([
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<https://example.org>",
    "[ref]: javascript:alert(1)",
    "# heading?",
    "   ## heading?",
    "- list?",
    "+ list?",
    "* list?",
    "1. list?",
    "12) list?",
    "> quote?",
    "```js",
    "~~~",
    "    indented code?",
    "---",
    "===",
    "***",
    "___",
    "a | b",
    "&lt;b&gt; &amp; &#60;",
    "**not bold** _not em_ `not code` ~~not struck~~",
    "back\\slash\\",
    "https://example.org www.example.org",
  ])("keeps %j as text", (input) => {
    const markdown = body([paragraph(text(input))]);
    const html = toHtml(markdown);
    expect(html.startsWith("<p>")).toBe(true);
    // The only tags: the paragraph, and GFM's autolinks of bare http(s) URLs.
    expect(html).not.toMatch(/<(?!\/?p>|a href="https?:\/\/[^"]*">|\/a>)/);
    expect(decode(html).trim()).toBe(input.trim());
  });

  it("keeps hostile content inert", () => {
    const markdown = body(HOSTILE_NODES);
    const html = toHtml(markdown);
    expect(html).not.toMatch(/<script|<img|<iframe|<[^>]*\s(onerror|onclick)=/i);
    // No link syntax (an unescaped "](") in front of a dangerous scheme.
    expect(markdown).not.toMatch(/(?<!\\)\]\(\s*<?\s*(javascript|data|vbscript):/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(["https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&amp;x=%27y%27"]);
    for (let index = 0; index < 6; index++) expect(html).toContain(`<p>hostile link ${index}</p>`);
    expect(html).toContain("<p># not a heading</p>");
    expect(html).toContain("<p>- not a list<br>1. not ordered<br>&gt; not a quote</p>");
    expect(html).toContain("<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n```\n# x\n</code></pre>");
  });

  it("adds the rating table when there are ratings", () => {
    const report = reportDocument([paragraph(text("x"))]);
    const withRatings = renderMarkdown({
      ...report,
      ratings: [
        { factor: report.factors.get("core-1")!, rating: "wholly" },
        { factor: report.factors.get("core-2")!, rating: null },
      ],
    });
    expect(withRatings).toContain(
      "## Team ratings\n\n| Factor | Module | Team rating |\n| --- | --- | --- |\n| Core 1 Needs Assessment | Core | Wholly matched |\n| Core 2 Migrant Voice | Core | Not rated |\n",
    );
    expect(renderMarkdown(report)).not.toContain("Team ratings");
  });
});

import { exportMessages } from "./i18n/index.ts";
import { documentKindName, exportedOn, factorLabelText, metaFields, ratingLabel, type FactorInfo, type ReportDocument } from "./reportDocument.ts";
import { REPORT_CSS } from "./htmlStyles.ts";
import { dataUri, fitWidth } from "./imageFile.ts";
import type { Block, Inline, TableCell } from "./reportModel.ts";

/**
 * The policy of the exported page, both as a meta tag (it travels with a saved file) and
 * as a response header: nothing but inline styles may load or run.
 */
// Images are embedded as data: URIs (nothing is fetched); scripts and everything else stay off.
export const HTML_EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and for double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * The report as a standalone HTML document. It is built, never passed through: every
 * piece of text and every attribute value is escaped, the only tags are the ones written
 * here, and links carry only the safe hrefs the model kept.
 */
export function renderHtml(report: ReportDocument): string {
  const { meta } = report;
  const messages = exportMessages(report.locale);
  const kindName = documentKindName(meta, report.locale);
  const title = meta.title.trim() || kindName;
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(report.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_EXPORT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${title} – ${kindName}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    `<p class="print-hint">${escapeHtml(messages.printHint)}</p>`,
    "<article>",
    titleBlock(report, title),
    `<main class="report">${renderBlocks(report.blocks, report.factors)}</main>`,
    report.ratings ? ratingSection(report) : "",
    report.addressees ? addresseeSection(report) : "",
    report.decisions ? decisionSection(report) : "",
    "</article>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function titleBlock(report: ReportDocument, title: string): string {
  const fields = metaFields(report.meta, report.locale)
    .map(({ label, value }) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`)
    .join("");
  return [
    '<header class="title-block">',
    `<p class="eyebrow">${escapeHtml(documentKindName(report.meta, report.locale))}</p>`,
    `<h1 class="doc-title">${escapeHtml(title)}</h1>`,
    `<dl class="meta">${fields}</dl>`,
    `<p class="exported">${escapeHtml(exportedOn(report.meta, report.locale))}</p>`,
    "</header>",
  ].join("\n");
}

function renderInlines(inlines: Inline[], factors: ReadonlyMap<string, FactorInfo>): string {
  return inlines
    .map((inline) => {
      if (inline.kind === "hardBreak") return "<br>";
      if (inline.kind === "factorLabel") {
        return ` <span class="factor-label">[${escapeHtml(factorLabelText(factors, inline.factorIds))}]</span>`;
      }
      const { marks } = inline;
      let html = escapeHtml(inline.text);
      if (marks.code) html = `<code>${html}</code>`;
      if (marks.strike) html = `<s>${html}</s>`;
      if (marks.underline) html = `<u>${html}</u>`;
      if (marks.italic) html = `<em>${html}</em>`;
      if (marks.bold) html = `<strong>${html}</strong>`;
      if (marks.factorIds.length > 0) html = `<span class="factor" data-factors="${escapeHtml(marks.factorIds.join(" "))}">${html}</span>`;
      if (marks.link) html = `<a href="${escapeHtml(marks.link)}" rel="noopener noreferrer nofollow">${html}</a>`;
      return html;
    })
    .join("");
}

function renderBlock(block: Block, factors: ReadonlyMap<string, FactorInfo>): string {
  switch (block.kind) {
    case "paragraph":
      return block.inlines.length === 0 ? "" : `<p>${renderInlines(block.inlines, factors)}</p>`;
    case "heading":
      return block.inlines.length === 0 ? "" : `<h${block.level}>${renderInlines(block.inlines, factors)}</h${block.level}>`;
    case "bulletList":
      return `<ul>${renderItems(block.items, factors)}</ul>`;
    case "orderedList":
      return `<ol${block.start === 1 ? "" : ` start="${block.start}"`}>${renderItems(block.items, factors)}</ol>`;
    case "blockquote":
      return `<blockquote>${renderBlocks(block.blocks, factors)}</blockquote>`;
    case "codeBlock":
      return `<pre><code${block.language ? ` data-language="${escapeHtml(block.language)}"` : ""}>${escapeHtml(block.text)}</code></pre>`;
    case "horizontalRule":
      return "<hr>";
    case "table":
      return renderTable(block.rows, factors);
    case "image":
      return renderImage(block);
  }
}

function renderTable(rows: TableCell[][], factors: ReadonlyMap<string, FactorInfo>): string {
  if (rows.length === 0) return "";
  const body = rows
    .map((row) => `<tr>${row.map((cell) => (cell.header ? `<th>${renderBlocks(cell.blocks, factors)}</th>` : `<td>${renderBlocks(cell.blocks, factors)}</td>`)).join("")}</tr>`)
    .join("\n");
  return `<table class="report-table"><tbody>${body}</tbody></table>`;
}

/** Embedded as a data URI, so the file stands alone (offline, printed, mailed on). */
function renderImage(block: Extract<Block, { kind: "image" }>): string {
  if (!block.file) return block.alt ? `<p>[${escapeHtml(block.alt)}]</p>` : "";
  const { width, height } = fitWidth(block.file, 720);
  return `<figure class="report-image"><img src="${dataUri(block.file)}" alt="${escapeHtml(block.alt)}" width="${width}" height="${height}"></figure>`;
}

function renderItems(items: Block[][], factors: ReadonlyMap<string, FactorInfo>): string {
  return items.map((item) => `<li>${renderBlocks(item, factors)}</li>`).join("");
}

export function renderBlocks(blocks: Block[], factors: ReadonlyMap<string, FactorInfo>): string {
  return blocks
    .map((block) => renderBlock(block, factors))
    .filter((html) => html !== "")
    .join("\n");
}

/** A section with a heading and a table; `rows` are rendered `<tr>` elements (already escaped). */
function tableSection(id: string, title: string, headers: readonly string[], rows: string[]): string {
  return [
    `<section class="ratings" aria-labelledby="${id}">`,
    `<h2 id="${id}">${escapeHtml(title)}</h2>`,
    "<table>",
    `<thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody>`,
    "</table>",
    "</section>",
  ].join("\n");
}

function ratingSection(report: ReportDocument): string {
  const rows = (report.ratings ?? []).map(
    (row) =>
      `<tr><th scope="row"><span class="factor-code">${escapeHtml(row.factor.code)}</span> ${escapeHtml(row.factor.name)}</th>` +
      `<td>${escapeHtml(row.factor.moduleName)}</td>` +
      `<td class="rating rating--${row.rating ?? "unset"}">${escapeHtml(ratingLabel(row.rating, report.locale))}</td></tr>`,
  );
  const { ratingTable } = exportMessages(report.locale);
  return tableSection("ratings-heading", ratingTable.heading, [ratingTable.factor, ratingTable.module, ratingTable.teamRating], rows);
}

function decisionSection(report: ReportDocument): string {
  const body = (report.decisions ?? []).map(
    (row) => `<tr><td>${escapeHtml(row.recommendation)}</td><td>${escapeHtml(row.decision)}</td><td>${escapeHtml(row.note)}</td></tr>`,
  );
  const { decisionTable } = exportMessages(report.locale);
  return tableSection("decisions-heading", decisionTable.heading, [decisionTable.recommendation, decisionTable.decision, decisionTable.note], body);
}

function addresseeSection(report: ReportDocument): string {
  const body = (report.addressees ?? []).map(
    (row) => `<tr><td>${escapeHtml(row.recommendation)}</td><td>${escapeHtml(row.addressees)}</td><td>${escapeHtml(row.followUp)}</td></tr>`,
  );
  const { addresseeTable } = exportMessages(report.locale);
  return tableSection("addressees-heading", addresseeTable.heading, [addresseeTable.recommendation, addresseeTable.addressees, addresseeTable.followUp], body);
}

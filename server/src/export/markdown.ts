import { exportMessages } from "./i18n/index.ts";
import { documentKindName, exportedOn, factorLabelText, metaFields, ratingLabel, type DecisionRow, type FactorInfo, type ReportDocument } from "./reportDocument.ts";
import { dataUri } from "./imageFile.ts";
import type { Block, Inline, Marks, TableCell } from "./reportModel.ts";

/**
 * The report as CommonMark (plus one GFM table for the ratings). Text is escaped so that
 * nothing a writer typed can become markup: no raw HTML, no links or images, no headings,
 * lists or code blocks that were not in the document. Links appear only for safe hrefs
 * (the model has dropped every other one).
 */
export function renderMarkdown(report: ReportDocument): string {
  const sections = [titleBlock(report), renderBlocks(report.blocks, report.factors)];
  if (report.ratings) sections.push(ratingSection(report));
  if (report.addressees) sections.push(addresseeSection(report));
  if (report.decisions) sections.push(decisionSection(report));
  return `${sections.filter((section) => section.length > 0).join("\n\n")}\n`;
}

// Characters that start inline markup anywhere in a line. `&` only where it would start an
// entity reference, so "R&D" stays readable; `>` only matters at the start of a line.
const INLINE_SPECIAL = /[\\`*_[\]<~|]|&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Escapes text for use inside a paragraph line (not at its start: see `escapeLineStart`).
 * Line breaks become spaces: a line break in text could start a block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(INLINE_SPECIAL, (char) => (char === "&" ? "&amp;" : `\\${char}`));
}

/**
 * Escapes what makes a line a block of its own: ATX headings, block quotes, list markers
 * ("-", "+", "1." and "1)"), setext underlines and thematic breaks ("=", "-"), fences.
 * `text` is already inline-escaped; leading spaces (an indented code block) are dropped.
 */
function escapeLineStart(text: string): string {
  const trimmed = text.replace(/^[ \t]+/, "");
  const ordered = /^(\d{1,9})([.)])/.exec(trimmed);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${trimmed.slice(ordered[0].length)}`;
  return /^[#>+=-]/.test(trimmed) ? `\\${trimmed}` : trimmed;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || /^ .* $/.test(text) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

type OpenMark = { key: string; open: string; close: string };

/** The delimiters of a run's marks, outermost first: link, bold, italic, strike (code is a span of its own). */
function delimiters(marks: Marks): OpenMark[] {
  const list: OpenMark[] = [];
  if (marks.link) list.push({ key: `link ${marks.link}`, open: "[", close: `](${linkDestination(marks.link)})` });
  if (marks.bold) list.push({ key: "bold", open: "**", close: "**" });
  if (marks.italic) list.push({ key: "italic", open: "*", close: "*" });
  if (marks.strike) list.push({ key: "strike", open: "~~", close: "~~" });
  return list;
}

/**
 * Inline content as Markdown lines (a hard break starts a new line). Marks shared by
 * neighbouring runs stay open across them, and spaces are moved outside delimiters
 * (CommonMark does not read "** x**" as emphasis).
 */
function renderInlines(inlines: Inline[], factors: ReadonlyMap<string, FactorInfo>): string[] {
  const lines: string[] = [];
  let line = "";
  const stack: OpenMark[] = [];
  const closeDownTo = (depth: number) => {
    if (stack.length <= depth) return;
    const space = /\s*$/.exec(line)?.[0] ?? "";
    line = line.slice(0, line.length - space.length);
    while (stack.length > depth) line += stack.pop()!.close;
    line += space;
  };
  for (const inline of inlines) {
    if (inline.kind === "hardBreak") {
      closeDownTo(0);
      lines.push(line);
      line = "";
      continue;
    }
    if (inline.kind === "factorLabel") {
      closeDownTo(0);
      const label = escapeMarkdown(`[${factorLabelText(factors, inline.factorIds)}]`);
      line += line.trim() === "" ? label : `${/\s$/.test(line) ? "" : " "}${label}`;
      continue;
    }
    const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inline.text) ?? [];
    if (core === "") {
      if (line.trim() !== "") line += " ";
      continue;
    }
    const wanted = delimiters(inline.marks);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep]!.key === wanted[keep]!.key) keep++;
    closeDownTo(keep);
    const atLineStart = line.trim() === "";
    if (atLineStart) line = "";
    else if (lead !== "" && !/\s$/.test(line)) line += " ";
    const opening = wanted.slice(keep);
    for (const mark of opening) {
      line += mark.open;
      stack.push(mark);
    }
    let body = inline.marks.code ? codeSpan(core) : escapeMarkdown(core);
    // Only bare text can be mistaken for a block marker; a delimiter in front prevents it.
    if (atLineStart && stack.length === 0 && !inline.marks.code) body = escapeLineStart(body);
    line += body + (trail === "" ? "" : " ");
  }
  closeDownTo(0);
  lines.push(line);
  return lines;
}

/** A safe href as a link destination: backslash-escape what would end or break it. */
function linkDestination(href: string): string {
  return href.replace(/[\\()<>\s]/g, (char) => `\\${char}`);
}

function paragraphLines(inlines: Inline[], factors: ReadonlyMap<string, FactorInfo>): string[] {
  const lines = renderInlines(inlines, factors).map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  if (lines.length === 0) return [];
  // A hard break is a backslash at the end of the line (trailing spaces would be invisible).
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\\` : line));
}

/** `alternate`: use the other bullet ("*") or delimiter (")"), so that a list directly after one of its kind stays separate. */
function blockLines(block: Block, factors: ReadonlyMap<string, FactorInfo>, alternate = false): string[] {
  switch (block.kind) {
    case "paragraph":
      return paragraphLines(block.inlines, factors);
    case "heading": {
      const text = renderInlines(block.inlines, factors)
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .join(" ");
      return text === "" ? [] : [`${"#".repeat(block.level)} ${text.replace(/#+$/, (hashes) => hashes.replace(/#/g, "\\#"))}`];
    }
    case "bulletList":
      return listLines(block.items.map(() => (alternate ? "*" : "-")), block.items, factors);
    case "orderedList":
      return listLines(block.items.map((_, index) => `${block.start + index}${alternate ? ")" : "."}`), block.items, factors);
    case "blockquote": {
      const inner = blocksToLines(block.blocks, factors);
      return inner.map((line) => (line === "" ? ">" : `> ${line}`));
    }
    case "codeBlock": {
      const longest = Math.max(0, ...[...block.text.matchAll(/`{3,}/g)].map((match) => match[0].length));
      const fence = "`".repeat(Math.max(3, longest + 1));
      return [`${fence}${block.language ?? ""}`, ...block.text.split(/\r\n?|\n/), fence];
    }
    case "horizontalRule":
      return ["---"];
    case "table":
      return tableLines(block.rows, factors);
    case "image":
      if (!block.file) return block.alt ? [escapeMarkdown(`[${block.alt}]`)] : [];
      return [`![${escapeMarkdown(block.alt)}](${dataUri(block.file)})`];
  }
}

/**
 * A GitHub-flavoured pipe table: the first row is its header. A cell's blocks become one line
 * (`<br>` between them); pipes are escaped.
 */
function tableLines(rows: TableCell[][], factors: ReadonlyMap<string, FactorInfo>): string[] {
  if (rows.length === 0) return [];
  const columns = Math.max(...rows.map((row) => row.length));
  const cellText = (cell: TableCell | undefined) =>
    cell
      ? blocksToLines(cell.blocks, factors, false)
          .filter((line) => line.trim() !== "")
          .join("<br>")
          .replace(/(?<!\\)\|/g, "\\|")
      : "";
  const line = (row: TableCell[]) => `| ${Array.from({ length: columns }, (_, index) => cellText(row[index])).join(" | ")} |`;
  return [line(rows[0]!), `|${" --- |".repeat(columns)}`, ...rows.slice(1).map(line)];
}

const isList = (block: Block) => block.kind === "bulletList" || block.kind === "orderedList";

function listLines(markers: string[], items: Block[][], factors: ReadonlyMap<string, FactorInfo>): string[] {
  // Tight (no blank lines, no <p> in CommonMark's HTML) when every item is at most one
  // paragraph followed by nested lists, which is how almost every list is written.
  const tight = items.every((item) => item.every((block, index) => isList(block) || (index === 0 && block.kind === "paragraph")));
  const lines: string[] = [];
  items.forEach((item, index) => {
    const marker = markers[index]!;
    const indent = " ".repeat(marker.length + 1);
    const inner = blocksToLines(item, factors, !tight);
    if (!tight && index > 0) lines.push("");
    if (inner.length === 0) {
      lines.push(marker);
      return;
    }
    inner.forEach((line, lineIndex) => {
      if (lineIndex === 0) lines.push(`${marker} ${line}`);
      else lines.push(line === "" ? "" : `${indent}${line}`);
    });
  });
  return lines;
}

/** Blocks as lines, separated by blank lines unless `separate` is false (inside a tight list item). */
function blocksToLines(blocks: Block[], factors: ReadonlyMap<string, FactorInfo>, separate = true): string[] {
  const lines: string[] = [];
  let previous: Block["kind"] | null = null;
  let alternate = false;
  for (const block of blocks) {
    // Two lists of the same kind in a row would merge into one unless their markers differ.
    alternate = previous === block.kind && isList(block) ? !alternate : false;
    const rendered = blockLines(block, factors, alternate);
    if (rendered.length === 0) continue;
    if (lines.length > 0 && separate) lines.push("");
    lines.push(...rendered);
    previous = block.kind;
  }
  return lines;
}

export function renderBlocks(blocks: Block[], factors: ReadonlyMap<string, FactorInfo>): string {
  return blocksToLines(blocks, factors).join("\n");
}

function titleBlock(report: ReportDocument): string {
  const { meta, locale } = report;
  const findingsReport = documentKindName(meta, locale);
  const lines = [`# ${escapeLineStart(escapeMarkdown(meta.title)) || escapeMarkdown(findingsReport)}`, "", `*${escapeMarkdown(findingsReport)}*`, ""];
  const fields = metaFields(meta, locale).map(({ label, value }) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`);
  lines.push(...fields.map((field, index) => (index < fields.length - 1 ? `${field}\\` : field)));
  lines.push("", `*${escapeMarkdown(exportedOn(meta, locale))}*`, "", "---");
  return lines.join("\n");
}

/** Markdown is read as plain text: straight apostrophes, as a keyboard types them. */
function plainHeading(text: string): string {
  return escapeMarkdown(text.replace(/’/g, "'"));
}

function tableCell(text: string): string {
  return escapeMarkdown(text).replace(/\s+/g, " ");
}

function ratingSection(report: ReportDocument): string {
  const rows = report.ratings ?? [];
  const { ratingTable } = exportMessages(report.locale);
  return [
    `## ${plainHeading(ratingTable.heading)}`,
    "",
    `| ${tableCell(ratingTable.factor)} | ${tableCell(ratingTable.module)} | ${tableCell(ratingTable.teamRating)} |`,
    "| --- | --- | --- |",
    ...rows.map(
      (row) =>
        `| ${tableCell(`${row.factor.code} ${row.factor.name}`)} | ${tableCell(row.factor.moduleName)} | ${tableCell(ratingLabel(row.rating, report.locale))} |`,
    ),
  ].join("\n");
}

function decisionSection(report: ReportDocument): string {
  const { decisionTable } = exportMessages(report.locale);
  return [
    `## ${plainHeading(decisionTable.heading)}`,
    "",
    `| ${tableCell(decisionTable.recommendation)} | ${tableCell(decisionTable.decision)} | ${tableCell(decisionTable.note)} |`,
    "| --- | --- | --- |",
    ...(report.decisions ?? []).map((row: DecisionRow) => `| ${tableCell(row.recommendation)} | ${tableCell(row.decision)} | ${tableCell(row.note)} |`),
  ].join("\n");
}

function addresseeSection(report: ReportDocument): string {
  const { addresseeTable } = exportMessages(report.locale);
  return [
    `## ${plainHeading(addresseeTable.heading)}`,
    "",
    `| ${tableCell(addresseeTable.recommendation)} | ${tableCell(addresseeTable.addressees)} | ${tableCell(addresseeTable.followUp)} |`,
    "| --- | --- | --- |",
    ...(report.addressees ?? []).map((row) => `| ${tableCell(row.recommendation)} | ${tableCell(row.addressees)} | ${tableCell(row.followUp)} |`),
  ].join("\n");
}

import * as Y from "yjs";
import { imageIdFromSrc } from "@review/shared";
import type { ImageFile } from "./imageFile.ts";
import { safeHref } from "./safeHref.ts";

/**
 * The report as plain typed data, read once from the Tiptap fragment (y-prosemirror's
 * mapping of StarterKit) so that every renderer works on the same, already-cleaned
 * model. The document is untrusted: any writer can put any node, attribute or mark in
 * it. Unknown nodes keep their text and lose their structure, unknown marks are dropped,
 * unsafe link targets are dropped (the text stays), and characters that cannot appear in
 * XML are removed.
 */

export type Marks = {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  underline: boolean;
  /** A safe (http, https, mailto) absolute URL, or null. */
  link: string | null;
  /** Factor ids the text is linked to (the `factor` mark), validated; empty when none. */
  factorIds: string[];
};

export type Inline =
  | { kind: "text"; text: string; marks: Marks }
  | { kind: "hardBreak" }
  /** Follows a run of text linked to factors; renderers show it as a label such as "[Core 2 Migrant Voice]". */
  | { kind: "factorLabel"; factorIds: string[] };

export type HeadingLevel = 1 | 2 | 3;

export type Block =
  | { kind: "paragraph"; inlines: Inline[] }
  | { kind: "heading"; level: HeadingLevel; inlines: Inline[] }
  | { kind: "bulletList"; items: Block[][] }
  | { kind: "orderedList"; start: number; items: Block[][] }
  | { kind: "blockquote"; blocks: Block[] }
  | { kind: "codeBlock"; language: string | null; text: string }
  | { kind: "horizontalRule" }
  /** Rows of cells; a header cell (`th`) has `header` set. Spans are not kept. */
  | { kind: "table"; rows: TableCell[][] }
  /** An image of ours (`/api/images/<id>`); `alt` may be empty; `file` once the export loaded its bytes. */
  | { kind: "image"; imageId: string; alt: string; file?: ImageFile };

export type TableCell = { header: boolean; blocks: Block[] };

/** More cells than this in one table are dropped (a crafted document must not blow up a DOCX). */
const MAX_TABLE_CELLS = 2_000;

/** Containers nested deeper than this are flattened into paragraphs (renderers recurse). */
export const MAX_NESTING = 16;
const MAX_FACTOR_IDS = 12;
const FACTOR_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

// C0 controls other than tab and newline, lone surrogates and the non-characters U+FFFE/U+FFFF
// cannot appear in XML (a DOCX with one does not open) and mean nothing in a report.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML cannot hold removed. */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, "");
}

const NO_MARKS: Marks = { bold: false, italic: false, strike: false, code: false, underline: false, link: null, factorIds: [] };

type XmlNode = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** Reads the report fragment into blocks. */
export function readReport(fragment: Y.XmlFragment): Block[] {
  return readBlocks(fragment.toArray() as XmlNode[], 0);
}

function readBlocks(nodes: XmlNode[], depth: number): Block[] {
  const blocks: Block[] = [];
  let looseInlines: Inline[] = [];
  const flushLoose = () => {
    if (looseInlines.length > 0) blocks.push({ kind: "paragraph", inlines: withFactorLabels(looseInlines) });
    looseInlines = [];
  };
  for (const node of nodes) {
    if (node instanceof Y.XmlText || (node instanceof Y.XmlElement && node.nodeName === "hardBreak")) {
      // Inline content where a block belongs (not something Tiptap writes): keep it as a paragraph.
      looseInlines.push(...readInlines([node]));
      continue;
    }
    flushLoose();
    if (node instanceof Y.XmlElement) blocks.push(...readElement(node, depth));
  }
  flushLoose();
  return blocks;
}

function children(element: Y.XmlElement): XmlNode[] {
  return element.toArray() as XmlNode[];
}

function readElement(element: Y.XmlElement, depth: number): Block[] {
  if (depth >= MAX_NESTING) return [{ kind: "paragraph", inlines: [{ kind: "text", text: plainText(element), marks: NO_MARKS }] }];
  switch (element.nodeName) {
    case "paragraph":
      return [{ kind: "paragraph", inlines: withFactorLabels(readInlines(children(element))) }];
    case "heading":
      return [{ kind: "heading", level: headingLevel(element.getAttribute("level")), inlines: withFactorLabels(readInlines(children(element))) }];
    case "bulletList":
      return [{ kind: "bulletList", items: readListItems(element, depth) }];
    case "orderedList":
      return [{ kind: "orderedList", start: listStart(element.getAttribute("start")), items: readListItems(element, depth) }];
    case "blockquote":
      return [{ kind: "blockquote", blocks: readBlocks(children(element), depth + 1) }];
    case "codeBlock":
      return [{ kind: "codeBlock", language: codeLanguage(element.getAttribute("language")), text: plainText(element) }];
    case "horizontalRule":
      return [{ kind: "horizontalRule" }];
    case "table":
      return [{ kind: "table", rows: readTableRows(element, depth) }];
    case "image": {
      const src = element.getAttribute("src");
      const imageId = typeof src === "string" ? imageIdFromSrc(src) : null;
      const alt = element.getAttribute("alt");
      return imageId ? [{ kind: "image", imageId, alt: typeof alt === "string" ? cleanText(alt).replace(/\s+/g, " ").trim().slice(0, 500) : "" }] : [];
    }
    default:
      // An unknown node (a newer client's, or junk): its content survives, its meaning does not.
      return readBlocks(children(element), depth + 1);
  }
}

function readTableRows(table: Y.XmlElement, depth: number): TableCell[][] {
  let budget = MAX_TABLE_CELLS;
  const rows: TableCell[][] = [];
  for (const row of children(table)) {
    if (!(row instanceof Y.XmlElement) || row.nodeName !== "tableRow") continue;
    const cells: TableCell[] = [];
    for (const cell of children(row)) {
      if (budget-- <= 0) break;
      if (!(cell instanceof Y.XmlElement)) continue;
      cells.push({ header: cell.nodeName === "tableHeader", blocks: readBlocks(children(cell), depth + 1) });
    }
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

function readListItems(list: Y.XmlElement, depth: number): Block[][] {
  return children(list).map((child) =>
    child instanceof Y.XmlElement && child.nodeName === "listItem" ? readBlocks(children(child), depth + 1) : readBlocks([child], depth + 1),
  );
}

function readInlines(nodes: XmlNode[]): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
        // Embeds (non-string inserts) are not part of StarterKit; they are skipped.
        if (typeof op.insert !== "string") continue;
        const text = cleanText(op.insert).replace(/\r\n?|\n/g, " ");
        if (text.length > 0) inlines.push({ kind: "text", text, marks: readMarks(op.attributes) });
      }
    } else if (node instanceof Y.XmlElement) {
      if (node.nodeName === "hardBreak") inlines.push({ kind: "hardBreak" });
      else {
        const text = plainText(node).replace(/\r\n?|\n/g, " ");
        if (text.length > 0) inlines.push({ kind: "text", text, marks: NO_MARKS });
      }
    }
  }
  return inlines;
}

/**
 * Marks from a delta's attributes. y-prosemirror stores a mark that may overlap itself as
 * `<name>--<hash>`; the suffix is stripped. Anything not listed here is ignored.
 */
function readMarks(attributes: Record<string, unknown> | undefined): Marks {
  if (!attributes) return NO_MARKS;
  const marks: Marks = { ...NO_MARKS, factorIds: [] };
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    const name = key.split("--", 1)[0];
    switch (name) {
      case "bold":
      case "italic":
      case "strike":
      case "code":
      case "underline":
        marks[name] = true;
        break;
      case "link":
        marks.link = safeHref(isRecord(value) ? value.href : undefined);
        break;
      case "factor":
        marks.factorIds = factorIds(isRecord(value) ? value.factorIds : undefined);
        break;
    }
  }
  return marks;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** `factorIds` as an array or a comma-separated string; ids that are not slugs are dropped. */
function factorIds(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  const ids = raw.filter((id): id is string => typeof id === "string").map((id) => id.trim()).filter((id) => FACTOR_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_FACTOR_IDS);
}

/** Inserts a factor label after each run of text that is linked to the same factors. */
function withFactorLabels(inlines: Inline[]): Inline[] {
  const result: Inline[] = [];
  let open: string[] = [];
  const close = () => {
    if (open.length > 0) result.push({ kind: "factorLabel", factorIds: open });
    open = [];
  };
  for (const inline of inlines) {
    const ids = inline.kind === "text" ? inline.marks.factorIds : inline.kind === "hardBreak" ? open : [];
    if (ids.join(",") !== open.join(",")) close();
    open = ids;
    result.push(inline);
  }
  close();
  return result;
}

function plainText(node: XmlNode): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === "string" ? cleanText(op.insert) : "")).join("");
  }
  if (node instanceof Y.XmlElement) {
    if (node.nodeName === "hardBreak") return "\n";
    return children(node).map(plainText).join("");
  }
  return "";
}

function toInteger(value: unknown): number | null {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(number) ? number : null;
}

function headingLevel(value: unknown): HeadingLevel {
  const level = toInteger(value) ?? 1;
  return level <= 1 ? 1 : level === 2 ? 2 : 3;
}

function listStart(value: unknown): number {
  const start = toInteger(value);
  return start !== null && start >= 0 && start <= 999_999 ? start : 1;
}

function codeLanguage(value: unknown): string | null {
  return typeof value === "string" && /^[A-Za-z0-9_+#.-]{1,30}$/.test(value) ? value : null;
}

import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import { exportMessages } from "./i18n/index.ts";
import { documentKindName, exportedOn, factorLabelText, metaFields, ratingLabel, type FactorInfo, type ReportDocument } from "./reportDocument.ts";
import { fitWidth, type ImageFile } from "./imageFile.ts";
import type { Block, HeadingLevel as ReportHeadingLevel, Inline, Marks, TableCell as ReportTableCell } from "./reportModel.ts";

/**
 * The report as a Word document, written with the `docx` library (which escapes all text
 * and attribute values). Headings use Word's Heading 1-3 styles so that the navigation pane
 * and a table of contents work; links become external hyperlinks only for the safe hrefs
 * the model kept.
 */
export async function renderDocx(report: ReportDocument): Promise<Uint8Array> {
  const numbering = new NumberingPlan();
  const body = renderBlocks(report.blocks, { factors: report.factors, numbering, list: null, quoteDepth: 0 });
  const messages = exportMessages(report.locale);
  const kindName = documentKindName(report.meta, report.locale);
  const title = report.meta.title.trim() || kindName;
  const document = new Document({
    title: `${title} – ${kindName}`,
    subject: kindName,
    creator: "Peer Review Workspace",
    description: messages.documentDescription(title),
    styles: styles(messages.languageTag),
    numbering: { config: numbering.config() },
    sections: [
      {
        properties: { page: { margin: { top: "20mm", bottom: "22mm", left: "20mm", right: "20mm" } } },
        children: [
          ...titleBlock(report, title),
          ...body,
          ...(report.ratings ? ratingSection(report) : []),
          ...(report.addressees ? addresseeSection(report) : []),
          ...(report.decisions ? decisionSection(report) : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const ACCENT = "1D4F91";
const MUTED = "59636E";
const RULE = "D1D9E0";
const CODE_FONT = "Consolas";
/** Twentieths of a point per indentation step (0.5 inch). */
const INDENT_STEP = 720;

const HEADINGS: Record<ReportHeadingLevel, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

const headingStyle = (size: number, before: number) => ({
  run: { size, bold: true, color: "1F2328", font: "Calibri" },
  paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 120 } },
});

/** The document's styles; `languageTag` is the language Word proofs its text in (the default run's `w:lang`). */
const styles = (languageTag: string) => ({
  default: {
    document: { run: { font: "Cambria", size: 22, language: { value: languageTag } }, paragraph: { spacing: { after: 140, line: 288 } } },
    title: { run: { font: "Calibri", size: 44, bold: true, color: "1F2328" }, paragraph: { spacing: { after: 240 } } },
    heading1: headingStyle(32, 480),
    heading2: headingStyle(27, 360),
    heading3: headingStyle(24, 280),
    hyperlink: { run: { color: ACCENT, underline: {} } },
  },
  paragraphStyles: [
    {
      id: "ReportQuote",
      name: "Report Quote",
      basedOn: "Normal",
      quickFormat: true,
      run: { italics: true, color: "3D444D" },
      paragraph: {
        indent: { left: 567 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: RULE, space: 8 } },
        keepLines: true,
      },
    },
    {
      id: "ReportCode",
      name: "Report Code",
      basedOn: "Normal",
      run: { font: CODE_FONT, size: 19 },
      paragraph: {
        shading: { type: ShadingType.CLEAR, fill: "F4F6F8", color: "auto" },
        spacing: { after: 200, line: 260 },
        keepLines: true,
      },
    },
    {
      id: "ReportEyebrow",
      name: "Report Eyebrow",
      basedOn: "Normal",
      run: { font: "Calibri", size: 18, bold: true, allCaps: true, color: MUTED, characterSpacing: 20 },
      paragraph: { spacing: { after: 120 } },
    },
    {
      id: "ReportMeta",
      name: "Report Meta",
      basedOn: "Normal",
      run: { font: "Calibri", size: 20 },
      paragraph: { spacing: { after: 40, line: 260 } },
    },
  ],
});

/**
 * The numbering definitions a document needs: one for bullets, and one per start number
 * for ordered lists (a list's `start` is the level's start in Word). Each list gets an
 * instance of its own so that it is numbered from its start.
 */
class NumberingPlan {
  private readonly starts = new Set<number>();
  private instances = 0;

  bullet(): { reference: string; instance: number } {
    return { reference: "report-bullets", instance: ++this.instances };
  }

  ordered(start: number): { reference: string; instance: number } {
    this.starts.add(start);
    return { reference: `report-ordered-${start}`, instance: ++this.instances };
  }

  config() {
    const levels = (make: (level: number) => Omit<ILevelsOptions, "level">): ILevelsOptions[] =>
      Array.from({ length: 9 }, (_, level) => ({
        level,
        ...make(level),
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: 360 } } },
      }));
    const bullets = ["•", "◦", "▪"];
    return [
      { reference: "report-bullets", levels: levels((level) => ({ format: LevelFormat.BULLET, text: bullets[level % 3]! })) },
      ...[...this.starts].map((start) => ({
        reference: `report-ordered-${start}`,
        levels: levels((level) => ({
          format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]!,
          text: `%${level + 1}.`,
          start,
        })),
      })),
    ];
  }
}

type Context = {
  factors: ReadonlyMap<string, FactorInfo>;
  numbering: NumberingPlan;
  /** The list item being written: its numbering for the first paragraph, its level for the rest. */
  list: { reference: string; instance: number; level: number; numbered: boolean } | null;
  quoteDepth: number;
};

type BodyElement = Paragraph | Table;

function renderBlocks(blocks: Block[], context: Context): BodyElement[] {
  return blocks.flatMap((block) => renderBlock(block, context));
}

/** Paragraph options every block inside lists and quotes shares: numbering, indentation, quote style. */
function placement(context: Context): Partial<IParagraphOptions> {
  const options: { numbering?: IParagraphOptions["numbering"]; indent?: { left: number }; style?: string } = {};
  const list = context.list;
  if (list && list.numbered) {
    options.numbering = { reference: list.reference, level: list.level, instance: list.instance };
    list.numbered = false;
  } else if (list) {
    options.indent = { left: INDENT_STEP * (list.level + 1) };
  }
  if (context.quoteDepth > 0) {
    options.style = "ReportQuote";
    options.indent ??= { left: 567 * context.quoteDepth };
  }
  return options;
}

function renderBlock(block: Block, context: Context): BodyElement[] {
  switch (block.kind) {
    case "paragraph":
      if (block.inlines.length === 0 && !context.list?.numbered) return [];
      return [new Paragraph({ ...placement(context), children: renderInlines(block.inlines, context.factors) })];
    case "heading":
      if (block.inlines.length === 0) return [];
      return [new Paragraph({ heading: HEADINGS[block.level], children: renderInlines(block.inlines, context.factors) })];
    case "bulletList":
    case "orderedList":
      return renderList(block, context.list ? Math.min(context.list.level + 1, 8) : 0, context);
    case "blockquote":
      return renderBlocks(block.blocks, { ...context, quoteDepth: context.quoteDepth + 1 });
    case "codeBlock": {
      const lines = block.text.replace(/\t/g, "    ").split(/\r\n?|\n/);
      const children = lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined }));
      return [new Paragraph({ ...placement(context), style: "ReportCode", children })];
    }
    case "horizontalRule":
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 1 } }, spacing: { after: 240 } })];
    case "table":
      return renderTable(block.rows, context);
    case "image":
      return renderImage(block, context);
  }
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "8A94A6" };

function renderTable(rows: ReportTableCell[][], context: Context): BodyElement[] {
  if (rows.length === 0) return [];
  const cellContext: Context = { ...context, list: null, quoteDepth: 0 };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: row.map((cell) => {
            const children = renderBlocks(cell.blocks, cellContext);
            return new TableCell({
              ...(cell.header ? { shading: { type: ShadingType.CLEAR, fill: "EEF1F6", color: "auto" } } : {}),
              children: children.length > 0 ? children : [new Paragraph({})],
            });
          }),
        }),
    ),
  });
  // Word needs a paragraph between two tables and after the last one.
  return [table, new Paragraph({})];
}

/** PNG, JPEG and GIF are embedded (Word shows no WebP); otherwise the alt text stands in. */
function renderImage(block: Extract<Block, { kind: "image" }>, context: Context): BodyElement[] {
  const type = block.file ? DOCX_IMAGE_TYPES[block.file.contentType] : undefined;
  if (!block.file || !type) return block.alt ? [new Paragraph({ ...placement(context), children: [new TextRun({ text: `[${block.alt}]`, italics: true })] })] : [];
  const size = fitWidth(block.file, 600);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type, data: block.file.data, transformation: size, altText: { name: block.alt || "image", description: block.alt, title: block.alt } })],
    }),
  ];
}

const DOCX_IMAGE_TYPES: Partial<Record<ImageFile["contentType"], "png" | "jpg" | "gif">> = { "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif" };

function renderList(block: Extract<Block, { kind: "bulletList" | "orderedList" }>, level: number, context: Context): BodyElement[] {
  const { reference, instance } = block.kind === "bulletList" ? context.numbering.bullet() : context.numbering.ordered(block.start);
  return block.items.flatMap((item) => {
    const list = { reference, instance, level, numbered: true };
    const elements = renderBlocks(item, { ...context, list });
    // An empty item still shows its bullet or number.
    if (list.numbered) elements.unshift(new Paragraph({ numbering: { reference, level, instance } }));
    return elements;
  });
}

function runOptions(marks: Marks) {
  return {
    bold: marks.bold || undefined,
    italics: marks.italic || undefined,
    strike: marks.strike || undefined,
    underline: marks.underline ? {} : undefined,
    font: marks.code ? CODE_FONT : undefined,
    shading: marks.code ? { type: ShadingType.CLEAR, fill: "F4F6F8", color: "auto" } : undefined,
    style: marks.link ? "Hyperlink" : undefined,
  };
}

/** Text runs, with neighbouring runs of one link grouped into one external hyperlink. */
function renderInlines(inlines: Inline[], factors: ReadonlyMap<string, FactorInfo>): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let link: { href: string; runs: TextRun[] } | null = null;
  const flush = () => {
    if (link) children.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = null;
  };
  for (const inline of inlines) {
    if (inline.kind === "hardBreak") {
      flush();
      children.push(new TextRun({ break: 1 }));
      continue;
    }
    if (inline.kind === "factorLabel") {
      flush();
      children.push(new TextRun({ text: ` [${factorLabelText(factors, inline.factorIds)}]`, font: "Calibri", size: 17, bold: true, color: ACCENT }));
      continue;
    }
    const run = new TextRun({ text: inline.text, ...runOptions(inline.marks) });
    if (inline.marks.link) {
      if (!link || link.href !== inline.marks.link) {
        flush();
        link = { href: inline.marks.link, runs: [] };
      }
      link.runs.push(run);
      continue;
    }
    flush();
    children.push(run);
  }
  flush();
  return children;
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "auto" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "auto" },
  left: { style: BorderStyle.NONE, size: 0, color: "auto" },
  right: { style: BorderStyle.NONE, size: 0, color: "auto" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "auto" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "auto" },
};

function titleBlock(report: ReportDocument, title: string): BodyElement[] {
  const rows = metaFields(report.meta, report.locale).map(
    ({ label, value }) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: 25, type: WidthType.PERCENTAGE },
            children: [new Paragraph({ style: "ReportMeta", children: [new TextRun({ text: label, bold: true, color: MUTED })] })],
          }),
          new TableCell({
            width: { size: 75, type: WidthType.PERCENTAGE },
            children: [new Paragraph({ style: "ReportMeta", text: value })],
          }),
        ],
      }),
  );
  return [
    new Paragraph({ style: "ReportEyebrow", text: documentKindName(report.meta, report.locale) }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: title }),
    ...(rows.length > 0 ? [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [2400, 7200], borders: NO_BORDERS })] : []),
    new Paragraph({
      style: "ReportMeta",
      spacing: { before: 200, after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: "1F2328", space: 8 } },
      children: [new TextRun({ text: exportedOn(report.meta, report.locale), color: MUTED, size: 17 })],
    }),
  ];
}

/** Column widths of the rating table in twentieths of a point (together the A4 text width). */
const RATING_COLUMNS = [4200, 3138, 2300] as const;

function cell(text: string, width: number, options: { bold?: boolean; color?: string; header?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, fill: "F4F6F8", color: "auto" } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ style: "ReportMeta", children: [new TextRun({ text, bold: options.bold, color: options.color })] })],
  });
}

const RATING_COLORS = { wholly: "1A7F37", partly: "9A6700", not: "CF222E" } as const;

/** A heading and a full-width table with a repeating header row; `rows` are the cells of each body row. */
function tableSection(title: string, columns: readonly number[], headers: readonly string[], rows: TableCell[][]): BodyElement[] {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((text, index) => cell(text, columns[index]!, { bold: true, header: true })),
  });
  const line = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: title }),
    new Table({
      rows: [header, ...rows.map((children) => new TableRow({ cantSplit: true, children }))],
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: [...columns],
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    }),
  ];
}

function ratingSection(report: ReportDocument): BodyElement[] {
  const rows = (report.ratings ?? []).map((row) => [
    cell(`${row.factor.code} ${row.factor.name}`, RATING_COLUMNS[0]),
    cell(row.factor.moduleName, RATING_COLUMNS[1]),
    cell(ratingLabel(row.rating, report.locale), RATING_COLUMNS[2], { bold: row.rating !== null, color: row.rating ? RATING_COLORS[row.rating] : MUTED }),
  ]);
  const { ratingTable } = exportMessages(report.locale);
  return tableSection(ratingTable.heading, RATING_COLUMNS, [ratingTable.factor, ratingTable.module, ratingTable.teamRating], rows);
}

const DECISION_COLUMNS = [4600, 1800, 3238] as const;

function decisionSection(report: ReportDocument): BodyElement[] {
  const cells = (report.decisions ?? []).map((row) => [
    cell(row.recommendation, DECISION_COLUMNS[0]),
    cell(row.decision, DECISION_COLUMNS[1], { bold: true }),
    cell(row.note, DECISION_COLUMNS[2]),
  ]);
  const { decisionTable } = exportMessages(report.locale);
  return tableSection(decisionTable.heading, DECISION_COLUMNS, [decisionTable.recommendation, decisionTable.decision, decisionTable.note], cells);
}

const ADDRESSEE_COLUMNS = [4600, 3238, 1800] as const;

function addresseeSection(report: ReportDocument): BodyElement[] {
  const cells = (report.addressees ?? []).map((row) => [
    cell(row.recommendation, ADDRESSEE_COLUMNS[0]),
    cell(row.addressees, ADDRESSEE_COLUMNS[1]),
    cell(row.followUp, ADDRESSEE_COLUMNS[2], { bold: true }),
  ]);
  const { addresseeTable } = exportMessages(report.locale);
  return tableSection(addresseeTable.heading, ADDRESSEE_COLUMNS, [addresseeTable.recommendation, addresseeTable.addressees, addresseeTable.followUp], cells);
}

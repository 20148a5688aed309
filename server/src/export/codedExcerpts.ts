import type { CodedExcerpt, CodedExcerpts, ExcerptCode } from "@review/shared";
import type { FactorState } from "@review/shared/board";
import type { ReportDocument } from "./reportDocument.ts";
import type { Block, Inline } from "./reportModel.ts";

type ReportExcerpt = Extract<CodedExcerpt, { kind: "report" }>;

/**
 * The review as a code report: per factor, the report passages linked to it (in reading
 * order, each with the heading it sits under) and the cards on its board. Factors with
 * neither, and no team rating, are left out; factors are in benchmark order, ids the
 * benchmark does not know last.
 */
export function collectCodedExcerpts(
  report: ReportDocument,
  review: CodedExcerpts["review"],
  board: ReadonlyMap<string, FactorState>,
): CodedExcerpts {
  const passages = reportPassages(report.blocks);
  const ids = [...report.factors.keys()];
  for (const id of [...passages.keys(), ...board.keys()]) if (!ids.includes(id)) ids.push(id);

  const codes: ExcerptCode[] = [];
  for (const factorId of ids) {
    const state = board.get(factorId);
    const evidence: CodedExcerpt[] = (state?.cards ?? []).map((card) => ({
      kind: "evidence",
      text: card.text,
      source: card.source,
      sourceLabel: card.sourceLabel,
      stance: card.stance,
      tests: [...new Set(card.tests)].sort((a, b) => a - b).map((index) => index + 1),
      visitDay: card.visitDay,
    }));
    const excerpts = [...(passages.get(factorId) ?? []), ...evidence];
    const rating = state?.rating ?? null;
    if (excerpts.length === 0 && rating === null) continue;
    const info = report.factors.get(factorId);
    codes.push({ factorId, code: info?.code ?? factorId, name: info?.name ?? factorId, module: info?.moduleName ?? "", rating, excerpts });
  }
  return { review, benchmark: report.meta.benchmark, exportedAt: report.meta.exportedAt.toISOString(), codes };
}

/** Report passages per factor id: each maximal run of text in one block that is linked to the factor. */
export function reportPassages(blocks: Block[]): Map<string, ReportExcerpt[]> {
  const passages = new Map<string, ReportExcerpt[]>();
  let section: string | null = null;
  const collect = (inlines: Inline[]) => {
    const open = new Map<string, string>();
    const close = (factorId: string) => {
      const text = open.get(factorId)!.replace(/\s+/g, " ").trim();
      open.delete(factorId);
      if (text.length === 0) return;
      const list = passages.get(factorId) ?? [];
      list.push({ kind: "report", text, section });
      passages.set(factorId, list);
    };
    for (const inline of inlines) {
      if (inline.kind === "factorLabel") continue;
      // A line break inside a linked run keeps the run going.
      const ids = inline.kind === "text" ? inline.marks.factorIds : [...open.keys()];
      const piece = inline.kind === "text" ? inline.text : " ";
      for (const factorId of [...open.keys()]) if (!ids.includes(factorId)) close(factorId);
      for (const factorId of ids) open.set(factorId, (open.get(factorId) ?? "") + piece);
    }
    for (const factorId of [...open.keys()]) close(factorId);
  };
  const walk = (list: Block[]) => {
    for (const block of list) {
      switch (block.kind) {
        case "heading":
          collect(block.inlines);
          section = block.inlines.map((inline) => (inline.kind === "text" ? inline.text : inline.kind === "hardBreak" ? " " : "")).join("").replace(/\s+/g, " ").trim() || null;
          break;
        case "paragraph":
          collect(block.inlines);
          break;
        case "bulletList":
        case "orderedList":
          for (const item of block.items) walk(item);
          break;
        case "blockquote":
          walk(block.blocks);
          break;
        case "table":
          for (const row of block.rows) for (const cell of row) walk(cell.blocks);
          break;
        case "codeBlock":
        case "horizontalRule":
        case "image":
          break;
      }
    }
  };
  walk(blocks);
  return passages;
}

import type * as Y from "yjs";
import { EDITOR_FRAGMENT } from "@review/shared";
import { readBoard } from "@review/shared/board";
import { readThreads } from "@review/shared/comments";
import { readReport, type Block, type Inline } from "../../export/reportModel.ts";

/** One searchable piece of a document and what a result needs to point at it. */
export type TextPiece = { text: string; factorId?: string; cardId?: string; find: boolean };

const inlineText = (inlines: Inline[]) => inlines.map((inline) => (inline.kind === "text" ? inline.text : inline.kind === "hardBreak" ? " " : "")).join("");

/** The text blocks of a report or paper, each as one piece, in reading order. */
function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "paragraph":
      case "heading":
        return [inlineText(block.inlines)];
      case "bulletList":
      case "orderedList":
        return block.items.flatMap(blockTexts);
      case "blockquote":
        return blockTexts(block.blocks);
      case "table":
        return block.rows.flatMap((row) => row.flatMap((cell) => blockTexts(cell.blocks)));
      case "codeBlock":
        return [block.text];
      case "image":
        return block.alt ? [block.alt] : [];
      case "horizontalRule":
        return [];
    }
  });
}

export function editorPieces(doc: Y.Doc): TextPiece[] {
  return blockTexts(readReport(doc.getXmlFragment(EDITOR_FRAGMENT)))
    .filter((text) => text.trim() !== "")
    .map((text) => ({ text, find: true }));
}

export function boardPieces(doc: Y.Doc): TextPiece[] {
  return [...readBoard(doc)].flatMap(([factorId, state]) =>
    state.cards.flatMap((card) => [card.text, card.sourceLabel].filter((text) => text.trim() !== "").map((text) => ({ text, factorId, cardId: card.id, find: false }))),
  );
}

/** Comment bodies, found in the report through their thread's quote. */
export function commentPieces(doc: Y.Doc): (TextPiece & { quote: string })[] {
  return readThreads(doc).flatMap((thread) =>
    thread.comments.filter((comment) => !comment.deleted && comment.body.trim() !== "").map((comment) => ({ text: comment.body, quote: thread.quote, find: false })),
  );
}

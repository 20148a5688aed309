import { Mark, mergeAttributes } from "@tiptap/core";
import type { Mark as PMMark, Node as PMNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";

/** The mark's name and attribute: the server's export (`server/src/export/reportModel.ts`) reads exactly these. */
export const FACTOR_MARK = "factor";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    factor: {
      /** Links the selected text to `factorIds`, keeping the factors each part was already linked to. */
      linkFactors: (factorIds: readonly string[]) => ReturnType;
      /** Removes `factorIds` (every factor when omitted) from the selected text's links. */
      unlinkFactors: (factorIds?: readonly string[]) => ReturnType;
    };
  }
}

/** `factorIds` as stored (array) or as older writers and HTML have it (comma- or space-separated string). */
export function parseFactorIds(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,]+/) : [];
  const ids = raw.filter((id): id is string => typeof id === "string").map((id) => id.trim()).filter(Boolean);
  return [...new Set(ids)];
}

/** The factor ids a set of marks links to. */
export function factorIdsOf(marks: readonly PMMark[]): string[] {
  const mark = marks.find((candidate) => candidate.type.name === FACTOR_MARK);
  return mark ? parseFactorIds(mark.attrs.factorIds) : [];
}

/**
 * Rewrites the factor links of every text node between `from` and `to`: `change` gets the
 * ids a piece of text is linked to and returns the new ones (an empty list removes the mark).
 * Working piece by piece keeps each part's other links when links overlap.
 */
function rewriteLinks(tr: Transaction, doc: PMNode, from: number, to: number, change: (ids: string[]) => string[]): void {
  const type = doc.type.schema.marks[FACTOR_MARK];
  if (!type) return;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return;
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + node.nodeSize);
    if (start >= end) return;
    const before = factorIdsOf(node.marks);
    const after = change(before);
    if (after.join(" ") === before.join(" ")) return;
    if (after.length === 0) tr.removeMark(start, end, type);
    else tr.addMark(start, end, type.create({ factorIds: after }));
  });
}

/** Adds `factorIds` to the links of the text in `from`..`to` (a transaction step, no dispatch). */
export function addFactorLinks(tr: Transaction, from: number, to: number, factorIds: readonly string[]): Transaction {
  rewriteLinks(tr, tr.doc, from, to, (ids) => [...new Set([...ids, ...factorIds])]);
  return tr;
}

/** Removes `factorIds` (every factor when omitted) from the links of the text in `from`..`to`. */
export function removeFactorLinks(tr: Transaction, from: number, to: number, factorIds?: readonly string[]): Transaction {
  const drop = factorIds ? new Set(factorIds) : null;
  rewriteLinks(tr, tr.doc, from, to, (ids) => (drop ? ids.filter((id) => !drop.has(id)) : []));
  return tr;
}

/**
 * Links report text to critical factors: `<span class="factor-link" data-factor-ids="core-1 m1-2">`.
 * Not inclusive, so typing at the end of a linked passage does not extend the link.
 */
export const FactorMark = Mark.create({
  name: FACTOR_MARK,
  inclusive: false,
  // A link is metadata about the text: it sits alongside bold, italic, links and the like.
  spanning: true,

  addAttributes() {
    return {
      factorIds: {
        default: [] as string[],
        parseHTML: (element: HTMLElement) => parseFactorIds(element.getAttribute("data-factor-ids") ?? ""),
        renderHTML: (attributes: { factorIds?: unknown }) => ({ "data-factor-ids": parseFactorIds(attributes.factorIds).join(" ") }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span.factor-link[data-factor-ids]" }, { tag: "span[data-factor-ids]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "factor-link" }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      linkFactors:
        (factorIds) =>
        ({ tr, state, dispatch }) => {
          const { from, to, empty } = state.selection;
          if (empty || factorIds.length === 0) return false;
          if (dispatch) addFactorLinks(tr, from, to, factorIds);
          return true;
        },
      unlinkFactors:
        (factorIds) =>
        ({ tr, state, dispatch }) => {
          const { from, to, empty } = state.selection;
          if (empty) return false;
          if (dispatch) removeFactorLinks(tr, from, to, factorIds);
          return true;
        },
    };
  },
});

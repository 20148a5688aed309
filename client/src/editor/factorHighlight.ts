import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { factorIdsOf } from "./factorMark.ts";

const key = new PluginKey<string | null>("factorHighlight");

function decorate(doc: PMNode, factorId: string | null): DecorationSet {
  if (!factorId) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.isText && factorIdsOf(node.marks).includes(factorId)) {
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: "factor-highlight" }));
    }
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Highlights the passages linked to one factor (the one hovered or focused in the benchmark
 * sidebar). Purely local view state: nothing is written to the shared document.
 */
export const FactorHighlight = Extension.create({
  name: "factorHighlight",
  addProseMirrorPlugins() {
    return [
      new Plugin<string | null>({
        key,
        state: {
          init: () => null,
          apply: (tr, value) => {
            const meta = tr.getMeta(key) as { factorId: string | null } | undefined;
            return meta ? meta.factorId : value;
          },
        },
        props: {
          decorations(state) {
            return decorate(state.doc, key.getState(state) ?? null);
          },
        },
      }),
    ];
  },
});

/** Highlights `factorId`'s passages in `editor` (null clears the highlight). */
export function highlightFactor(editor: Editor, factorId: string | null): void {
  if (editor.isDestroyed) return;
  if ((key.getState(editor.state) ?? null) === factorId) return;
  editor.view.dispatch(editor.state.tr.setMeta(key, { factorId }).setMeta("addToHistory", false));
}

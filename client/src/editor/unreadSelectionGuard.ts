import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { unreadDomSelection } from "./domSelection.ts";

/**
 * Keeps a caret move the editor has not read yet through a collaborator's change. The Yjs
 * binding notes the editor's selection when a change of the shared document begins and puts it
 * back once the change is shown; a move the browser made (a caret key) and ProseMirror reads
 * only on the next `selectionchange` would be replaced by the older one. Before each change that
 * is not the editor's own, the selection the binding puts back becomes the browser's.
 *
 * Nothing is dispatched here: the listener runs inside the Yjs transaction, where an editor
 * transaction would write to the shared document under the collaborator's origin.
 */
export const UnreadSelectionGuard = Extension.create({
  name: "unreadSelectionGuard",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("unreadSelectionGuard"),
        view: (view) => {
          const binding = ySyncPluginKey.getState(view.state)?.binding;
          if (!binding) return {};
          const beforeTransaction = (transaction: Y.Transaction) => {
            if (transaction.origin === ySyncPluginKey || binding.prosemirrorView !== view) return;
            const unread = unreadDomSelection(view);
            if (!unread) return;
            // What the binding's getRelativeSelection notes of a text selection, for the browser's ends.
            binding.beforeTransactionSelection = {
              type: "text",
              depth: undefined,
              anchor: absolutePositionToRelativePosition(unread.anchor, binding.type, binding.mapping),
              head: absolutePositionToRelativePosition(unread.head, binding.type, binding.mapping),
              absAnchor: unread.anchor,
              absHead: unread.head,
            };
          };
          binding.doc.on("beforeTransaction", beforeTransaction);
          return { destroy: () => binding.doc.off("beforeTransaction", beforeTransaction) };
        },
      }),
    ];
  },
});

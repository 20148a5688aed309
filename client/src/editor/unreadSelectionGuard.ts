import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { takeUnreadDomSelection, unreadDomSelection } from "./domSelection.ts";

/**
 * Keeps a caret move the editor has not read yet (see unreadDomSelection):
 * - a key the editor handles itself (Enter, Backspace, its shortcuts) first takes the browser's
 *   selection, so Enter splits where the caret is, not the passage selected before;
 * - a collaborator's change: the Yjs binding notes the editor's selection when a change of the
 *   shared document begins and puts it back once the change is shown, which would replace the
 *   browser's newer one. Before each change that is not the editor's own, the binding is handed
 *   the browser's selection instead. Nothing is dispatched there: the listener runs inside the
 *   Yjs transaction, where an editor transaction would write under the collaborator's origin.
 */
export const UnreadSelectionGuard = Extension.create({
  name: "unreadSelectionGuard",
  // Before every other extension's keys: Enter must split where the caret is, not where it was.
  priority: 10_000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("unreadSelectionGuard"),
        props: {
          handleKeyDown: (view) => {
            takeUnreadDomSelection(view);
            return false;
          },
        },
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

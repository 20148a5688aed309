import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type EmptyDocumentHintOptions = {
  /** Shown in an empty document the user can edit. */
  editableText: string;
  /** Shown in an empty document the user can only read. */
  readOnlyText: string;
};

/**
 * Shows a hint in a document that holds nothing but one empty paragraph (the
 * text is rendered by CSS from `data-placeholder`; it is never document content).
 */
export const EmptyDocumentHint = Extension.create<EmptyDocumentHintOptions>({
  name: "emptyDocumentHint",

  addOptions() {
    return { editableText: "", readOnlyText: "" };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey("emptyDocumentHint"),
        props: {
          decorations: ({ doc }) => {
            const only = doc.firstChild;
            if (doc.childCount !== 1 || !only || only.type.name !== "paragraph" || only.content.size > 0) return null;
            const text = editor.isEditable ? options.editableText : options.readOnlyText;
            return DecorationSet.create(doc, [Decoration.node(0, only.nodeSize, { class: "is-editor-empty", "data-placeholder": text })]);
          },
        },
      }),
    ];
  },
});

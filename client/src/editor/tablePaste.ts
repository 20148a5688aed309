import { Extension } from "@tiptap/core";
import { Fragment, Slice } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * A pasted table is followed by an empty paragraph, so the writer can go on typing after it (a
 * table at the very end has no text position after it). Done by the paster's own paste, not by
 * a rule every client applies, which in a shared document would add one paragraph per client.
 */
export const ParagraphAfterPastedTable = Extension.create({
  name: "paragraphAfterPastedTable",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("paragraphAfterPastedTable"),
        props: {
          transformPasted(slice, view) {
            const paragraph = view.state.schema.nodes.paragraph;
            if (slice.content.lastChild?.type.name !== "table" || !paragraph) return slice;
            return new Slice(slice.content.append(Fragment.from(paragraph.create())), slice.openStart, 0);
          },
        },
      }),
    ];
  },
});

import { Extension } from "@tiptap/core";
import { insertTable, pickImages } from "./insertItems.tsx";

/** The keyboard paths to the toolbar's insert buttons (Ctrl+K is the report editor's own). */
export const InsertShortcuts = Extension.create({
  name: "insertShortcuts",
  addKeyboardShortcuts() {
    return {
      "Mod-Alt-t": () => insertTable(this.editor),
      "Mod-Alt-g": () => {
        pickImages(this.editor);
        return true;
      },
    };
  },
});

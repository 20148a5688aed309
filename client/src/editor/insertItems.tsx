import type { Editor } from "@tiptap/core";
import { IMAGE_TYPES } from "@review/shared";
import { ImageIcon, LinkIcon, TableIcon } from "../ui/icons.tsx";
import { insertImages, type ImageUploadOptions } from "./imageUpload.ts";
import type { ToolbarItem } from "./toolbarItems.tsx";

/** Asks the report editor around `editor` to open its link dialog (it owns the dialog's state). */
export const OPEN_LINK_DIALOG = "review-open-link-dialog";

export function requestLinkDialog(editor: Editor): void {
  editor.view.dom.dispatchEvent(new CustomEvent(OPEN_LINK_DIALOG, { bubbles: true }));
}

export function insertTable(editor: Editor): boolean {
  return editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
}

/** Opens the file picker and uploads the chosen images where the caret is. */
export function pickImages(editor: Editor): void {
  const options = editor.extensionManager.extensions.find((extension) => extension.name === "imageUpload")?.options as ImageUploadOptions | undefined;
  if (!options?.upload) return;
  const input = document.createElement("input");
  input.type = "file";
  input.accept = IMAGE_TYPES.join(",");
  input.multiple = true;
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    if (files.length > 0) void insertImages(editor, options, files, editor.state.selection.from);
  });
  input.click();
}

/** Inserting: a link (Ctrl+K), a table, an image. */
export const INSERT_GROUP: readonly ToolbarItem[] = [
  { id: "link", label: "editor.toolbar.link", content: <LinkIcon />, shortcut: "Mod-k", run: requestLinkDialog },
  { id: "table", label: "editor.toolbar.table", content: <TableIcon />, shortcut: "Mod-Alt-t", run: (editor) => void insertTable(editor) },
  { id: "image", label: "editor.toolbar.image", content: <ImageIcon />, shortcut: "Mod-Alt-g", run: pickImages },
];

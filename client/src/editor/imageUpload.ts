import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { IMAGE_TYPES } from "@review/shared";

export type ImageUploadOptions = {
  /** Stores the file on the server and resolves with the `src` to insert. */
  upload: ((file: File) => Promise<string>) | null;
  /** A refused or failed upload, to be shown to the writer. */
  onError: (error: unknown, file: File) => void;
};

const imageUploadKey = new PluginKey("imageUpload");

/** The image files among `files`, in order. */
export function imageFiles(files: FileList | readonly File[] | null | undefined): File[] {
  return Array.from(files ?? []).filter((file) => (IMAGE_TYPES as readonly string[]).includes(file.type));
}

/** "Site visit, day 2.jpg" → "Site visit, day 2": a starting alt text the writer can change. */
export function altFromFileName(name: string): string {
  return name.replace(/\.[a-z0-9]{2,5}$/i, "").replace(/[_-]+/g, " ").trim();
}

/** A document position kept up to date while an upload runs (others may type meanwhile). */
function trackPosition(editor: Editor, position: number): { get(): number; stop(): void } {
  let current = position;
  const onTransaction = ({ transaction }: { transaction: { mapping: { map(pos: number): number } } }) => {
    current = transaction.mapping.map(current);
  };
  editor.on("transaction", onTransaction);
  return { get: () => current, stop: () => editor.off("transaction", onTransaction) };
}

/** Uploads `files` one after another and inserts each image where the writer put it. */
export async function insertImages(editor: Editor, options: ImageUploadOptions, files: File[], position: number): Promise<void> {
  if (!options.upload) return;
  const place = trackPosition(editor, position);
  try {
    for (const file of files) {
      try {
        const src = await options.upload(file);
        if (editor.isDestroyed || !editor.isEditable) return;
        const at = place.get();
        editor.chain().insertContentAt(at, { type: "image", attrs: { src, alt: altFromFileName(file.name) } }).run();
      } catch (error) {
        options.onError(error, file);
      }
    }
  } finally {
    place.stop();
  }
}

/**
 * Pasted and dropped image files go to the server and come back as images in the text. A paste
 * that also carries text (a spreadsheet's cells, a web page) is left to the editor: its text wins.
 */
export const ImageUpload = Extension.create<ImageUploadOptions>({
  name: "imageUpload",

  addOptions() {
    return { upload: null, onError: () => {} };
  },

  addProseMirrorPlugins() {
    const { editor, options } = this;
    return [
      new Plugin({
        key: imageUploadKey,
        props: {
          handlePaste(view, event) {
            const files = imageFiles(event.clipboardData?.files);
            if (files.length === 0 || !options.upload || (event.clipboardData?.getData("text/plain") ?? "").trim()) return false;
            event.preventDefault();
            void insertImages(editor, options, files, view.state.selection.from);
            return true;
          },
          handleDrop(view, event, _slice, moved) {
            const files = imageFiles(event.dataTransfer?.files);
            if (moved || files.length === 0 || !options.upload) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
            void insertImages(editor, options, files, at);
            return true;
          },
        },
      }),
    ];
  },
});

import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { FormDialog } from "../ui/FormDialog.tsx";
import { TextField } from "../ui/Field.tsx";
import { normaliseLinkTarget } from "./linkTarget.ts";

/**
 * Ctrl+K: adds, changes or removes the link on the selected text. With nothing selected it
 * asks for the text too. Focus returns to the editor when it closes.
 */
export function LinkDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [address, setAddress] = useState("");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [existing, setExisting] = useState(false);
  const [needsText, setNeedsText] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      // A caret inside a link edits the whole link.
      if (editor.isActive("link")) editor.chain().extendMarkRange("link").run();
      const href = (editor.getAttributes("link").href as string | undefined) ?? "";
      setAddress(href.replace(/^mailto:/, ""));
      setExisting(href !== "");
      setNeedsText(editor.state.selection.empty);
      setText("");
      setError(undefined);
      element.showModal();
      element.querySelector<HTMLInputElement>("input[name=address]")?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, editor]);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const href = normaliseLinkTarget(address);
    if (!href) {
      setError(t("editor.link.invalid"));
      dialog.current?.querySelector<HTMLInputElement>("input[name=address]")?.focus();
      return;
    }
    const chain = editor.chain().focus();
    if (needsText) {
      const label = text.trim() || href.replace(/^mailto:/, "");
      chain.insertContent({ type: "text", text: label, marks: [{ type: "link", attrs: { href } }] }).unsetMark("link");
    } else {
      chain.extendMarkRange("link").setLink({ href });
    }
    chain.run();
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };

  return (
    <FormDialog
      dialogRef={dialog}
      title={t(existing ? "editor.link.editTitle" : "editor.link.title")}
      description={t("editor.link.description")}
      submitting={false}
      error={null}
      submitLabel={t(existing ? "editor.link.update" : "editor.link.add")}
      onClose={close}
      onSubmit={onSubmit}
    >
      <TextField
        name="address"
        label={t("editor.link.address")}
        hint={t("editor.link.addressHint")}
        value={address}
        inputMode="url"
        autoComplete="url"
        error={error}
        onChange={(event) => {
          setAddress(event.target.value);
          setError(undefined);
        }}
      />
      {needsText ? <TextField name="text" label={t("editor.link.text")} value={text} onChange={(event) => setText(event.target.value)} /> : null}
      {existing ? (
        <button type="button" className="button button--secondary" onClick={remove}>
          {t("editor.link.remove")}
        </button>
      ) : null}
    </FormDialog>
  );
}

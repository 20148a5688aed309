import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { AwarenessUser } from "@review/shared";
import { uploadImage } from "../api/images.ts";
import { describeError } from "../app/errorText.ts";
import type { CollabSession } from "../collab/collabSession.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages/en.ts";
import { reportExtensions } from "./extensions.ts";
import { useLocation } from "../app/navigation.tsx";
import { takeDomSelection } from "./domSelection.ts";
import { useFindOnOpen } from "./findInEditor.ts";
import { OPEN_LINK_DIALOG } from "./insertItems.tsx";
import { LinkDialog } from "./LinkDialog.tsx";
import { TableBar } from "./TableBar.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { Alert } from "../ui/Alert.tsx";
import { WordCount } from "./WordCount.tsx";
import "./editor.css";

type ReportEditorProps = {
  session: CollabSession;
  user: AwarenessUser;
  editable: boolean;
  /** Id of the heading that names the document, for the editor's accessible name. */
  labelledBy: string;
  /** Told the editor instance while it exists (null when it goes), for panels beside it. */
  onEditor?: (editor: Editor | null) => void;
  /** What an empty document invites to write (defaults to the findings report's wording). */
  emptyHint?: { editable: MessageKey; readOnly: MessageKey };
  /** The fragment of the document to edit (default: the report's `content`). */
  field?: string;
};

/** The rich-text editor bound to a collaborative document, with its toolbar when the user may write. */
export function ReportEditor({ session, user, editable, labelledBy, onEditor, emptyHint, field }: ReportEditorProps) {
  const { t, locale } = useI18n();
  const editorId = useId();
  // Read by the attributes function, which ProseMirror re-evaluates on every view update.
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const [imageError, setImageError] = useState<{ name: string; reason: string } | null>(null);

  const editor = useEditor(
    {
      extensions: reportExtensions({
        doc: session.doc,
        provider: session.provider,
        user,
        field,
        hint: { editableText: t(emptyHint?.editable ?? "editor.empty.editable"), readOnlyText: t(emptyHint?.readOnly ?? "editor.empty.readOnly") },
        recommendationLabel: t("workflow.recommendation.label"),
        images: {
          upload: (file) => uploadImage(session.documentName, file).then((image) => image.src),
          onError: (error, file) => setImageError({ name: file.name, reason: describeError(t, error) }),
        },
      }),
      editable,
      editorProps: {
        attributes: () => ({
          id: editorId,
          class: "report-editor__prose",
          role: "textbox",
          "aria-multiline": "true",
          "aria-readonly": String(!editableRef.current),
          "aria-labelledby": labelledBy,
          spellcheck: "true",
          lang: locale,
        }),
      },
    },
    // A new editor per document session (and per wording of its hints).
    [session, t, field],
  );

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  const { search } = useLocation();
  useFindOnOpen(editor, search.get("find"), search.get("hit"));

  const [linkDialogOpen, setLinkDialogOpen] = useState(false);
  // The toolbar's link button asks for the dialog with an event (the toolbar has no state of ours).
  useEffect(() => {
    const dom = editor.view.dom;
    const open = () => {
      if (!editableRef.current) return;
      takeDomSelection(editor);
      setLinkDialogOpen(true);
    };
    dom.addEventListener(OPEN_LINK_DIALOG, open);
    return () => dom.removeEventListener(OPEN_LINK_DIALOG, open);
  }, [editor]);

  // Alt+F10 jumps from the text to the toolbar, as in most word processors; Ctrl+K links.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editable && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k") {
      event.preventDefault();
      takeDomSelection(editor);
      setLinkDialogOpen(true);
      return;
    }
    if (event.altKey && event.key === "F10") {
      const toolbarButton = event.currentTarget.querySelector<HTMLButtonElement>('.toolbar [tabindex="0"]');
      if (toolbarButton) {
        event.preventDefault();
        toolbarButton.focus();
      }
    }
  };

  return (
    <div className={`report-editor${editable ? "" : " report-editor--readonly"}`} onKeyDown={onKeyDown}>
      {editable ? (
        <div className="report-editor__toolbar">
          <Toolbar editor={editor} controls={editorId} />
          <TableBar editor={editor} />
        </div>
      ) : null}
      {imageError ? (
        <Alert
          tone="error"
          title={t("editor.image.failed", { name: imageError.name })}
          action={
            <button type="button" className="button button--secondary" onClick={() => setImageError(null)}>
              {t("common.close")}
            </button>
          }
        >
          {imageError.reason}
        </Alert>
      ) : null}
      <div className="report-editor__paper">
        <EditorContent editor={editor} />
      </div>
      {editable ? <LinkDialog editor={editor} open={linkDialogOpen} onClose={() => setLinkDialogOpen(false)} /> : null}
      <div className="report-editor__footer">
        <WordCount editor={editor} />
        {editable ? <span className="report-editor__tip">{t("editor.toolbarTip")}</span> : null}
      </div>
    </div>
  );
}

import type { Editor } from "@tiptap/core";
import { useT } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages/en.ts";
import { useEditorValue } from "./useEditorValue.ts";

const ACTIONS: { id: string; label: MessageKey; run: (editor: Editor) => boolean }[] = [
  { id: "rowBefore", label: "editor.table.rowBefore", run: (e) => e.chain().focus().addRowBefore().run() },
  { id: "rowAfter", label: "editor.table.rowAfter", run: (e) => e.chain().focus().addRowAfter().run() },
  { id: "columnBefore", label: "editor.table.columnBefore", run: (e) => e.chain().focus().addColumnBefore().run() },
  { id: "columnAfter", label: "editor.table.columnAfter", run: (e) => e.chain().focus().addColumnAfter().run() },
  { id: "headerRow", label: "editor.table.headerRow", run: (e) => e.chain().focus().toggleHeaderRow().run() },
  { id: "deleteRow", label: "editor.table.deleteRow", run: (e) => e.chain().focus().deleteRow().run() },
  { id: "deleteColumn", label: "editor.table.deleteColumn", run: (e) => e.chain().focus().deleteColumn().run() },
  { id: "deleteTable", label: "editor.table.delete", run: (e) => e.chain().focus().deleteTable().run() },
];

const isInTable = (editor: Editor) => editor.isActive("table");

/** Row and column commands, shown while the caret is in a table. */
export function TableBar({ editor }: { editor: Editor }) {
  const t = useT();
  const inTable = useEditorValue(editor, isInTable);
  if (!inTable) return null;
  return (
    <div className="table-bar" role="toolbar" aria-label={t("editor.table.label")}>
      {ACTIONS.map((action) => (
        <button
          key={action.id}
          type="button"
          className={`button button--small ${action.id.startsWith("delete") ? "button--ghost" : "button--secondary"}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => action.run(editor)}
        >
          {t(action.label)}
        </button>
      ))}
    </div>
  );
}

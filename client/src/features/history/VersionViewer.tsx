import Collaboration from "@tiptap/extension-collaboration";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useMemo } from "react";
import { EDITOR_FRAGMENT } from "@review/shared";
import { FactorMark } from "../../editor/factorMark.ts";
import { Recommendation } from "../../editor/recommendation.ts";
import { useI18n } from "../../i18n/I18nProvider.tsx";
import { docFromBase64 } from "./reportBlocks.ts";
import "../../editor/editor.css";

/**
 * One version of the report, shown read-only with the report's own editor schema and
 * styles: its Yjs update goes into a fresh Y.Doc that no provider connects anywhere.
 */
export function VersionViewer({ update, labelledBy }: { update: string; labelledBy: string }) {
  const { t, locale } = useI18n();
  const doc = useMemo(() => docFromBase64(update), [update]);
  useEffect(() => () => doc.destroy(), [doc]);

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false, trailingNode: false, heading: { levels: [1, 2, 3] } }),
        Collaboration.configure({ document: doc, field: EDITOR_FRAGMENT }),
        FactorMark,
        Recommendation.configure({ label: t("workflow.recommendation.label") }),
      ],
      editable: false,
      editorProps: {
        attributes: {
          class: "report-editor__prose",
          role: "document",
          "aria-labelledby": labelledBy,
          lang: locale,
        },
      },
    },
    [doc, t],
  );

  return (
    <div className="report-editor report-editor--readonly history-viewer" data-testid="version-viewer">
      <div className="report-editor__paper">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

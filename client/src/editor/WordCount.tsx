import type { Editor } from "@tiptap/react";
import { useT } from "../i18n/I18nProvider.tsx";
import { useWordCount } from "./wordCount.ts";

/** The editor's word count; its own component, so a recount re-renders only this line. */
export function WordCount({ editor }: { editor: Editor }) {
  const t = useT();
  const words = useWordCount(editor);
  return <span>{t("editor.wordCount", { count: words })}</span>;
}

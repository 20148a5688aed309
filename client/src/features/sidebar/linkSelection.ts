import type { Editor } from "@tiptap/core";
import type { T } from "../../i18n/I18nProvider.tsx";

/**
 * Links the editor's selection to one factor and says so: the sidebar's "Link selection" button
 * and the factor palette (Ctrl+Shift+F) both go through here. False when nothing was linked.
 */
export function linkSelectionToFactor(editor: Editor, factor: { id: string; number: string; name: string }, t: T, announce: (message: string) => void): boolean {
  if (editor.state.selection.empty) return false;
  if (!editor.commands.linkFactors([factor.id])) return false;
  announce(t("sidebar.link.done", { number: factor.number, name: factor.name }));
  return true;
}

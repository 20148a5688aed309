import type { Editor } from "@tiptap/core";
import type { ReactNode } from "react";
import type { MessageKey } from "../i18n/messages/en.ts";
import { BoldIcon, BulletListIcon, CheckCircleIcon, ItalicIcon, OrderedListIcon, QuoteIcon, RedoIcon, UndoIcon } from "../ui/icons.tsx";
import { INSERT_GROUP } from "./insertItems.tsx";
import { isRecommendationActive } from "./recommendation.ts";
import type { KeyBinding } from "./shortcuts.ts";

/** What the toolbar reads from the editor (when idle after its transactions). */
export type FormatState = {
  h1: boolean;
  h2: boolean;
  h3: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  recommendation: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

export function readFormatState(editor: Editor): FormatState {
  return {
    h1: editor.isActive("heading", { level: 1 }),
    h2: editor.isActive("heading", { level: 2 }),
    h3: editor.isActive("heading", { level: 3 }),
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    recommendation: isRecommendationActive(editor.state),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

export type ToolbarItem = {
  id: string;
  label: MessageKey;
  /** An icon, or `text`: a short visible label such as "H1". */
  content: ReactNode;
  text?: MessageKey;
  shortcut: KeyBinding;
  /** A toggle (has aria-pressed) when set. */
  pressed?: (state: FormatState) => boolean;
  enabled?: (state: FormatState) => boolean;
  run: (editor: Editor) => void;
};

/** Toolbar groups, separated visually; one roving tab stop covers them all. */
export const TOOLBAR_GROUPS: readonly (readonly ToolbarItem[])[] = [
  [
    {
      id: "undo",
      label: "editor.toolbar.undo",
      content: <UndoIcon />,
      shortcut: "Mod-z",
      enabled: (s) => s.canUndo,
      run: (e) => e.chain().focus().undo().run(),
    },
    {
      id: "redo",
      label: "editor.toolbar.redo",
      content: <RedoIcon />,
      shortcut: "Shift-Mod-z",
      enabled: (s) => s.canRedo,
      run: (e) => e.chain().focus().redo().run(),
    },
  ],
  ([1, 2, 3] as const).map(
    (level): ToolbarItem => ({
      id: `h${level}`,
      label: `editor.toolbar.heading${level}`,
      content: null,
      text: `editor.toolbar.heading${level}.short`,
      shortcut: `Mod-Alt-${level}`,
      pressed: (s) => s[`h${level}` as const],
      run: (e) => e.chain().focus().toggleHeading({ level }).run(),
    }),
  ),
  [
    {
      id: "bold",
      label: "editor.toolbar.bold",
      content: <BoldIcon />,
      shortcut: "Mod-b",
      pressed: (s) => s.bold,
      run: (e) => e.chain().focus().toggleBold().run(),
    },
    {
      id: "italic",
      label: "editor.toolbar.italic",
      content: <ItalicIcon />,
      shortcut: "Mod-i",
      pressed: (s) => s.italic,
      run: (e) => e.chain().focus().toggleItalic().run(),
    },
  ],
  [
    {
      id: "bulletList",
      label: "editor.toolbar.bulletList",
      content: <BulletListIcon />,
      shortcut: "Mod-Shift-8",
      pressed: (s) => s.bulletList,
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      id: "orderedList",
      label: "editor.toolbar.orderedList",
      content: <OrderedListIcon />,
      shortcut: "Mod-Shift-7",
      pressed: (s) => s.orderedList,
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      id: "blockquote",
      label: "editor.toolbar.blockquote",
      content: <QuoteIcon />,
      shortcut: "Mod-Shift-b",
      pressed: (s) => s.blockquote,
      run: (e) => e.chain().focus().toggleBlockquote().run(),
    },
  ],
  [
    {
      id: "recommendation",
      label: "workflow.recommendation.toggle",
      content: <CheckCircleIcon />,
      shortcut: "Mod-Alt-r",
      pressed: (s) => s.recommendation,
      run: (e) => e.chain().focus().toggleRecommendation().run(),
    },
  ],
  INSERT_GROUP,
];

import type { Editor } from "@tiptap/core";
import { useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { ariaShortcut, formatShortcut, isMacPlatform } from "./shortcuts.ts";
import { TOOLBAR_GROUPS, readFormatState } from "./toolbarItems.tsx";
import { useEditorValue } from "./useEditorValue.ts";
import { useLineStarts } from "./useLineStarts.ts";

const ITEMS = TOOLBAR_GROUPS.flat();
const isMac = isMacPlatform();

type ToolbarProps = { editor: Editor; controls: string };

/**
 * The formatting toolbar: one tab stop, arrow keys (and Home/End) move between
 * buttons, toggles expose aria-pressed. Unavailable buttons stay focusable with
 * aria-disabled so keyboard users can still discover them.
 */
export function Toolbar({ editor, controls }: ToolbarProps) {
  const t = useT();
  const state = useEditorValue(editor, readFormatState);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const toolbar = useRef<HTMLDivElement>(null);
  useLineStarts(toolbar);

  const moveFocus = (index: number) => {
    const next = (index + ITEMS.length) % ITEMS.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveFocus(focusIndex + 1),
      ArrowLeft: () => moveFocus(focusIndex - 1),
      Home: () => moveFocus(0),
      End: () => moveFocus(ITEMS.length - 1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  let index = -1;
  return (
    <div ref={toolbar} className="toolbar" role="toolbar" aria-label={t("editor.toolbar.label")} aria-controls={controls} onKeyDown={onKeyDown}>
      {TOOLBAR_GROUPS.map((group, groupIndex) => (
        <div className="toolbar__group" key={groupIndex}>
          {group.map((item) => {
            index += 1;
            const position = index;
            const enabled = item.enabled ? item.enabled(state) : true;
            const pressed = item.pressed ? item.pressed(state) : undefined;
            const label = t(item.label);
            const shortcut = formatShortcut(item.shortcut, isMac);
            return (
              <button
                key={item.id}
                ref={(element) => {
                  buttons.current[position] = element;
                }}
                type="button"
                className="toolbar__button"
                tabIndex={position === focusIndex ? 0 : -1}
                aria-label={label}
                aria-pressed={pressed}
                aria-disabled={!enabled || undefined}
                aria-keyshortcuts={ariaShortcut(item.shortcut, isMac)}
                title={t("editor.toolbar.withShortcut", { label, shortcut })}
                onFocus={() => setFocusIndex(position)}
                // Keep the editor's selection when clicking with a mouse.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  if (enabled) item.run(editor);
                }}
              >
                {item.text ? <span className="toolbar__text">{t(item.text)}</span> : item.content}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

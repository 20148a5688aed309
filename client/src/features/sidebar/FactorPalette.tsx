import type { Editor } from "@tiptap/core";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import { CloseIcon } from "../../ui/icons.tsx";
import type { ScopedFactor } from "../../app/benchmarkScope.ts";
import { linkSelectionToFactor } from "./linkSelection.ts";
import "../../ui/dialog.css";

/** The palette's shortcut, as `aria-keyshortcuts` writes it. Browsers and Tiptap leave Ctrl+Shift+F free. */
export const FACTOR_PALETTE_SHORTCUT = "Control+Shift+F";

/** True for Ctrl+Shift+F (Cmd+Shift+F on a Mac). */
export function isFactorPaletteShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === "f";
}

function matches(factor: ScopedFactor, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${factor.number} ${factor.name}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

type FactorPaletteProps = {
  open: boolean;
  factors: readonly ScopedFactor[];
  editor: Editor;
  announce: (message: string) => void;
  onClose: () => void;
};

/**
 * Links the report's selection to a factor from the keyboard: a dialog with a filter combobox
 * and a listbox of factors (arrow keys, Enter). Escape or a link closes it and the editor has
 * focus again, with its selection.
 */
export function FactorPalette({ open, factors, editor, announce, onClose }: FactorPaletteProps) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  // The selection when the palette opened: the browser's focus return to the editor may move the
  // DOM selection, so the range is put back (and linked) from here.
  const range = useRef<{ from: number; to: number } | null>(null);
  const shown = useMemo(() => factors.filter((factor) => matches(factor, query)), [factors, query]);
  const current = shown[Math.min(active, shown.length - 1)] ?? null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setQuery("");
      setActive(0);
      const { from, to } = editor.state.selection;
      range.current = { from, to };
      element.addEventListener(
        "close",
        () => {
          const chain = editor.chain().focus();
          (range.current ? chain.setTextSelection(range.current) : chain).run();
          // The focus the browser gives back to the editor may land after this and collapse the
          // selection to where it puts the caret: once it has, the range is put back again.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const wanted = range.current;
              if (!wanted || editor.isDestroyed) return;
              const { from, to } = editor.state.selection;
              if (from !== wanted.from || to !== wanted.to) editor.commands.setTextSelection(wanted);
            }),
          );
        },
        { once: true },
      );
      element.showModal();
      input.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, editor]);

  useEffect(() => {
    if (current) document.getElementById(`${id}-option-${current.id}`)?.scrollIntoView({ block: "nearest" });
  }, [current, id]);

  const choose = (factor: ScopedFactor) => {
    if (range.current) editor.commands.setTextSelection(range.current);
    linkSelectionToFactor(editor, factor, t, announce);
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (shown.length === 0) return;
      const index = Math.min(active, shown.length - 1);
      setActive(event.key === "ArrowDown" ? (index + 1) % shown.length : (index - 1 + shown.length) % shown.length);
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      setActive(event.key === "Home" ? 0 : Math.max(0, shown.length - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (current) choose(current);
    }
  };

  return (
    <dialog ref={dialog} className="dialog factor-palette" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} onClose={onClose}>
      <div className="dialog__form factor-palette__body">
        <header className="dialog__header">
          <h2 id={`${id}-title`}>{t("a11y.palette.title")}</h2>
          <button type="button" className="icon-button" aria-label={t("common.close")} onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <p className="dialog__description" id={`${id}-hint`}>
          {t("a11y.palette.hint")}
        </p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-filter`}>
            {t("a11y.palette.filter")}
          </label>
          <input
            ref={input}
            id={`${id}-filter`}
            className="input"
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded="true"
            aria-controls={`${id}-list`}
            aria-activedescendant={current ? `${id}-option-${current.id}` : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <p className="field__hint" aria-live="polite">
          {shown.length === 0 ? t("a11y.palette.empty") : t("a11y.palette.count", { count: shown.length })}
        </p>
        <ul className="factor-palette__list" id={`${id}-list`} role="listbox" aria-label={t("a11y.palette.factors")}>
          {shown.map((factor) => (
            <li
              key={factor.id}
              id={`${id}-option-${factor.id}`}
              role="option"
              aria-selected={factor === current}
              className={`factor-palette__option${factor === current ? " factor-palette__option--active" : ""}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(factor)}
            >
              <span className="factor-palette__number">{factor.number}</span> {factor.name}
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}

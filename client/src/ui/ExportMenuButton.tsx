import { useEffect, useId, useRef, useState, type CSSProperties, type JSX, type KeyboardEvent } from "react";
import { isLocaleCode, type LocaleCode } from "@review/shared";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages/en.ts";

/** One entry of an export menu: a file format (or printing its HTML) and its words. */
export type ExportItem = {
  id: string;
  format: string;
  label: MessageKey;
  hint: MessageKey;
  /** Print opens the HTML export in a new tab (the browser's Print makes the PDF); the others download. */
  print: boolean;
  /** Starts a new group in the menu (a separator above it). */
  groupStart?: boolean;
};

export type ExportMenuButtonProps = {
  items: readonly ExportItem[];
  /** The export's URL for a format, in the language the interface shows (`locale`, when it is one of ours). */
  urlFor: (format: string, locale: LocaleCode | undefined) => string;
  /** The menu's accessible name. */
  menuLabel: MessageKey;
};

// Styles are inline so the menu needs no stylesheet of its own; colours come from the theme.
const styles = {
  root: { position: "relative", display: "inline-block" },
  menu: {
    position: "absolute",
    right: 0,
    top: "calc(100% + 4px)",
    zIndex: 20,
    minWidth: 300,
    margin: 0,
    padding: "var(--space-1)",
    listStyle: "none",
    background: "var(--color-surface)",
    border: "1px solid var(--color-border)",
    borderRadius: "var(--radius-md)",
    boxShadow: "var(--shadow-lg)",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: 2,
    padding: "var(--space-2) var(--space-3)",
    borderRadius: "var(--radius-sm)",
    color: "var(--color-text)",
    textDecoration: "none",
  },
  itemActive: { background: "var(--color-accent-soft)" },
  label: { fontWeight: 600, fontSize: "0.9375rem" },
  hint: { fontSize: "0.8125rem", color: "var(--color-text-muted)" },
  separator: { height: 1, margin: "var(--space-1) 0", background: "var(--color-border)" },
} satisfies Record<string, CSSProperties>;

function DownloadIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M7 10l5 5 5-5M12 15V3" />
    </svg>
  );
}

function ChevronIcon() {
  return (
    <svg width={14} height={14} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="m6 9 6 6 6-6" />
    </svg>
  );
}

/**
 * "Export" menu button (WAI-ARIA menu button pattern) of a report or a paper: files download
 * through plain links; "Print or save as PDF" opens the HTML export in a new tab for the
 * browser's print dialog. Keyboard: Enter, Space or the arrow keys open it, arrows / Home / End
 * move, Escape closes and returns to the button, Tab leaves it.
 */
export function ExportMenuButton({ items, urlFor, menuLabel }: ExportMenuButtonProps): JSX.Element {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const menuId = useId();

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  // Focus follows the active item while the menu is open.
  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  // A click or tap anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openAt(0);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    } else if (event.key === " ") {
      // Space activates a menu item as Enter does on a link.
      event.preventDefault();
      itemRefs.current[active]?.click();
    }
  };

  return (
    <div ref={rootRef} style={styles.root}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        <DownloadIcon />
        {t("export.button")}
        <ChevronIcon />
      </button>
      {open ? (
        <ul id={menuId} role="menu" aria-label={t(menuLabel)} style={styles.menu} onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <li key={item.id} role="none">
              {item.groupStart ? <div role="separator" style={styles.separator} /> : null}
              <a
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                role="menuitem"
                tabIndex={-1}
                href={urlFor(item.format, isLocaleCode(locale) ? locale : undefined)}
                {...(item.print ? { target: "_blank", rel: "noopener" } : { download: "" })}
                style={index === active ? { ...styles.item, ...styles.itemActive } : styles.item}
                onPointerEnter={() => setActive(index)}
                onClick={() => close(!item.print)}
              >
                {/* The name is the whole visible text (label, then hint), as WCAG 2.5.3 asks. */}
                <span style={styles.label}>{t(item.label)}</span>{" "}
                <span style={styles.hint}>{t(item.hint)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

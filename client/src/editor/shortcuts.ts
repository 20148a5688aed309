/** A ProseMirror-style key binding, e.g. "Mod-Shift-8". */
export type KeyBinding = string;

const MAC_SYMBOLS: Record<string, string> = { Ctrl: "⌃", Alt: "⌥", Shift: "⇧", Mod: "⌘" };
const MAC_ORDER = ["Ctrl", "Alt", "Shift", "Mod"];

function parse(binding: KeyBinding): { modifiers: string[]; key: string } {
  const parts = binding.split("-");
  const key = parts.pop() ?? "";
  return { modifiers: parts, key: key.length === 1 ? key.toUpperCase() : key };
}

/** How the binding is written on this platform: "⇧⌘8" on a Mac, "Ctrl+Shift+8" elsewhere. */
export function formatShortcut(binding: KeyBinding, isMac: boolean): string {
  const { modifiers, key } = parse(binding);
  if (isMac) {
    const sorted = [...modifiers].sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
    return sorted.map((m) => MAC_SYMBOLS[m] ?? m).join("") + key;
  }
  const names = modifiers.map((m) => (m === "Mod" ? "Ctrl" : m));
  return [...names, key].join("+");
}

/** The binding in `aria-keyshortcuts` syntax: "Meta+Shift+8" or "Control+Shift+8". */
export function ariaShortcut(binding: KeyBinding, isMac: boolean): string {
  const { modifiers, key } = parse(binding);
  const names = modifiers.map((m) => (m === "Mod" ? (isMac ? "Meta" : "Control") : m === "Ctrl" ? "Control" : m));
  return [...names, key].join("+");
}

export function isMacPlatform(): boolean {
  if (typeof navigator === "undefined") return false;
  return /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);
}

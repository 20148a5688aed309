import { describe, expect, it } from "vitest";
import { ariaShortcut, formatShortcut } from "./shortcuts.ts";

describe("formatShortcut", () => {
  it("writes Mac shortcuts with symbols in Apple's modifier order", () => {
    expect(formatShortcut("Mod-b", true)).toBe("⌘B");
    expect(formatShortcut("Shift-Mod-z", true)).toBe("⇧⌘Z");
    expect(formatShortcut("Mod-Alt-2", true)).toBe("⌥⌘2");
  });

  it("writes other platforms' shortcuts with Ctrl and plus signs", () => {
    expect(formatShortcut("Mod-Shift-8", false)).toBe("Ctrl+Shift+8");
    expect(formatShortcut("Mod-z", false)).toBe("Ctrl+Z");
  });
});

describe("ariaShortcut", () => {
  it("uses the key names aria-keyshortcuts expects", () => {
    expect(ariaShortcut("Mod-b", true)).toBe("Meta+B");
    expect(ariaShortcut("Mod-Alt-1", false)).toBe("Control+Alt+1");
  });
});

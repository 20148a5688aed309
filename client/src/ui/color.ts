/** Relative luminance of a #rrggbb colour (WCAG 2.1), or null if it is not one. */
export function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1]!, 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

export function contrastRatio(a: number, b: number): number {
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = "#ffffff";
const INK = "#111418";

/** Text colour (white or near-black) with the better contrast on `background`. */
export function readableTextOn(background: string): string {
  const bg = luminance(background);
  if (bg === null) return INK;
  return contrastRatio(bg, 1) >= contrastRatio(bg, luminance(INK)!) ? WHITE : INK;
}

/** A safe CSS colour for a user: their #rrggbb, or a neutral grey when it is not one. */
export function userColor(color: string): string {
  return luminance(color) === null ? "#57606a" : color;
}

/** Up to two initials: "Elena Rossi" → "ER", "aoife" → "A". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return "?";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letter = (word: string) => (Array.from(word)[0] ?? "").toLocaleUpperCase();
  return letter(first) + (last ? letter(last) : "");
}

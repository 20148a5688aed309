import { readableTextOn, userColor } from "../ui/color.ts";

/**
 * Draws a collaborator's caret with a name label in their colour (see remoteCarets.ts). The label's text colour is chosen for
 * contrast, and the whole caret is hidden from screen readers (it sits inside
 * the editable text, where its name would be read as content).
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = userColor(typeof user.color === "string" ? user.color : "");
  const caret = document.createElement("span");
  caret.classList.add("collaboration-carets__caret");
  caret.style.borderColor = color;
  caret.setAttribute("aria-hidden", "true");

  const label = document.createElement("div");
  label.classList.add("collaboration-carets__label");
  label.style.backgroundColor = color;
  label.style.color = readableTextOn(color);
  label.textContent = typeof user.name === "string" ? user.name : "";
  caret.append(label);
  return caret;
}

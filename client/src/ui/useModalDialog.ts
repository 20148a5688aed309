import { useEffect, useRef } from "react";
import { focusWhenReady, rememberFocus } from "./focus/index.ts";

/**
 * Opens and closes a native <dialog> as a modal with `open`, calling `onOpen` each time it
 * opens (to reset a form), then focusing the element `focus` selects (React's autoFocus sets
 * no DOM attribute, so the dialog would otherwise focus its close button).
 *
 * Once closed, focus goes to what `focusAfterClose` names (a selector, e.g. the card just
 * moved), else back to the opener, else to the nearest heading still on the page.
 */
export function useModalDialog(open: boolean, focus: string, onOpen: () => void, focusAfterClose?: () => string | null) {
  const ref = useRef<HTMLDialogElement>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const afterCloseRef = useRef(focusAfterClose);
  afterCloseRef.current = focusAfterClose;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) {
      onOpenRef.current();
      const restoreFocus = rememberFocus();
      element.addEventListener(
        "close",
        () => {
          const target = afterCloseRef.current?.() ?? null;
          if (target) focusWhenReady(target);
          else restoreFocus();
        },
        { once: true },
      );
      element.showModal();
      requestAnimationFrame(() => element.querySelector<HTMLElement>(focus)?.focus());
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, focus]);
  return ref;
}

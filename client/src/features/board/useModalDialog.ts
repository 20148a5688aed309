import { useEffect, useRef } from "react";

/**
 * Opens and closes a native <dialog> as a modal with `open`, calling `onOpen` each time it
 * opens (to reset a form), then focusing the element `focus` selects (React's autoFocus sets
 * no DOM attribute, so the dialog would otherwise focus its close button).
 */
export function useModalDialog(open: boolean, focus: string, onOpen: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) {
      onOpenRef.current();
      element.showModal();
      requestAnimationFrame(() => element.querySelector<HTMLElement>(focus)?.focus());
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, focus]);
  return ref;
}

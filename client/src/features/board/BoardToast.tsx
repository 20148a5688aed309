import { useCallback, useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import { CloseIcon, UndoIcon } from "../../ui/icons.tsx";

/** How long a notice stays; hovering or focusing it keeps it open. */
const TOAST_MS = 8_000;

type Toast = { id: number; message: string };

export type ToastControl = { toast: Toast | null; show: (message: string) => void; dismiss: () => void };

export function useBoardToast(): ToastControl {
  const [toast, setToast] = useState<Toast | null>(null);
  const next = useRef(0);
  const show = useCallback((message: string) => setToast({ id: ++next.current, message }), []);
  const dismiss = useCallback(() => setToast(null), []);
  return { toast, show, dismiss };
}

/** "Card deleted. Undo": a notice at the bottom of the screen after a change worth taking back (announced by `notify`, not by a live region here). */
export function BoardToast({ toast: control, onUndo }: { toast: ToastControl; onUndo: (() => void) | null }) {
  const t = useT();
  const { toast, dismiss } = control;
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(dismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, held, dismiss]);

  return (
    <div className="board-toast-region">
      {toast ? (
        <div
          key={toast.id}
          className="board-toast"
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <span className="board-toast__message">{toast.message}</span>
          {onUndo ? (
            <button
              type="button"
              className="board-toast__undo"
              onClick={() => {
                onUndo();
                dismiss();
              }}
            >
              <UndoIcon size={16} />
              {t("board.undo")}
            </button>
          ) : null}
          <button type="button" className="board-toast__close" aria-label={t("common.close")} onClick={dismiss}>
            <CloseIcon size={16} />
          </button>
        </div>
      ) : null}
    </div>
  );
}

import { useEffect } from "react";
import { hasUnsentChanges } from "./sharedSessions.ts";

/**
 * Asks before the page is closed or reloaded while edits are unsent. They are kept on this device
 * and sent on the next visit, but nobody sees them until then. Browsers show their own wording.
 */
export function useLeaveWarning(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsentChanges()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);
}

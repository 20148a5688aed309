import type { InvitationPreview } from "@review/shared";
import { invitationCodeSchema } from "@review/shared";
import { useCallback, useEffect, useState } from "react";
import { ApiError } from "../../api/http.ts";
import { previewInvitation } from "../../api/invitations.ts";

export type PreviewState =
  | { status: "loading" }
  | { status: "invalid"; message: string }
  | { status: "failed"; error: unknown }
  | { status: "loaded"; invitation: InvitationPreview };

/** What the invitation `code` offers; "invalid" covers unknown, used, withdrawn and expired codes alike. */
export function useInvitationPreview(code: string | null): { state: PreviewState; retry: () => void } {
  const [state, setState] = useState<PreviewState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (code === null) return;
    // A malformed code cannot be valid: no need to ask.
    if (!invitationCodeSchema.safeParse(code).success) {
      setState({ status: "invalid", message: "" });
      return;
    }
    let cancelled = false;
    setState({ status: "loading" });
    previewInvitation(code).then(
      (invitation) => !cancelled && setState({ status: "loaded", invitation }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 404) setState({ status: "invalid", message: error.message });
        else setState({ status: "failed", error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [code, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}

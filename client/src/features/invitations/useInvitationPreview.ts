import type { InvitationPreview } from "@review/shared";
import { invitationCodeSchema } from "@review/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { ApiError } from "../../api/http.ts";
import { previewInvitation } from "../../api/invitations.ts";
import { queryKeys } from "../../app/queryKeys.ts";

export type PreviewState =
  | { status: "loading" }
  | { status: "invalid"; message: string }
  | { status: "failed"; error: unknown }
  | { status: "loaded"; invitation: InvitationPreview };

/** What the invitation `code` offers; "invalid" covers unknown, used, withdrawn and expired codes alike. */
export function useInvitationPreview(code: string | null): { state: PreviewState; retry: () => void } {
  const client = useQueryClient();
  // A malformed code cannot be valid: no need to ask.
  const wellFormed = code !== null && invitationCodeSchema.safeParse(code).success;
  const query = useQuery({ queryKey: queryKeys.invitationPreview(code ?? ""), queryFn: () => previewInvitation(code!), enabled: wellFormed });
  const retry = useCallback(() => void client.resetQueries({ queryKey: queryKeys.invitationPreview(code ?? ""), exact: true }), [client, code]);

  let state: PreviewState;
  if (code !== null && !wellFormed) state = { status: "invalid", message: "" };
  else if (query.isSuccess) state = { status: "loaded", invitation: query.data };
  else if (query.isError) {
    const { error } = query;
    state = error instanceof ApiError && error.status === 404 ? { status: "invalid", message: error.message } : { status: "failed", error };
  } else state = { status: "loading" };
  return { state, retry };
}

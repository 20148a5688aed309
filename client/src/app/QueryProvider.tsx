import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { useSession } from "./SessionProvider.tsx";

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Views show a failure with a retry button (ui/LoadFailed): no silent retries behind it.
        retry: false,
        // Live data arrives through the documents and their signals, not through focus events.
        refetchOnWindowFocus: false,
        // A view fetches again each time it opens (showing what is cached meanwhile); views
        // opening at once (a list of review cards, the tabs of a review) share one request.
        staleTime: 0,
      },
    },
  });
}

/**
 * The server data cache (TanStack Query), one per signed-in account: signing out or in as
 * someone else starts from an empty cache, so nothing of one person's data reaches the next
 * on a shared computer.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const owner = session.status === "signedIn" ? session.user.id : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new cache exactly when the account changes
  const client = useMemo(() => createQueryClient(), [owner]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

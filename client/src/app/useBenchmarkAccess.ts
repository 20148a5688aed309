import { useQuery } from "@tanstack/react-query";
import { getBenchmarkAccess } from "../api/benchmarks.ts";
import { queryKeys } from "./queryKeys.ts";

/**
 * Whether the signed-in user may import benchmarks and add modules (administrators and network
 * moderators): false while unknown or when the check fails. The answer is cached per account
 * (QueryProvider); `fresh` asks the server again when the view opens (the Benchmarks pages do,
 * as an administrator may have changed the user's network role meanwhile).
 */
export function useBenchmarkAccess(fresh = false): boolean {
  const { data } = useQuery({
    queryKey: queryKeys.benchmarks.access(),
    queryFn: () => getBenchmarkAccess().then((access) => access.canManage, () => false),
    staleTime: fresh ? 0 : Infinity,
  });
  return data ?? false;
}

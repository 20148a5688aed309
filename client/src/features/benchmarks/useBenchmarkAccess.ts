import { useEffect, useState } from "react";
import { getBenchmarkAccess } from "../../api/benchmarks.ts";

let cached: { userId: string; canManage: Promise<boolean> } | null = null;

/**
 * Whether the signed-in user may import benchmarks and add modules (administrators and network
 * moderators): false while unknown or when the check fails. The answer is kept per user;
 * `fresh` asks the server again (the Benchmarks pages do, as an administrator may have changed
 * the user's network role meanwhile).
 */
export function useBenchmarkAccess(userId: string, fresh = false): boolean {
  const [canManage, setCanManage] = useState(false);
  useEffect(() => {
    let cancelled = false;
    if (fresh || cached?.userId !== userId) {
      cached = { userId, canManage: getBenchmarkAccess().then((access) => access.canManage, () => false) };
    }
    void cached.canManage.then((value) => !cancelled && setCanManage(value));
    return () => {
      cancelled = true;
    };
  }, [userId, fresh]);
  return canManage;
}

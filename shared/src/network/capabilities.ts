import type { NetworkRole } from "../schema/networkRole.ts";

/**
 * What each network role may do. The single source for the server (which enforces it on
 * every route and socket) and the client (which hides what a role cannot do). An
 * administrator may do everything a network moderator may.
 */
const leads = (role: NetworkRole): boolean => role === "administrator" || role === "moderator";

/** Creating a review (its creator becomes its moderator). */
export const mayCreateReviews = leads;

/** Creating policy papers, and writing every paper of the network (not only one's own). */
export const mayWriteEveryPaper = leads;

/**
 * Importing benchmarks and publishing new versions (a new module). Network moderators may, as
 * well as administrators: the administrator names them deliberately, and they lead the reviews
 * that use the benchmark.
 */
export const mayManageBenchmarks = leads;

/** Listing the network's accounts and changing their roles. */
export function mayManageNetwork(role: NetworkRole): boolean {
  return role === "administrator";
}

import type { NetworkRole } from "@review/shared";
import type { Store } from "../store/store.ts";

/**
 * The user's role in the network as a whole: network moderators are administrators and
 * anyone who moderates at least one review (they write policy papers); every other
 * registered account is a member (reads papers and the score card, comments).
 */
export async function networkRoleOf(store: Store, user: { id: string; isAdmin: boolean }): Promise<NetworkRole> {
  if (user.isAdmin) return "moderator";
  return (await store.isModeratorAnywhere(user.id)) ? "moderator" : "member";
}

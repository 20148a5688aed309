import { CLOSE_CODES, mayManageNetwork, PASSWORD_RESET_HOURS, RESET_PASSWORD_PATH, type PasswordResetLinkResponse } from "@review/shared";
import { requireNetworkRole, type NetworkActor } from "../../auth/networkRole.ts";
import { hashSessionToken } from "../../auth/sessions.ts";
import { randomToken } from "../../auth/tokens.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { forbidden, notFound, refusal } from "../../errors/apiError.ts";
import type { AccountStore, UserStore } from "../../store/store.ts";

type Deps = { store: AccountStore & UserStore; rooms: RoomRegistry; publicOrigin: () => string };

/**
 * A one-time link for an account to set a new password, for an administrator to pass on (no
 * e-mail leaves the server). It works once, for PASSWORD_RESET_HOURS; a newer link replaces it.
 */
export async function createPasswordResetLink(deps: Deps, actor: NetworkActor, userId: string, now = new Date()): Promise<PasswordResetLinkResponse> {
  requireNetworkRole(actor, mayManageNetwork, "network_manages_accounts");
  const account = await deps.store.findUserById(userId);
  if (!account) throw notFound("account_not_found");
  if (account.deactivatedAt) throw refusal("conflict", "account_deactivated");
  // 160 random bits, stored only as their hash.
  const token = randomToken(20);
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 60 * 60 * 1000);
  await deps.store.createPasswordReset({ tokenHash: hashSessionToken(token), userId, createdBy: actor.id, expiresAt });
  return { link: `${deps.publicOrigin()}${RESET_PASSWORD_PATH}${token}`, expiresAt: expiresAt.toISOString() };
}

/** Deactivates (sessions end, sockets close, sign-in refused) or reactivates an account. */
export async function setAccountActive(deps: Deps, actor: NetworkActor, userId: string, active: boolean): Promise<void> {
  requireNetworkRole(actor, mayManageNetwork, "network_manages_accounts");
  if (!active && userId === actor.id) throw refusal("conflict", "deactivate_self");
  const outcome = await deps.store.setAccountActive({ userId, active, actorId: actor.id, now: new Date() });
  if (outcome === "actor_not_administrator") throw forbidden("no_longer_administrator");
  if (outcome === "not_found") throw notFound("account_not_found");
  if (outcome === "administrator") throw refusal("conflict", "deactivate_administrator");
  if (outcome === "changed" && !active) deps.rooms.closeUserConnections("", userId, CLOSE_CODES.unauthenticated, "The account was deactivated");
}

/** Sets a new password with a reset link's token; every session of the account ends. */
export async function resetPassword(deps: Deps, token: string, passwordHash: string): Promise<void> {
  const userId = await deps.store.consumePasswordReset({ tokenHash: hashSessionToken(token), passwordHash, now: new Date() });
  if (!userId) throw refusal("invalid_input", "reset_link_invalid");
  deps.rooms.closeUserConnections("", userId, CLOSE_CODES.unauthenticated, "The password was reset");
}

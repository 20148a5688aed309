import { CLOSE_CODES, mayManageNetwork, PAPER_DOCUMENT_PREFIX, type NetworkAccount, type NetworkRole } from "@review/shared";
import { requireNetworkRole, type NetworkActor } from "../../auth/networkRole.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { refusal, notFound, forbidden } from "../../errors/apiError.ts";
import type { AccountRecord, UserStore } from "../../store/store.ts";

type Deps = { store: UserStore; rooms: RoomRegistry };

function toAccount(record: AccountRecord): NetworkAccount {
  return {
    userId: record.id,
    name: record.name,
    email: record.email,
    color: record.color,
    networkRole: record.networkRole,
    createdAt: record.createdAt.toISOString(),
    deactivatedAt: record.deactivatedAt?.toISOString() ?? null,
  };
}

function requireAdministrator(actor: NetworkActor): void {
  requireNetworkRole(actor, mayManageNetwork, "network_manages_accounts");
}

/** Every account with its network role (administrators only). */
export async function listNetworkAccounts(store: UserStore, actor: NetworkActor): Promise<NetworkAccount[]> {
  requireAdministrator(actor);
  return (await store.listAccounts()).map(toAccount);
}

/**
 * Changes an account's network role (administrators only). The network keeps at least one
 * administrator (409). The account's open paper sockets close at once and reconnect with the
 * new access; its HTTP requests see the new role from the next one on (read per request).
 */
export async function changeNetworkRole(deps: Deps, actor: NetworkActor, userId: string, role: NetworkRole): Promise<NetworkAccount> {
  requireAdministrator(actor);
  const outcome = await deps.store.setNetworkRole({ userId, role, actorId: actor.id });
  if (outcome === "actor_not_administrator") throw forbidden("no_longer_administrator");
  if (outcome === "not_found") throw notFound("account_not_found");
  if (outcome === "last_administrator") {
    throw refusal("conflict", "last_administrator");
  }
  // Review documents do not depend on the network role; papers do.
  if (outcome === "changed") deps.rooms.closeUserConnections(PAPER_DOCUMENT_PREFIX, userId, CLOSE_CODES.permissionsChanged, "Your network role changed");
  const account = await deps.store.findUserById(userId);
  if (!account) throw notFound("account_not_found");
  return toAccount(account);
}

import type { ErrorReason, NetworkRole } from "@review/shared";
import { forbidden } from "../errors/apiError.ts";

/** The signed-in account as the network-level checks need it (its role is read from the database on every request). */
export type NetworkActor = { id: string; networkRole: NetworkRole };

/** Throws 403 `forbidden` with `reason` unless the actor's network role allows `capability`. */
export function requireNetworkRole(actor: NetworkActor, capability: (role: NetworkRole) => boolean, reason: ErrorReason): void {
  if (!capability(actor.networkRole)) throw forbidden(reason);
}

import {
  NETWORK_ROUTES,
  networkAccountResponseSchema,
  networkAccountsResponseSchema,
  type NetworkAccount,
  type NetworkRole,
} from "@review/shared";
import { request } from "./http.ts";

/** Every account of the network with its role (administrators only). */
export async function listNetworkAccounts(): Promise<NetworkAccount[]> {
  const { members } = await request(NETWORK_ROUTES.members, { schema: networkAccountsResponseSchema });
  return members;
}

/** Changes an account's network role (administrators only; 409 for the last administrator). */
export async function changeNetworkRole(userId: string, role: NetworkRole): Promise<NetworkAccount> {
  const { member } = await request(NETWORK_ROUTES.member(userId), { method: "PATCH", body: { role }, schema: networkAccountResponseSchema });
  return member;
}

import { z } from "zod";
import { route } from "./route.ts";
import { networkRoleSchema } from "../schema/networkRole.ts";

/** The administrator's page of the network's accounts. */
export const NETWORK_ROUTES = {
  /** `GET`: every account with its network role (administrators only). */
  members: "/api/network/members",
  /** `PATCH { role }`: changes an account's network role (administrators only). */
  member: route("/api/network/members/:userId"),
} as const;

/** One account as the administrator sees it. */
export const networkAccountSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  color: z.string(),
  networkRole: networkRoleSchema,
  createdAt: z.string(),
  /** When an administrator deactivated the account (it cannot sign in), else null. */
  deactivatedAt: z.string().nullable(),
});
export type NetworkAccount = z.infer<typeof networkAccountSchema>;

export const networkAccountsResponseSchema = z.object({ members: z.array(networkAccountSchema) });
export type NetworkAccountsResponse = z.infer<typeof networkAccountsResponseSchema>;

export const updateNetworkRoleRequestSchema = z.strictObject({ role: networkRoleSchema });
export type UpdateNetworkRoleRequest = z.infer<typeof updateNetworkRoleRequestSchema>;

export const networkAccountResponseSchema = z.object({ member: networkAccountSchema });

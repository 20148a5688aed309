import { z } from "zod";

/**
 * An account's role in the network as a whole, stored per account and changed only by an
 * administrator. Administrators manage the network's accounts and roles; network moderators
 * (named by an administrator) create reviews, write every policy paper and manage benchmarks;
 * members take part in the reviews they are invited to and write the papers they author.
 */
export const networkRoleSchema = z.enum(["administrator", "moderator", "member"]);
export type NetworkRole = z.infer<typeof networkRoleSchema>;
export const NETWORK_ROLES = networkRoleSchema.options;

import { z } from "zod";
import { reviewRoleSchema } from "../schema/role.ts";

/**
 * The `user` field of an awareness state. The server overwrites it from the
 * session on every awareness update, so peers can trust it.
 */
export const awarenessUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  role: reviewRoleSchema,
});
export type AwarenessUser = z.infer<typeof awarenessUserSchema>;

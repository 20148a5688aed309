import { z } from "zod";
import { reviewRoleSchema } from "../schema/role.ts";

/** What the sign-in and registration pages need to know about this deployment. */
export const publicConfigSchema = z.object({
  registration: z.enum(["open", "invite"]),
  /** The seeded demo accounts, when this deployment runs with the demo network; else null. */
  demo: z
    .object({
      password: z.string(),
      accounts: z.array(z.object({ email: z.string(), name: z.string(), role: reviewRoleSchema })),
    })
    .nullable(),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;

export const CONFIG_ROUTE = "/api/config";

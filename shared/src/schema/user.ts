import { z } from "zod";
import { userText } from "./text.ts";
import { networkRoleSchema } from "./networkRole.ts";
import { localeSchema } from "./locale.ts";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address" }));

export const passwordSchema = z
  .string()
  .min(10, { message: "Password must be at least 10 characters" })
  .max(256, { message: "Password must be at most 256 characters" });

export const displayNameSchema = userText().trim().min(1).max(80);

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  /** Colour used for this user's caret and avatar, a #rrggbb string. */
  color: z.string(),
  /** Whether the account administers the network (`networkRole === "administrator"`). */
  isAdmin: z.boolean(),
  networkRole: networkRoleSchema,
  /** The language the user chose (or their browser asked for at registration): interface and exports. */
  locale: localeSchema,
});
export type User = z.infer<typeof userSchema>;

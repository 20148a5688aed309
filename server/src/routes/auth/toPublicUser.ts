import type { User } from "@review/shared";
import type { UserRecord } from "../../store/store.ts";

/** The user as clients may see it: never the password hash. */
export function toPublicUser(user: Pick<UserRecord, "id" | "email" | "name" | "color" | "isAdmin" | "networkRole" | "locale">): User {
  return { id: user.id, email: user.email, name: user.name, color: user.color, isAdmin: user.isAdmin, networkRole: user.networkRole, locale: user.locale };
}

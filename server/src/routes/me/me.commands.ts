import type { LocaleCode, User } from "@review/shared";
import { unauthenticated } from "../../errors/apiError.ts";
import type { UserStore } from "../../store/store.ts";
import { toPublicUser } from "../auth/toPublicUser.ts";

/** Remembers the signed-in user's language; their next export and every client they open use it. */
export async function changeLocale(store: UserStore, actor: { id: string }, locale: LocaleCode): Promise<User> {
  const user = await store.setUserLocale(actor.id, locale);
  // The account went away between the session check and the update.
  if (!user) throw unauthenticated();
  return toPublicUser(user);
}

import { CLOSE_CODES, type ChangePasswordRequest, type UpdateProfileRequest, type User } from "@review/shared";
import { hashPassword, verifyPassword } from "../../auth/passwords.ts";
import { hashSessionToken } from "../../auth/sessions.ts";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { refusal, unauthenticated } from "../../errors/apiError.ts";
import type { AccountStore, UserStore } from "../../store/store.ts";
import { toPublicUser } from "../auth/toPublicUser.ts";

type Deps = { store: AccountStore & UserStore; rooms: RoomRegistry };

/** Sets the signed-in user's name and colour; others see them on the next presence update. */
export async function updateProfile(store: AccountStore & UserStore, actor: { id: string }, input: UpdateProfileRequest): Promise<User> {
  const user = await store.updateProfile(actor.id, input);
  if (!user) throw unauthenticated();
  return toPublicUser(user);
}

/**
 * Changes the signed-in user's password after checking the current one. Every other session
 * of the account ends (a stolen session does not outlive the change); their open sockets are
 * closed and their reconnection is refused. This session stays signed in.
 */
export async function changePassword(deps: Deps, actor: { id: string }, sessionId: string, input: ChangePasswordRequest): Promise<void> {
  const user = await deps.store.findUserById(actor.id);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw refusal("forbidden", "current_password_wrong");
  await deps.store.replacePassword(actor.id, await hashPassword(input.newPassword), hashSessionToken(sessionId));
  deps.rooms.closeUserConnections("", actor.id, CLOSE_CODES.permissionsChanged, "The password changed");
}

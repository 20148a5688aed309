import type { NetworkRole } from "@review/shared";
import type { MessageKey } from "../i18n/messages/en.ts";

/** Catalogue keys naming each network role. */
export const networkRoleLabelKey = {
  administrator: "networkRole.administrator",
  moderator: "networkRole.moderator",
  member: "networkRole.member",
} as const satisfies Record<NetworkRole, MessageKey>;

/** Catalogue keys saying what each network role may do. */
export const networkRoleDescriptionKey = {
  administrator: "networkRole.administrator.description",
  moderator: "networkRole.moderator.description",
  member: "networkRole.member.description",
} as const satisfies Record<NetworkRole, MessageKey>;

import type { ReviewRole } from "@review/shared";
import type { MessageKey } from "../i18n/messages/en.ts";

/** Catalogue keys naming each review role. */
export const roleLabelKey = {
  moderator: "role.moderator",
  peer: "role.peer",
  host: "role.host",
  partner: "role.partner",
} as const satisfies Record<ReviewRole, MessageKey>;

/** Catalogue keys saying what each review role does. */
export const roleDescriptionKey = {
  moderator: "role.moderator.description",
  peer: "role.peer.description",
  host: "role.host.description",
  partner: "role.partner.description",
} as const satisfies Record<ReviewRole, MessageKey>;

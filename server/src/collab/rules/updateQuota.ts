import type { CollabQuotas } from "../limits/collabQuotas.ts";
import type { RoomHooks } from "../roomHooks.ts";

/**
 * The user's limits on what they write (update size and items, bytes per minute per
 * document), checked before anything decodes the update: the cost of decoding follows its items.
 */
export function updateQuotaRule(quotas: CollabQuotas): RoomHooks {
  return {
    beforeApplyUpdate({ docName, identity, update }) {
      quotas.admitUpdate(identity.user.id, docName, update);
      return "apply";
    },
  };
}

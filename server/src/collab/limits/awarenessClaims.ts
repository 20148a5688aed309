import { CLOSE_CODES } from "@review/shared";
import { LimitExceededError } from "./refusal.ts";

/**
 * Decides, entry by entry, which client ids one awareness message from a connection may carry.
 * Its own ids pass; ids another connection owns never do, nor echoes (`foreign` says both): an
 * entry no newer than the clock the room holds for an id changes nothing, and echoes of clients
 * that just left arrive in bursts (awareness goes out merged per turn). A removal (null state) of an id nobody
 * owns is dropped without claiming it (y-websocket echoes other clients' removals, and the server
 * holds no state for such an id anyway). A new id is claimed while the connection owns fewer than
 * `max`; later ones are ignored. A message asking for more than `max` new ids at once is not
 * something a client does (it publishes one id; echoes carry ids others own), so it closes the
 * connection: that is how a batch of thousands of ids is stopped before it is applied.
 */
export function awarenessClaims(own: ReadonlySet<number>, foreign: (clientId: number, clock: number) => boolean, max: number) {
  const requested = new Set<number>();
  let claimed = 0;
  return (clientId: number, removes: boolean, clock: number): boolean => {
    if (own.has(clientId)) return true;
    if (removes || foreign(clientId, clock)) return false;
    requested.add(clientId);
    if (requested.size > max) {
      throw new LimitExceededError(CLOSE_CODES.tooManyAwarenessClients, "Too many awareness client ids in one message");
    }
    if (own.size + claimed >= max) return false;
    claimed += 1;
    return true;
  };
}

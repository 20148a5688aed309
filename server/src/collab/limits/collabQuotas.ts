import { CLOSE_CODES, type CollabLimits } from "@review/shared";
import { awarenessClaims } from "./awarenessClaims.ts";
import { ConnectionCounts } from "./connectionCounts.ts";
import { KeyedBuckets } from "./keyedBuckets.ts";
import { LimitExceededError } from "./refusal.ts";
import { countUpdateItems } from "./updateItems.ts";

const userDocument = (userId: string, docName: string) => `${userId}\u0000${docName}`;

/**
 * The limits that hold per user rather than per connection, for every room of a process:
 * open connections, the size of each update, bytes written per document per minute and
 * awareness updates forwarded per second. One instance per RoomRegistry.
 */
export class CollabQuotas {
  readonly connections: ConnectionCounts;
  private readonly writtenBytes: KeyedBuckets;
  private readonly awarenessUpdates: KeyedBuckets;

  constructor(private readonly limits: CollabLimits) {
    this.connections = new ConnectionCounts(limits);
    this.writtenBytes = new KeyedBuckets(limits.writeBytesPerMinutePerUserDocument / 60, limits.writeBytesPerMinutePerUserDocument);
    this.awarenessUpdates = new KeyedBuckets(limits.awarenessPerSecondPerUserDocument, limits.awarenessBurstPerUserDocument);
  }

  /**
   * Checks an update a user sent before anything decodes or applies it: its bytes, its items
   * (a bounded pass that stops past the limit) and the user's write budget for the document,
   * which it charges. Throws LimitExceededError when one is exceeded.
   */
  admitUpdate(userId: string, docName: string, update: Uint8Array): void {
    if (update.byteLength > this.limits.maxUpdateBytes) {
      throw new LimitExceededError(CLOSE_CODES.updateTooLarge, "This change is too large to be saved");
    }
    if (countUpdateItems(update, this.limits.maxUpdateItems) > this.limits.maxUpdateItems) {
      throw new LimitExceededError(CLOSE_CODES.updateTooLarge, "This change has too many parts to be saved");
    }
    if (!this.writtenBytes.take(userDocument(userId, docName), update.byteLength)) {
      throw new LimitExceededError(CLOSE_CODES.writeQuotaExceeded, "Too much written to this document in the last minute; slow down");
    }
  }

  /** Whether the user may have another awareness update forwarded in this document now. */
  mayForwardAwareness(userId: string, docName: string): boolean {
    return this.awarenessUpdates.has(userDocument(userId, docName));
  }

  /** Counts an awareness update forwarded for the user. */
  forwardedAwareness(userId: string, docName: string): void {
    this.awarenessUpdates.take(userDocument(userId, docName));
  }

  /** The client-id check for one awareness message of a connection (see awarenessClaims). */
  awarenessClaims(own: ReadonlySet<number>, foreign: (clientId: number, clock: number) => boolean) {
    return awarenessClaims(own, foreign, this.limits.maxAwarenessClientsPerConnection);
  }
}

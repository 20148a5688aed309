import { CLOSE_CODES, type CollabLimits } from "@review/shared";
import type { Refusal } from "./refusal.ts";

type Counted = Pick<CollabLimits, "maxConnectionsPerUser" | "maxConnectionsPerUserDocument">;

/** Open connections per user and per user and document, in this process. */
export class ConnectionCounts {
  private readonly perUser = new Map<string, number>();
  private readonly perUserDocument = new Map<string, number>();

  constructor(private readonly limits: Counted) {}

  /** Counts a new connection, or refuses it (counting nothing) when the user is at a limit. */
  admit(userId: string, docName: string): Refusal | null {
    const key = `${userId}\u0000${docName}`;
    const total = this.perUser.get(userId) ?? 0;
    const toDocument = this.perUserDocument.get(key) ?? 0;
    if (toDocument >= this.limits.maxConnectionsPerUserDocument) {
      return { code: CLOSE_CODES.tooManyConnections, reason: "Too many connections to this document; close other tabs" };
    }
    if (total >= this.limits.maxConnectionsPerUser) {
      return { code: CLOSE_CODES.tooManyConnections, reason: "Too many open connections; close other tabs" };
    }
    this.perUser.set(userId, total + 1);
    this.perUserDocument.set(key, toDocument + 1);
    return null;
  }

  /** Uncounts a connection `admit` counted. */
  release(userId: string, docName: string): void {
    decrement(this.perUser, userId);
    decrement(this.perUserDocument, `${userId}\u0000${docName}`);
  }

  /** How many connections a user has open (all documents). */
  of(userId: string): number {
    return this.perUser.get(userId) ?? 0;
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 0) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}

/** Limits of the collaboration protocol, enforced by the server and respected by the client. */
export const COLLAB_LIMITS = {
  /** Largest single WebSocket frame a client may send. */
  maxFrameBytes: 2 * 1024 * 1024,
  /** Largest awareness state (JSON) one client may publish. */
  maxAwarenessStateBytes: 4 * 1024,
  /** Sustained messages per second per connection (token bucket refill rate). */
  messagesPerSecond: 100,
  /** Burst of messages a connection may send at once (token bucket size). */
  messageBurst: 300,
  /**
   * With the server's journal, how long journalled updates gather before they are committed
   * to the database in one batch (commits that land while receivers read a broadcast slow it).
   */
  storeDrainMs: 100,
  /** Updates appended to the log before the document is compacted into a snapshot. */
  compactAfterUpdates: 500,
  /** A document with no connection for this long is compacted and unloaded. */
  idleUnloadMs: 30_000,
  /** Documents one process keeps loaded; idle ones are unloaded early to stay under it. */
  maxOpenDocuments: 2000,
} as const;

export type CollabLimits = { -readonly [K in keyof typeof COLLAB_LIMITS]: number };

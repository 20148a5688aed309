/** Limits of the collaboration protocol, enforced by the server and respected by the client. */
export const COLLAB_LIMITS = {
  /** Largest single WebSocket frame a client may send. */
  maxFrameBytes: 2 * 1024 * 1024,
  /** Largest awareness state (JSON) one client may publish. */
  maxAwarenessStateBytes: 4 * 1024,
  /**
   * Client ids one connection may publish awareness for (a tab uses one; the rest absorbs
   * y-websocket's echo of other clients' states); further ids are ignored, and a single message
   * that claims more than this many new ids closes the connection.
   */
  maxAwarenessClientsPerConnection: 4,
  /** Awareness updates forwarded per second per user and document, across their connections (refill rate). */
  awarenessPerSecondPerUserDocument: 30,
  /** Burst of awareness updates forwarded per user and document; the surplus is dropped (the next state replaces it). */
  awarenessBurstPerUserDocument: 90,
  /** Open WebSocket connections per user, across every document (a tab opens up to four). */
  maxConnectionsPerUser: 64,
  /** Open WebSocket connections per user to one document (tabs and devices). */
  maxConnectionsPerUserDocument: 16,
  /**
   * Structs, client groups and delete ranges in one update, counted before it is applied.
   * A heavily formatted 30-page paste has ~6 400 (client/src/collab/pasteSize.test.ts); applying
   * 20 000 crafted ones takes 0.15-0.4 s, so a higher cap would let one update stall the process.
   */
  maxUpdateItems: 20_000,
  /** Bytes of one update (a 30-page paste is ~300 KB). */
  maxUpdateBytes: 1024 * 1024,
  /** Bytes one user may write to one document per minute, across their connections (also the burst). */
  writeBytesPerMinutePerUserDocument: 4 * 1024 * 1024,
  /** Sustained messages per second per connection (token bucket refill rate). */
  messagesPerSecond: 100,
  /** Burst of messages a connection may send at once (token bucket size). */
  messageBurst: 300,
  /** Frames a connection may send while its document still loads (queued, then handled in order). */
  maxFramesWhileLoading: 64,
  /**
   * With the server's journal, how long journalled updates gather before they are committed
   * to the database in one batch (commits that land while receivers read a broadcast slow it).
   */
  storeDrainMs: 100,
  /**
   * At most this many updates, or bytes, of one document per database commit: a batch that
   * reaches either goes on its own, so no commit (PGlite's thread, its message) grows unbounded.
   */
  storeDrainMaxUpdates: 1000,
  storeDrainMaxBytes: 1024 * 1024,
  /** Updates appended to the log before the document is compacted into a snapshot. */
  compactAfterUpdates: 500,
  /**
   * Every socket is pinged this often; one that answered nothing since the previous ping is
   * closed, so a peer whose link died leaves the others' presence within two intervals.
   */
  heartbeatMs: 4_000,
  /** A document with no connection for this long is compacted and unloaded. */
  idleUnloadMs: 30_000,
  /** Documents one process keeps loaded; idle ones are unloaded early to stay under it. */
  maxOpenDocuments: 2000,
} as const;

export type CollabLimits = { -readonly [K in keyof typeof COLLAB_LIMITS]: number };

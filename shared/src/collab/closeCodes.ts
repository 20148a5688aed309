/**
 * WebSocket close codes the collaboration server uses. Both sides import these:
 * the server to close, the client to decide whether reconnecting can help.
 */
export const CLOSE_CODES = {
  /** The upgrade had no valid session. Sign in again; reconnecting will not help. */
  unauthenticated: 4401,
  /** Foreign Origin, not a member, or no access to this document. Do not reconnect. */
  forbidden: 4403,
  /** The document name is malformed or names nothing that exists. Do not reconnect. */
  notFound: 4404,
  /** The user's role changed; reconnect to get the new access (and refetch the review). */
  permissionsChanged: 4409,
  /** The client sent a frame that is not a valid y-websocket message. */
  badMessage: 4400,
  /** A frame or awareness state exceeded its size limit. */
  tooLarge: 4413,
  /**
   * One update carried more items or bytes than a single change may (`maxUpdateItems`,
   * `maxUpdateBytes`); nothing of it was applied. Do not reconnect: the client would send it again.
   */
  updateTooLarge: 4414,
  /** One awareness message claimed more client ids than a connection may publish. Reconnect after a pause. */
  tooManyAwarenessClients: 4415,
  /** The connection sent more messages per second than allowed. Reconnect after a pause. */
  rateLimited: 4429,
  /**
   * The user already has as many connections as allowed, in total or to this document
   * (other tabs or devices). Reconnecting works once some of them close.
   */
  tooManyConnections: 4430,
  /**
   * The user wrote more bytes to this document in the last minute than allowed (across all
   * their connections); the update was not applied. Reconnect after a pause: it is sent again.
   */
  writeQuotaExceeded: 4431,
  /** The server could not persist an update; nothing was acknowledged. Reconnect to resync. */
  storageFailed: 4500,
  /** The server is shutting down or unloading the document. Reconnect. */
  goingAway: 4503,
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** Close codes after which a client must stop reconnecting on its own. */
export const TERMINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CLOSE_CODES.unauthenticated,
  CLOSE_CODES.forbidden,
  CLOSE_CODES.notFound,
  CLOSE_CODES.updateTooLarge,
]);

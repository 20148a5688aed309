import { CLOSE_CODES, TERMINAL_CLOSE_CODES, type DocumentAccess } from "@review/shared";

/** Failed connection attempts in a row after which we stop saying "Reconnecting…" and say "Offline". */
export const OFFLINE_AFTER_FAILURES = 3;

export type SocketPhase = "connecting" | "connected" | "disconnected";

/** What the client knows about its link to one document; changed only by `reduceConnection`. */
export type ConnectionState = {
  socket: SocketPhase;
  /** The server's state has been received on the current connection. */
  synced: boolean;
  /** Some connection has synced since the page opened. */
  everSynced: boolean;
  /** Closed or failed connection attempts since the last successful sync. */
  failures: number;
  /** `navigator.onLine`: false means no network at all. */
  browserOnline: boolean;
  /** Local edits the server has not yet confirmed as stored. */
  pending: boolean;
  /** A terminal close code: the provider has stopped reconnecting. */
  terminalCode: number | null;
  /** The server's last close for a limit (too many connections, too much at once), until a sync succeeds. */
  limitCode: number | null;
  /** The server dropped an update of the current connection because this user may only read. */
  writeRejected: boolean;
};

export type ConnectionEvent =
  | { type: "socket"; phase: SocketPhase }
  | { type: "synced"; synced: boolean }
  | { type: "socketClosed"; code: number | null }
  | { type: "terminated"; code: number }
  | { type: "browserOnline"; online: boolean }
  | { type: "pending"; pending: boolean }
  | { type: "writeRejected" };

export function initialConnectionState(browserOnline = true): ConnectionState {
  return {
    socket: "connecting",
    synced: false,
    everSynced: false,
    failures: 0,
    browserOnline,
    pending: false,
    terminalCode: null,
    limitCode: null,
    writeRejected: false,
  };
}

export function reduceConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case "socket":
      // The server refuses writes per connection (and says so once on each): a new one starts afresh,
      // e.g. when a reopened report lets us write again.
      return event.phase === "connected"
        ? { ...state, socket: "connected", writeRejected: false }
        : { ...state, socket: event.phase, synced: false };
    case "synced":
      return event.synced
        ? { ...state, synced: true, everSynced: true, failures: 0, limitCode: null }
        : { ...state, synced: false };
    case "socketClosed":
      return {
        ...state,
        socket: "disconnected",
        synced: false,
        failures: state.failures + 1,
        limitCode: limitStatus(event.code) ? event.code : state.limitCode,
      };
    case "terminated":
      return TERMINAL_CLOSE_CODES.has(event.code)
        ? { ...state, socket: "disconnected", synced: false, terminalCode: event.code }
        : state;
    case "browserOnline":
      return { ...state, browserOnline: event.online };
    case "pending":
      return state.pending === event.pending ? state : { ...state, pending: event.pending };
    case "writeRejected":
      return { ...state, writeRejected: true };
  }
}

/** The one word the UI shows for a document's connection. */
export type ConnectionStatus =
  | "connecting"
  | "syncing"
  | "saved"
  | "live"
  | "reconnecting"
  | "offline"
  | "signedOut"
  | "forbidden"
  | "notFound"
  | "tooManyConnections"
  | "slowedDown"
  | "tooLarge";

export type TerminalStatus = Extract<ConnectionStatus, "signedOut" | "forbidden" | "notFound" | "tooLarge">;
export type LimitStatus = Extract<ConnectionStatus, "tooManyConnections" | "slowedDown" | "tooLarge">;

/** Why the server ended the session for good, or null while reconnecting can still help. */
export function terminalStatus(code: number | null): TerminalStatus | null {
  switch (code) {
    case CLOSE_CODES.unauthenticated:
      return "signedOut";
    case CLOSE_CODES.forbidden:
      return "forbidden";
    case CLOSE_CODES.notFound:
      return "notFound";
    case CLOSE_CODES.updateTooLarge:
      return "tooLarge";
    default:
      return null;
  }
}

/** Which limit of the server closed the connection, or null for any other close. */
export function limitStatus(code: number | null): LimitStatus | null {
  switch (code) {
    case CLOSE_CODES.tooManyConnections:
      return "tooManyConnections";
    case CLOSE_CODES.rateLimited:
    case CLOSE_CODES.writeQuotaExceeded:
    case CLOSE_CODES.tooManyAwarenessClients:
      return "slowedDown";
    case CLOSE_CODES.tooLarge:
    case CLOSE_CODES.updateTooLarge:
      return "tooLarge";
    default:
      return null;
  }
}

/**
 * Saved: connected, synced, and every local edit confirmed stored.
 * Syncing: connected but not yet synced, or edits awaiting confirmation.
 * Live: like Saved, for someone who may only read (they have nothing to save).
 * Offline: the browser has no network, or the server has been unreachable for several attempts;
 * edits stay in IndexedDB and merge on reconnect.
 * Reconnecting: a connection that worked was lost and is being re-established.
 * A limit (too many connections, too much at once, a change too large) says so while the
 * provider retries, instead of a bare Reconnecting.
 */
export function deriveStatus(state: ConnectionState, access: DocumentAccess): ConnectionStatus {
  const terminal = terminalStatus(state.terminalCode);
  if (terminal) return terminal;
  // The browser knows before the socket does: a dead link can look open for up to 30 s.
  if (!state.browserOnline) return "offline";
  if (state.socket === "connected") {
    if (!state.synced || state.pending) return "syncing";
    return access === "write" && !state.writeRejected ? "saved" : "live";
  }
  const limit = limitStatus(state.limitCode);
  if (limit) return limit;
  if (state.failures >= OFFLINE_AFTER_FAILURES) return "offline";
  return state.everSynced ? "reconnecting" : "connecting";
}

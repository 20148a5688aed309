import type { ConnectionCounts } from "./connectionCounts.ts";

type Closable = { close(code?: number, reason?: string): void };
type SocketEvents<W extends Closable> = {
  onOpen(event: Event, ws: W): void;
  onMessage(event: MessageEvent, ws: W): void;
  onClose(): void;
};

/**
 * Admits a WebSocket only while its user is under the connection limits: a socket over them
 * is closed as soon as it opens (with a close code the browser can read, unlike a refused
 * upgrade) and never reaches `events`. An admitted socket is uncounted when it closes.
 */
export function limitConnections<W extends Closable, E extends SocketEvents<W>>(
  counts: ConnectionCounts,
  userId: string,
  docName: string,
  events: E,
): SocketEvents<W> {
  let admitted = false;
  return {
    onOpen(event, ws) {
      const refusal = counts.admit(userId, docName);
      if (refusal) return ws.close(refusal.code, refusal.reason);
      admitted = true;
      events.onOpen(event, ws);
    },
    onMessage(event, ws) {
      if (admitted) events.onMessage(event, ws);
    },
    onClose() {
      if (!admitted) return;
      admitted = false;
      counts.release(userId, docName);
      events.onClose();
    },
  };
}

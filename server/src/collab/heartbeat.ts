import { KEEP_ALIVE_MESSAGE, keepAliveFrame } from "@review/shared";
import type { RawData, WebSocket, WebSocketServer } from "ws";

type Liveness = {
  /** A data frame arrived since the previous tick. */
  data: boolean;
  /** A pong arrived since the previous tick. */
  pong: boolean;
  /** The client said it answers keep-alive frames (see shared/src/collab/keepAlive.ts). */
  keepsAlive: boolean;
};

function firstByte(data: RawData): number | undefined {
  if (Array.isArray(data)) return data[0]?.[0];
  return data instanceof ArrayBuffer ? new Uint8Array(data)[0] : data[0];
}

/**
 * Ends sockets whose peer has gone silent. Each `intervalMs` every socket is checked: one that
 * sent nothing since the previous check is terminated, and the others are asked again (a
 * keep-alive frame to clients that answer it, a WebSocket ping to others, whose pong counts).
 * Its close removes the user's presence from the room at once, instead of after y-protocols'
 * 30 s awareness timeout: a lost peer is dropped between one and two intervals after its last
 * sign of life.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const liveness = new WeakMap<WebSocket, Liveness>();
  const onConnection = (ws: WebSocket) => {
    const state: Liveness = { data: true, pong: true, keepsAlive: false };
    liveness.set(ws, state);
    ws.on("pong", () => (state.pong = true));
    ws.on("message", (data: RawData) => {
      state.data = true;
      if (firstByte(data) === KEEP_ALIVE_MESSAGE) state.keepsAlive = true;
    });
  };
  wss.on("connection", onConnection);
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      const state = liveness.get(ws);
      if (!state) continue;
      const alive = state.data || (!state.keepsAlive && state.pong);
      if (!alive) {
        ws.terminate();
        continue;
      }
      state.data = false;
      state.pong = false;
      try {
        if (state.keepsAlive) ws.send(keepAliveFrame());
        else ws.ping();
      } catch {
        // Closing already.
      }
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off("connection", onConnection);
  };
}

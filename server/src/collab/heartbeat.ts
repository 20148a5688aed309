import type { WebSocket, WebSocketServer } from "ws";

/**
 * Ends sockets whose peer has gone silent: every `intervalMs` each socket is pinged, and one
 * that has neither answered the previous ping nor sent anything since is terminated. A
 * browser answers pings by itself, so only a lost link (a laptop that left the network, a
 * dropped mobile connection) goes silent; its close removes the user's presence from the
 * room at once instead of after y-protocols' 30 s awareness timeout. A lost peer is thus
 * dropped between one and two intervals after its last sign of life.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakMap<WebSocket, boolean>();
  const onConnection = (ws: WebSocket) => {
    alive.set(ws, true);
    const heard = () => alive.set(ws, true);
    ws.on("pong", heard);
    ws.on("message", heard);
  };
  wss.on("connection", onConnection);
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      try {
        ws.ping();
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

/**
 * The keep-alive message, a top-level message type beside y-websocket's (0 sync, 1 awareness,
 * 2 auth, 3 query awareness). A client that speaks it says so with one such frame after the
 * socket opens; from then on the server sends it one each `heartbeatMs` and the client answers
 * with the same frame. Its answer is data, which only a working link carries: a browser answers
 * the server's WebSocket pings by itself, below the page, even while it holds back the page's
 * frames (Chromium's emulated offline does exactly this).
 */
export const KEEP_ALIVE_MESSAGE = 100;

/** The whole frame: the type and an empty body (y-websocket sends no reply shorter than 2 bytes). */
export function keepAliveFrame(): Uint8Array<ArrayBuffer> {
  return new Uint8Array([KEEP_ALIVE_MESSAGE, 0]);
}

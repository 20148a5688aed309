/**
 * The physical floor: a `ws` server that relays every frame to every other client
 * connected on the same path, and does nothing else (no parsing, no document).
 */
import { WebSocketServer, type WebSocket } from "ws";

const rooms = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ host: "127.0.0.1", port: Number(process.env.PORT ?? 0) });

wss.on("connection", (socket, request) => {
  const key = request.url ?? "/";
  let room = rooms.get(key);
  if (!room) {
    room = new Set();
    rooms.set(key, room);
  }
  const members = room;
  members.add(socket);
  socket.on("message", (data, isBinary) => {
    for (const other of members) if (other !== socket) other.send(data, { binary: isBinary });
  });
  socket.on("close", () => {
    members.delete(socket);
    if (members.size === 0) rooms.delete(key);
  });
  socket.on("error", () => socket.terminate());
});

wss.on("listening", () => {
  const address = wss.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  console.log(`listening on http://127.0.0.1:${port}`);
});

const stop = () => wss.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

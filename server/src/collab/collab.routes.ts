import { Hono } from "hono";
import { upgradeWebSocket } from "@hono/node-server";
import { CLOSE_CODES } from "@review/shared";
import type { AppEnv } from "../http/appEnv.ts";
import type { Store } from "../store/store.ts";
import { limitConnections } from "./limits/connectionGate.ts";
import { resolveDocumentPermission } from "./permission.ts";
import { encodeSyncStep2FromUpdate, isEmptySyncRequest } from "./protocol.ts";
import { TooManyDocumentsError, type RoomRegistry } from "./roomRegistry.ts";
import type { Room } from "./room.ts";
import type { CollabSocket, ConnectionIdentity } from "./socket.ts";

/**
 * `GET /collab/<document name>`: authenticates and authorises the upgrade (plain
 * HTTP 401/403/404 before any WebSocket exists), then joins the document's room.
 */
export function collabRoutes(deps: { store: Store; rooms: RoomRegistry }) {
  const routes = new Hono<AppEnv>();

  routes.get("/:name", async (c, next) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
      return c.json({ error: { code: "invalid_input", message: "This endpoint only speaks WebSocket" } }, 400);
    }
    const user = c.get("user");
    if (!user) return c.json({ error: { code: "unauthenticated", message: "Sign in first" } }, 401);
    const accessChangesBefore = deps.rooms.accessChangeCount;
    const permission = await resolveDocumentPermission(deps.store, user.id, c.req.param("name"));
    if (permission.kind === "not_found") return c.json({ error: { code: "not_found", message: "Unknown document" } }, 404);
    if (permission.kind === "forbidden") return c.json({ error: { code: "forbidden", message: "No access to this document" } }, 403);
    const identity: ConnectionIdentity = {
      user: { id: user.id, name: user.name, color: user.color, role: permission.role },
      sessionId: c.get("session")!.id,
      access: permission.access,
    };
    const name = c.req.param("name");
    // E.g. a mirrored document is brought up to date before anyone reads it (RoomHooks).
    await deps.rooms.beforeOpen(name);
    const handler = upgradeWebSocket(() =>
      limitConnections(deps.rooms.quotas.connections, user.id, name, joinRoom(deps.rooms, name, identity, accessChangesBefore)),
    );
    return handler(c, next);
  });

  return routes;
}

type WsLike = { send(data: Uint8Array<ArrayBuffer>): void; close(code?: number, reason?: string): void };

/** Bridges hono's WebSocket events to a room; frames that arrive while the room loads are queued. */
function joinRoom(rooms: RoomRegistry, name: string, identity: ConnectionIdentity, accessChangesBefore: number) {
  let room: Room | null = null;
  let socket: CollabSocket | null = null;
  let closed = false;
  const early: Uint8Array[] = [];
  /** The snapshot (its file's, or the store's before the decode) this connection was answered with while the room loaded. */
  let answeredWith: Uint8Array | null = null;
  let stopWaiting = () => {};

  return {
    onOpen(_event: Event, ws: WsLike) {
      socket = {
        send: (message) => ws.send(message as Uint8Array<ArrayBuffer>),
        close: (code, reason) => ws.close(code, reason),
      };
      // A client that asked for everything before the store answered gets the stored snapshot before the decode.
      stopWaiting = rooms.whenStoredSnapshot(name, (snapshot) => {
        if (answeredWith || closed || rooms.accessChangeCount !== accessChangesBefore) return;
        const request = early.findIndex(isEmptySyncRequest);
        if (request < 0) return;
        early.splice(request, 1);
        answeredWith = snapshot;
        ws.send(encodeSyncStep2FromUpdate(snapshot) as Uint8Array<ArrayBuffer>);
      });
      rooms.open(name).then(
        (opened) => {
          stopWaiting();
          if (closed || !socket) return;
          if (rooms.accessChangeCount !== accessChangesBefore) {
            ws.close(CLOSE_CODES.permissionsChanged, "Access changed while connecting; reconnect");
            return;
          }
          room = opened;
          room.connect(socket, identity, answeredWith);
          for (const message of early.splice(0)) room.receive(socket, message);
        },
        (error: unknown) => {
          stopWaiting();
          if (error instanceof TooManyDocumentsError) {
            ws.close(CLOSE_CODES.goingAway, "The server is busy; retrying");
            return;
          }
          console.error(`[collab] loading ${name} failed`, error);
          ws.close(CLOSE_CODES.storageFailed, "The document could not be loaded");
        },
      );
    },
    onMessage(event: MessageEvent, ws: WsLike) {
      if (!(event.data instanceof ArrayBuffer)) {
        ws.close(CLOSE_CODES.badMessage, "Binary messages only");
        return;
      }
      const message = new Uint8Array(event.data);
      if (room && socket) return room.receive(socket, message);
      // Not while an access change may have made the upgrade's permission stale (checked again on joining).
      const answer = answeredWith || rooms.accessChangeCount !== accessChangesBefore ? null : rooms.answerBeforeLoad(name, message);
      if (answer) {
        answeredWith = answer.snapshot;
        ws.send(answer.reply as Uint8Array<ArrayBuffer>);
      } else if (early.length < rooms.limits.maxFramesWhileLoading) early.push(message);
      else ws.close(CLOSE_CODES.rateLimited, "Too many messages while the document loads");
    },
    onClose() {
      closed = true;
      stopWaiting();
      if (room && socket) room.disconnect(socket);
    },
  };
}

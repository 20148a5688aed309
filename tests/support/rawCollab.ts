import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { MESSAGE_TYPE } from "./collabClient.ts";

/** One entry of an awareness update: a client id, its clock and its state (null removes it). */
export type AwarenessEntry = { clientId: number; clock: number; state: unknown };

/** Encodes a y-websocket awareness message by hand, so tests can claim any client id. */
export function encodeAwarenessMessage(entries: AwarenessEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.clientId);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, JSON.stringify(entry.state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_TYPE.awareness);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/**
 * A bare WebSocket to a collab document that speaks no protocol on its own:
 * resolves once the server has greeted it (its first frame), so the room is loaded.
 */
export async function openRawCollabSocket(
  url: string,
  headers: Record<string, string>,
  timeout = 10_000,
  /** false: the socket does not answer the server's pings (a peer whose link went silent). */
  autoPong = true,
): Promise<WebSocket> {
  const socket = new WebSocket(url, { headers, autoPong });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no greeting from ${url} within ${timeout} ms`)), timeout);
    socket.once("message", () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once("unexpected-response", (_req, res) => {
      clearTimeout(timer);
      reject(new Error(`upgrade to ${url} refused with ${res.statusCode}`));
    });
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return socket;
}

/** A y-websocket sync "update" message carrying `update` as it is: what a modified client can send. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, MESSAGE_TYPE.sync);
  encoding.writeVarUint(message, 2); // y-protocols' messageYjsUpdate
  encoding.writeVarUint8Array(message, update);
  return encoding.toUint8Array(message);
}

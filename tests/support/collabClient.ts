import * as decoding from "lib0/decoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import type { Awareness } from "y-protocols/awareness";
import { COLLAB_PATH, EDITOR_FRAGMENT, TERMINAL_CLOSE_CODES } from "@review/shared";
import { waitFor } from "./waitFor.ts";

/** Where a collab server can be reached. */
export type CollabAddress = { wsUrl: string; origin: string };

/** y-websocket's top-level message types. */
export const MESSAGE_TYPE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

export type CollabClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  /** The report's Tiptap content (`EDITOR_FRAGMENT`). */
  fragment: Y.XmlFragment;
  /** Every binary frame this client received, in order. */
  frames: Uint8Array[];
  /** Reasons of every y-protocols "permission denied" auth message received. */
  permissionDenied(): string[];
  /** Close events the server sent this client. */
  closes: { code: number; reason: string }[];
  /** Resolves once the provider has completed a sync with the server. */
  whenSynced(timeout?: number): Promise<void>;
  destroy(): void;
};

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * A `ws` WebSocket class that sends the given headers on the upgrade (as a browser
 * sends its cookie and Origin) and reports every received frame.
 */
export function webSocketClass(headers: Record<string, string>, onFrame: (frame: Uint8Array) => void = () => {}) {
  return class HeaderWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols ?? [], { headers });
      this.on("message", (data) => onFrame(toBytes(data)));
    }
  };
}

/** Reads the reason of a y-protocols auth "permission denied" frame, or null for any other frame. */
export function permissionDeniedReason(frame: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_TYPE.auth) return null;
    if (decoding.readVarUint(decoder) !== 0) return null;
    return decoding.readVarString(decoder);
  } catch {
    return null;
  }
}

/** y-protocols' sync message kinds. */
export const SYNC_STEP = { step1: 0, step2: 1, update: 2 } as const;

/** A sync frame's kind and payload (a state vector or an update), or null for any other frame. */
export function readSyncFrame(frame: Uint8Array): { step: number; payload: Uint8Array } | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_TYPE.sync) return null;
    const step = decoding.readVarUint(decoder);
    return { step, payload: decoding.readVarUint8Array(decoder) };
  } catch {
    return null;
  }
}

/**
 * Connects a y-websocket client (the same provider the browser uses) to
 * `/collab/<docName>`, carrying `cookie` and the server's Origin. It reconnects
 * like the browser client (not after a terminal close code). BroadcastChannel is off: clients in one process must talk through the server only.
 */
export function connectDoc(
  server: CollabAddress,
  cookie: string,
  docName: string,
  options: { origin?: string; doc?: Y.Doc } = {},
): CollabClient {
  const doc = options.doc ?? new Y.Doc();
  const frames: Uint8Array[] = [];
  const closes: { code: number; reason: string }[] = [];
  const headers: Record<string, string> = { origin: options.origin ?? server.origin };
  if (cookie) headers.cookie = cookie;
  const provider = new WebsocketProvider(`${server.wsUrl}${COLLAB_PATH}`, docName, doc, {
    WebSocketPolyfill: webSocketClass(headers, (frame) => frames.push(frame)) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 500,
    // As the browser client does: only the terminal close codes stop reconnecting
    // (y-websocket's default gives up on every 44xx code, e.g. 4409 and 4429).
    shouldReconnect: (event) => !TERMINAL_CLOSE_CODES.has(event.code),
  });
  // The default handler only logs to the console; tests read the recorded frames instead.
  provider.messageHandlers[MESSAGE_TYPE.auth] = () => {};
  provider.on("connection-close", (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    awareness: provider.awareness,
    fragment: doc.getXmlFragment(EDITOR_FRAGMENT),
    frames,
    closes,
    permissionDenied: () => frames.map(permissionDeniedReason).filter((reason): reason is string => reason !== null),
    async whenSynced(timeout = 15_000) {
      await waitFor(() => provider.synced, { timeout, description: `sync of ${docName}` });
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export type UpgradeOutcome =
  | { kind: "refused"; status: number; body: string }
  | { kind: "closed"; code: number; reason: string }
  | { kind: "open" }
  | { kind: "error"; message: string };

/**
 * Attempts a raw WebSocket upgrade and reports what happened: an HTTP refusal
 * (status), a close right after opening (code), or a connection that stayed open.
 */
export function tryUpgrade(url: string, headers: Record<string, string>, timeout = 5_000): Promise<UpgradeOutcome> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    let settled = false;
    const finish = (outcome: UpgradeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on("error", () => {});
      socket.terminate();
      resolve(outcome);
    };
    // Only reached when the server accepted the upgrade and then stayed silent.
    const timer = setTimeout(() => finish({ kind: "open" }), timeout);
    socket.on("unexpected-response", (_request, response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => finish({ kind: "refused", status: response.statusCode ?? 0, body }));
      response.on("error", () => finish({ kind: "refused", status: response.statusCode ?? 0, body }));
    });
    // An accepted connection is greeted (sync step 1) as soon as the document has loaded.
    socket.on("message", () => finish({ kind: "open" }));
    socket.on("close", (code, reason) => finish({ kind: "closed", code, reason: reason.toString() }));
    socket.on("error", (error) => {
      // "unexpected-response" handles refusals; other errors are reported as such.
      setImmediate(() => finish({ kind: "error", message: error.message }));
    });
  });
}

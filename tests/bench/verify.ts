import WebSocket from "ws";
import * as Y from "yjs";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { connectDoc } from "../support/collabClient.ts";
import { withDeadline } from "../support/waitFor.ts";
import type { DocumentAccess, Target } from "./targets.ts";

/** `ws` with an error listener: the provider attaches none, and an unheard 'error' would end the bench. */
class QuietWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    this.on("error", () => {});
  }
}

/**
 * Opens the document with the real provider of the target (y-websocket 3.1's
 * `WebsocketProvider` for y-websocket servers, `@hocuspocus/provider` for Hocuspocus)
 * and returns its Y.Doc once synced. The caller destroys it.
 */
export async function openWithProvider(target: Pick<Target, "protocol">, access: DocumentAccess, timeoutMs = 15_000): Promise<{ doc: Y.Doc; close(): void }> {
  if (target.protocol === "hocuspocus") {
    const doc = new Y.Doc();
    // Node 20 has no global WebSocket: the socket provider takes `ws` as its polyfill.
    const socket = new HocuspocusProviderWebsocket({ url: access.provider.wsUrl, WebSocketPolyfill: QuietWebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: access.docName, document: doc });
    provider.attach();
    const close = () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    };
    try {
      await withDeadline(
        new Promise<void>((resolve) => {
          if (provider.synced) resolve();
          else provider.on("synced", () => resolve());
        }),
        timeoutMs,
        `hocuspocus provider sync of ${access.docName}`,
      );
    } catch (error) {
      close();
      throw error;
    }
    return { doc, close };
  }
  const client = connectDoc({ wsUrl: access.provider.wsUrl, origin: access.provider.origin }, access.provider.cookie, access.docName);
  try {
    await client.whenSynced(timeoutMs);
  } catch (error) {
    client.destroy();
    throw error;
  }
  return { doc: client.doc, close: () => client.destroy() };
}

/**
 * Whether a provider that opens the document now holds every struct the writers made:
 * proof that the raw load was valid Yjs that the server integrated, not just relayed bytes.
 */
export async function verifyWriters(target: Target, access: DocumentAccess, writers: { clientId: number; clock: number }[]): Promise<boolean> {
  if (!target.stateful) return true;
  const opened = await openWithProvider(target, access);
  try {
    return writers.every((writer) => Y.getState(opened.doc.store, writer.clientId) >= writer.clock);
  } finally {
    opened.close();
  }
}

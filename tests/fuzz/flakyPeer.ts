import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as prng from "lib0/prng";
import WebSocket from "ws";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import { MESSAGE_TYPE } from "../support/collabClient.ts";

/** How hostile the network between one peer and the server is (probabilities per delivery). */
export type Faults = { drop: number; duplicate: number; delay: number; maxDelayMs: number };

export const CALM: Faults = { drop: 0, duplicate: 0, delay: 0, maxDelayMs: 0 };

/** Close codes a peer may see that are not the server's judgement of its messages. */
const BENIGN_CLOSES = new Set([1000, 1005, 1006]);

/**
 * A Yjs client speaking the y-websocket sync protocol (y-protocols) to the real server
 * over a real WebSocket, with a seeded fault injector on both directions: deliveries are
 * dropped, duplicated, or delayed by a random time (which reorders them), and the socket
 * can be torn down and reopened at any moment. A fresh socket resyncs both ways
 * (sync step 1 and 2), which is what repairs what the faults lost.
 */
export class FlakyPeer {
  readonly doc = new Y.Doc();
  /** Close codes the server sent that suggest it rejected a message (should stay empty). */
  readonly suspiciousCloses: { code: number; reason: string }[] = [];
  faults: Faults;
  private socket: WebSocket | null = null;
  private synced = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
    private readonly gen: prng.PRNG,
    faults: Faults,
  ) {
    this.faults = faults;
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
      syncProtocol.writeUpdate(encoder, update);
      this.send(encoding.toUint8Array(encoder));
    });
  }

  get isSynced(): boolean {
    return this.synced && this.socket?.readyState === WebSocket.OPEN;
  }

  /** Opens a new socket (closing the old one) and starts the sync handshake. */
  reconnect(): void {
    this.disconnect();
    const socket = new WebSocket(this.url, { headers: this.headers });
    this.socket = socket;
    this.synced = false;
    socket.binaryType = "nodebuffer";
    socket.on("open", () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
      syncProtocol.writeSyncStep1(encoder, this.doc);
      this.send(encoding.toUint8Array(encoder));
    });
    socket.on("message", (data: Buffer) => {
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
      this.deliver(() => this.receive(socket, frame));
    });
    socket.on("close", (code, reason) => {
      if (!BENIGN_CLOSES.has(code)) this.suspiciousCloses.push({ code, reason: reason.toString() });
      if (this.socket === socket) this.socket = null;
    });
    socket.on("error", () => {});
  }

  disconnect(): void {
    const socket = this.socket;
    this.socket = null;
    this.synced = false;
    if (socket && socket.readyState !== WebSocket.CLOSED) socket.close();
  }

  /** Stops faults, drops deliveries still held back, and resyncs on a fresh socket. */
  heal(): void {
    this.faults = CALM;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.reconnect();
  }

  destroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.disconnect();
    this.doc.destroy();
  }

  private send(frame: Uint8Array): void {
    // A delayed frame goes out on whatever socket is open when its time comes.
    this.deliver(() => {
      if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(frame);
    });
  }

  /** Runs `delivery` through the fault injector: dropped, duplicated and/or delayed. */
  private deliver(delivery: () => void): void {
    const { drop, duplicate, delay, maxDelayMs } = this.faults;
    if (prng.real53(this.gen) < drop) return;
    const copies = prng.real53(this.gen) < duplicate ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      if (prng.real53(this.gen) < delay) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          delivery();
        }, prng.int32(this.gen, 1, maxDelayMs));
        this.timers.add(timer);
      } else {
        delivery();
      }
    }
  }

  private receive(socket: WebSocket, frame: Uint8Array): void {
    if (this.doc.isDestroyed) return;
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_TYPE.sync) return; // awareness and auth do not matter here
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_TYPE.sync);
    const type = syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    // Only the step 2 answering this socket's own step 1 completes its handshake.
    if (type === syncProtocol.messageYjsSyncStep2 && socket === this.socket) this.synced = true;
    if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
  }
}

import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import { CLOSE_CODES, KEEP_ALIVE_MESSAGE, type CollabLimits } from "@review/shared";
import type { DocumentLogStore, StoredDocument } from "../store/store.ts";
import { AwarenessTooLargeError, rewriteAwarenessUpdate } from "./awarenessIdentity.ts";
import { DurableLog } from "./durableLog.ts";
import type { Journal } from "./journal.ts";
import { CollabQuotas } from "./limits/collabQuotas.ts";
import { LimitExceededError } from "./limits/refusal.ts";
import {
  MESSAGE,
  encodeAwareness,
  encodeAwarenessMessage,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2FromUpdate,
  isEmptyStateVector,
  isEmptyUpdate,
} from "./protocol.ts";
import { TokenBucket } from "./rateLimiter.ts";
import type { RoomHooks, UpdateContext, UpdateVerdict } from "./roomHooks.ts";
import { updateQuotaRule } from "./rules/updateQuota.ts";
import { writeAccessRule } from "./rules/writeAccess.ts";
import type { SnapshotFiles } from "./snapshotFiles.ts";
import type { CollabSocket, ConnectionIdentity } from "./socket.ts";
import { UpdateBatch, type UpdateFrames } from "./updateBatch.ts";

const LOAD_ORIGIN = Symbol("load");
/** How long a freshly loaded document keeps its snapshot bytes for sync answers. */
const PRISTINE_STATE_MS = 10_000;
/** Updates another server process stored: durable already, to broadcast but not to store again. */
const RELAY_ORIGIN = Symbol("relay");
/** Changes the server itself makes (restoring a version): stored and broadcast to every connection. */
const SERVER_ORIGIN = Symbol("server");

type AwarenessBatch = {
  clientIds: Set<number>;
  /** The connections (or null: the server) whose changes are in the batch. */
  origins: Set<unknown>;
  updates: number;
  /** The last update's message as received, used as is when it is the batch's only one. */
  received: Uint8Array | null;
};

type Connection = {
  socket: CollabSocket;
  identity: ConnectionIdentity;
  clientIds: Set<number>;
  bucket: TokenBucket;
  droppedUpdates: number;
};

export type RoomEvents = {
  /** The last connection left. */
  onEmpty(room: Room): void;
  /** The room can no longer persist and must be discarded. */
  onBroken(room: Room): void;
  /** A read-only connection tried to write (for metrics and tests). */
  onDroppedUpdate?(room: Room, identity: ConnectionIdentity): void;
  /** A connection's update changed the document (who wrote it, for version history). */
  onUpdateApplied?(room: Room, identity: ConnectionIdentity): void;
  /** A compaction of this document's log started or committed. */
  onCompaction?(room: Room, phase: "start" | "done", upToSeq: number): void;
  /**
   * The store holds a snapshot alone (no log after it), read and not yet decoded: the whole
   * committed document, which may answer clients that wait for the load.
   */
  onStoredSnapshot?(room: Room, snapshot: Uint8Array): void;
};

export type RoomOptions = {
  name: string;
  store: DocumentLogStore;
  limits: CollabLimits;
  events: RoomEvents;
  /** The process's write-ahead journal (null: updates wait for the store commit). */
  journal?: Journal | null;
  /** Shared by every room of a process: the limits per user (a room on its own gets its own). */
  quotas?: CollabQuotas;
  snapshots?: SnapshotFiles | null;
  /** Hooks every connection's update passes after the room's own rules (read each time: a live collection). */
  hooks?: Iterable<RoomHooks>;
};

/**
 * One loaded document and its connections, speaking the y-websocket protocol.
 * Nothing is sent to a client before the document has loaded, and no update is
 * broadcast (nor any sync reply sent) before it is durable (see DurableLog).
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Map<CollabSocket, Connection>();
  /** Which connection publishes each awareness client id (so a message's entries are checked in O(1) each). */
  private readonly awarenessOwners = new Map<number, Connection>();
  private readonly log: DurableLog;
  private readonly ready: Promise<void>;
  private closed = false;
  /** The document has loaded (connections join only then). */
  loaded = false;
  /** The stored snapshot this document was loaded from, while nothing has changed it (see keepPristineState). */
  private pristineState: Uint8Array | null = null;
  /** The message of the awareness update being applied for a connection (see the awareness handler). */
  private forwardingAwareness: { from: Connection; message: Uint8Array } | null = null;
  /** Awareness changes of this turn of the event loop, sent as one message when it ends. */
  private pendingAwareness: AwarenessBatch | null = null;
  /** Durable document updates of this turn, sent as one frame per connection. */
  private readonly updates = new UpdateBatch((frames) => this.deliverUpdates(frames));

  readonly name: string;
  private readonly limits: CollabLimits;
  private readonly events: RoomEvents;
  private readonly quotas: CollabQuotas;
  /** The rules every room keeps (collab/rules/), before the registry's hooks: no wiring can leave them out. */
  private readonly rules: readonly RoomHooks[];
  private readonly hooks: Iterable<RoomHooks>;

  constructor({ name, store, limits, events, journal = null, quotas = new CollabQuotas(limits), snapshots = null, hooks = [] }: RoomOptions) {
    this.name = name;
    this.limits = limits;
    this.events = events;
    this.quotas = quotas;
    this.rules = [updateQuotaRule(quotas), writeAccessRule];
    this.hooks = hooks;
    this.awareness.setLocalState(null);
    this.log = new DurableLog({
      store,
      docName: name,
      doc: this.doc,
      compactAfter: limits.compactAfterUpdates,
      onFailure: (error) => this.fail(error),
      exclusiveWriter: store.subscribeToAppends === null,
      onCompaction: (phase, upToSeq) => this.events.onCompaction?.(this, phase, upToSeq),
      journal,
      storeDrainMs: limits.storeDrainMs,
      maxDrainUpdates: limits.storeDrainMaxUpdates,
      maxDrainBytes: limits.storeDrainMaxBytes,
      snapshots,
    });
    this.awareness.on("update", (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const forwarded = this.forwardingAwareness;
      this.queueAwareness([...changes.added, ...changes.updated, ...changes.removed], origin, forwarded && forwarded.from === origin ? forwarded.message : null);
    });
    // Listening only after the load spares Yjs re-encoding the whole loaded document as an update event.
    const beforeDecode = (stored: StoredDocument) => {
      if (stored.snapshot && stored.updates.length === 0) this.events.onStoredSnapshot?.(this, stored.snapshot);
    };
    this.ready = this.log.load(LOAD_ORIGIN, beforeDecode).then((stored) => {
      this.loaded = true;
      this.keepPristineState(stored);
      this.doc.on("update", (update: Uint8Array, origin: unknown) => this.onDocUpdate(update, origin));
    });
  }

  /** Resolves when the document has loaded; rejects if loading failed. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** The highest log seq this room's document is known to contain every row up to. */
  get coveredSeq(): number {
    return this.log.covered;
  }

  /** Applies and broadcasts what other server processes appended to this document. */
  async catchUp(): Promise<void> {
    await this.ready;
    if (this.closed) return;
    await this.log.catchUp(RELAY_ORIGIN);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Adds a connection after the document has loaded; greets it with sync step 1 and the awareness.
   * `answeredWith`: the snapshot file it was sent while the document loaded; it then also gets what
   * the document holds beyond that file.
   */
  connect(socket: CollabSocket, identity: ConnectionIdentity, answeredWith: Uint8Array | null = null): void {
    const connection: Connection = {
      socket,
      identity,
      clientIds: new Set(),
      bucket: new TokenBucket(this.limits.messagesPerSecond, this.limits.messageBurst),
      droppedUpdates: 0,
    };
    this.connections.set(socket, connection);
    this.log.afterDurable(() => {
      if (!this.connections.has(socket)) return;
      socket.send(encodeSyncStep1(this.doc));
      if (answeredWith && !this.isPristine(answeredWith)) socket.send(encodeSyncStep2(this.doc, Y.encodeStateVectorFromUpdate(answeredWith)));
      const states = [...this.awareness.getStates().keys()];
      if (states.length > 0) socket.send(encodeAwareness(this.awareness, states));
    });
  }

  disconnect(socket: CollabSocket): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    this.connections.delete(socket);
    for (const clientId of connection.clientIds) if (this.awarenessOwners.get(clientId) === connection) this.awarenessOwners.delete(clientId);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.clientIds], null);
    if (this.connections.size === 0) this.events.onEmpty(this);
  }

  /** Closes the connections whose identity matches (a removed member, a changed role, a signed-out session). */
  closeConnectionsWhere(matches: (identity: ConnectionIdentity) => boolean, code: number, reason: string): void {
    for (const connection of [...this.connections.values()]) {
      if (matches(connection.identity)) this.kick(connection, code, reason);
    }
  }

  /** Handles one binary frame from a connection; protocol violations close it. */
  receive(socket: CollabSocket, message: Uint8Array): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    if (message.byteLength > this.limits.maxFrameBytes) {
      return this.kick(connection, CLOSE_CODES.tooLarge, "Message too large");
    }
    if (!connection.bucket.take()) {
      return this.kick(connection, CLOSE_CODES.rateLimited, "Too many messages; slow down");
    }
    try {
      this.dispatch(connection, message);
    } catch (error) {
      if (error instanceof AwarenessTooLargeError) return this.kick(connection, CLOSE_CODES.tooLarge, error.message);
      if (error instanceof LimitExceededError) return this.kick(connection, error.code, error.message);
      this.kick(connection, CLOSE_CODES.badMessage, "Malformed message");
    }
  }

  /** Closes every connection, waits for pending writes and compacts the log. */
  async close(code: number = CLOSE_CODES.goingAway, reason = "Document unloaded"): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const connection of this.connections.values()) connection.socket.close(code, reason);
    this.connections.clear();
    await this.ready.catch(() => {});
    await this.log.flushed();
    await this.log.compact().catch(() => {});
    this.awareness.destroy();
    this.doc.destroy();
  }

  /**
   * Applies a change made by the server in one transaction: it is stored and broadcast
   * like a client's update. Resolves once it is in the store; rejects if the room could
   * not persist it.
   */
  async applyServerChange(change: (doc: Y.Doc) => void): Promise<void> {
    await this.ready;
    if (this.closed) throw new Error(`room ${this.name} is closed`);
    Y.transact(this.doc, () => change(this.doc), SERVER_ORIGIN);
    await this.log.flushed();
    // A failed commit breaks the room, which closes it.
    if (this.closed) throw new Error(`room ${this.name} could not store a server change`);
  }

  private dispatch(connection: Connection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync:
        return this.receiveSync(connection, decoder);
      case MESSAGE.awareness:
        return this.receiveAwareness(connection, decoding.readVarUint8Array(decoder));
      case KEEP_ALIVE_MESSAGE:
        // A sign of life for the heartbeat (collab/heartbeat.ts), which has counted it already.
        return;
      case MESSAGE.queryAwareness: {
        const states = [...this.awareness.getStates().keys()];
        connection.socket.send(encodeAwareness(this.awareness, states));
        return;
      }
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  private receiveSync(connection: Connection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.log.afterDurable(() => {
        if (!this.connections.has(connection.socket)) return;
        const whole = this.pristineState && isEmptyStateVector(stateVector) ? encodeSyncStep2FromUpdate(this.pristineState) : null;
        connection.socket.send(whole ?? encodeSyncStep2(this.doc, stateVector));
      });
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    const verdict = this.verdictOn(connection, update);
    if (verdict === "ignore") return;
    if (verdict !== "apply") return this.dropUpdate(connection, update, verdict.refuse);
    Y.applyUpdate(this.doc, update, connection);
  }

  private verdictOn(connection: Connection, update: Uint8Array): UpdateVerdict {
    const context: UpdateContext = { docName: this.name, doc: this.doc, identity: connection.identity, update };
    const verdict = firstVerdict(this.rules, context);
    return verdict === "apply" ? firstVerdict(this.hooks, context) : verdict;
  }

  private dropUpdate(connection: Connection, update: Uint8Array, reason: string): void {
    if (isEmptyUpdate(update)) return;
    connection.droppedUpdates += 1;
    this.events.onDroppedUpdate?.(this, connection.identity);
    // Tell the client once, rather than letting it diverge silently.
    if (connection.droppedUpdates === 1) connection.socket.send(encodePermissionDenied(reason));
  }

  private receiveAwareness(connection: Connection, update: Uint8Array): void {
    const userId = connection.identity.user.id;
    // Over the user's rate the update is dropped unread: the next one carries the newer state.
    if (!this.quotas.mayForwardAwareness(userId, this.name)) return;
    const foreign = (clientId: number, clock: number) => {
      const owner = this.awarenessOwners.get(clientId);
      if (owner !== undefined) return owner !== connection;
      const known = this.awareness.meta.get(clientId);
      return known !== undefined && clock <= known.clock;
    };
    const mayUse = this.quotas.awarenessClaims(connection.clientIds, foreign);
    const rewritten = rewriteAwarenessUpdate(update, connection.identity.user, mayUse, this.limits.maxAwarenessStateBytes);
    if (!rewritten) return;
    this.quotas.forwardedAwareness(userId, this.name);
    for (const clientId of rewritten.clientIds) {
      connection.clientIds.add(clientId);
      this.awarenessOwners.set(clientId, connection);
    }
    this.forwardingAwareness = { from: connection, message: encodeAwarenessMessage(rewritten.update) };
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, rewritten.update, connection);
    } finally {
      this.forwardingAwareness = null;
    }
  }

  /**
   * A document loaded from a snapshot alone is that snapshot until it changes: a client that
   * has nothing yet gets those bytes as its sync answer instead of a fresh encoding of the
   * whole document (the first open after a start). Kept briefly, to not double a document's memory.
   */
  private keepPristineState(stored: StoredDocument): void {
    if (!stored.snapshot || stored.updates.length > 0) return;
    this.pristineState = stored.snapshot;
    setTimeout(() => (this.pristineState = null), PRISTINE_STATE_MS).unref();
  }

  /** Whether the document is exactly these snapshot bytes (loaded from them, unchanged since). */
  private isPristine(snapshot: Uint8Array): boolean {
    const pristine = this.pristineState;
    return pristine !== null && Buffer.from(pristine.buffer, pristine.byteOffset, pristine.byteLength).equals(snapshot);
  }

  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    this.pristineState = null;
    if (origin === LOAD_ORIGIN) return;
    if (origin === RELAY_ORIGIN) return this.updates.add(update, null);
    const writer = this.connections.get((origin as Partial<Connection> | null)?.socket as CollabSocket);
    if (writer && writer === origin) this.events.onUpdateApplied?.(this, writer.identity);
    // Broadcast only once durable; the server's own changes go to every connection.
    this.log.append(update, () => this.updates.add(update, origin === SERVER_ORIGIN ? null : origin));
  }

  private deliverUpdates({ forOthers, forWriters }: UpdateFrames): void {
    for (const connection of this.connections.values()) {
      const own = forWriters.get(connection);
      if (own === undefined) connection.socket.send(forOthers);
      else if (own) connection.socket.send(own);
    }
  }

  /**
   * Cursors and selections arrive from every client many times a second: the changes of one
   * turn of the event loop go out as one message per connection (the newest state of each
   * client id), so the cost follows the turns, not clients x updates. Under light load a
   * turn holds one update and nothing is re-encoded.
   */
  private queueAwareness(clientIds: number[], origin: unknown, received: Uint8Array | null): void {
    let batch = this.pendingAwareness;
    if (!batch) {
      batch = this.pendingAwareness = { clientIds: new Set(), origins: new Set(), updates: 0, received: null };
      setImmediate(() => this.flushAwareness());
    }
    for (const clientId of clientIds) batch.clientIds.add(clientId);
    batch.origins.add(origin);
    batch.updates += 1;
    batch.received = received;
  }

  private flushAwareness(): void {
    const batch = this.pendingAwareness;
    this.pendingAwareness = null;
    if (!batch || this.closed || this.connections.size === 0) return;
    // A client's own update is passed on as received (after the identity rewrite): no re-encoding.
    const message = batch.updates === 1 && batch.received ? batch.received : encodeAwareness(this.awareness, [...batch.clientIds]);
    // Not back to the one connection the changes came from: that client holds its own state already.
    // A batch from several carries each one's own state back too, which its awareness ignores.
    this.broadcast(message, batch.origins.size === 1 ? [...batch.origins][0] : null);
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const connection of this.connections.values()) {
      if (connection !== except) connection.socket.send(message);
    }
  }

  private kick(connection: Connection, code: number, reason: string): void {
    connection.socket.close(code, reason);
    this.disconnect(connection.socket);
  }

  private fail(error: unknown): void {
    console.error(`[collab] persisting ${this.name} failed; closing its connections`, error);
    for (const connection of this.connections.values()) {
      connection.socket.close(CLOSE_CODES.storageFailed, "The server could not save; reconnecting");
    }
    this.connections.clear();
    this.events.onBroken(this);
  }
}

/** The first verdict other than "apply" of the hooks, in order. */
function firstVerdict(hooks: Iterable<RoomHooks>, context: UpdateContext): UpdateVerdict {
  for (const hook of hooks) {
    const verdict = hook.beforeApplyUpdate?.(context) ?? "apply";
    if (verdict !== "apply") return verdict;
  }
  return "apply";
}

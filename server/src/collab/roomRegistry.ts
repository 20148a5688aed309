import { randomUUID } from "node:crypto";
import { COLLAB_LIMITS, type CollabLimits } from "@review/shared";
import type { DocumentLogStore } from "../store/store.ts";
import { decodeAccessAnnouncement, encodeAccessAnnouncement, type AccessChange } from "./accessChange.ts";
import type { Journal } from "./journal.ts";
import { CollabQuotas } from "./limits/collabQuotas.ts";
import { encodeSyncStep2FromUpdate, isEmptySyncRequest } from "./protocol.ts";
import { Room } from "./room.ts";
import type { RoomHooks } from "./roomHooks.ts";
import type { SnapshotFile, SnapshotFiles } from "./snapshotFiles.ts";
import { TurnQueue } from "../turnQueue.ts";

/** Idle documents compacted and unloaded at the same time (see TurnQueue). */
const CONCURRENT_IDLE_UNLOADS = 2;

/** Every loaded document has connections: this process cannot take another. */
export class TooManyDocumentsError extends Error {
  constructor() {
    super("Too many open documents on this server process");
    this.name = "TooManyDocumentsError";
  }
}

export type RoomRegistryOptions = {
  store: DocumentLogStore;
  limits?: Partial<CollabLimits>;
  /** Receives one line per compaction start and commit, and per answer from a snapshot file (COLLAB_TRACE=on; chaos tests read it). */
  trace?: ((line: string) => void) | null;
  /** The process's write-ahead journal (null: updates wait for the store commit). */
  journal?: Journal | null;
  /** Each document's latest snapshot as a file (null: every load waits for the store). */
  snapshots?: SnapshotFiles | null;
};

/**
 * Loads each document once per process, unloads it after it has been idle, and
 * makes a reload wait until the previous instance has finished saving.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly idleTimers = new Map<Room, NodeJS.Timeout>();
  private readonly idleUnloads = new TurnQueue(CONCURRENT_IDLE_UNLOADS, "collab");
  /** Rooms whose idle unload is queued and still wanted. */
  private readonly unloadsDue = new Set<Room>();
  droppedUpdates = 0;
  private readonly hooks = new Set<RoomHooks>();

  private readonly store: DocumentLogStore;
  readonly limits: CollabLimits;
  /** The limits per user across this process's rooms (connections, write volume, awareness). */
  readonly quotas: CollabQuotas;
  private readonly trace: ((line: string) => void) | null;
  private readonly journal: Journal | null;
  private readonly snapshots: SnapshotFiles | null;

  constructor({ store, limits = {}, trace = null, journal = null, snapshots = null }: RoomRegistryOptions) {
    this.store = store;
    this.limits = { ...COLLAB_LIMITS, ...limits };
    this.quotas = new CollabQuotas(this.limits);
    this.trace = trace;
    this.journal = journal;
    this.snapshots = snapshots;
  }

  /** The loaded room for a document; loads it first if needed. */
  async open(name: string): Promise<Room> {
    const existing = this.rooms.get(name);
    if (existing) {
      this.cancelIdle(existing);
      await existing.whenReady();
      return existing;
    }
    const previous = this.closing.get(name);
    if (previous) await previous;
    const again = this.rooms.get(name);
    if (again) return this.open(name);
    if (this.rooms.size >= this.limits.maxOpenDocuments) await this.makeRoom();
    const room = new Room({
      name,
      store: this.store,
      limits: this.limits,
      events: {
        onEmpty: (r) => {
          this.scheduleIdle(r);
          for (const hooks of this.hooks) hooks.onEmpty?.(r.name);
        },
        onUpdateApplied: (r, identity) => {
          for (const hooks of this.hooks) hooks.afterWrite?.(r.name, identity);
        },
        onBroken: (r) => void this.unload(r),
        onDroppedUpdate: () => {
          this.droppedUpdates += 1;
        },
        onCompaction: (r, phase, upToSeq) => this.trace?.(`[collab] compaction ${phase} ${r.name} up to seq ${upToSeq}`),
        onStoredSnapshot: (r, snapshot) => {
          for (const answer of [...(this.snapshotWaiters.get(r.name) ?? [])]) answer(snapshot);
        },
      },
      journal: this.journal,
      quotas: this.quotas,
      snapshots: this.snapshots,
      hooks: this.hooks,
    });
    this.rooms.set(name, room);
    try {
      await room.whenReady();
    } catch (error) {
      this.rooms.delete(name);
      throw error;
    } finally {
      this.checkSnapshotFile(name, room);
    }
    if (this.subscription) this.catchUp(room);
    return room;
  }

  /**
   * While a document loads, a client that has nothing yet (sync step 1 with an empty state
   * vector) is answered from the document's snapshot file, before the store's round trip:
   * returns the sync step 2 to send and the snapshot it carries (for `Room.connect`), or
   * null when the request must wait for the room.
   */
  answerBeforeLoad(name: string, message: Uint8Array): { reply: Uint8Array; snapshot: Uint8Array } | null {
    const room = this.rooms.get(name);
    if (!this.snapshots || !room || room.loaded || !isEmptySyncRequest(message)) return null;
    let file = this.filesWhileLoading.get(name);
    if (file === undefined) {
      file = this.snapshots.read(name);
      this.filesWhileLoading.set(name, file);
    }
    if (!file) return null;
    this.trace?.(`[collab] answered ${name} from its snapshot file up to seq ${file.upToSeq}`);
    return { reply: encodeSyncStep2FromUpdate(file.snapshot), snapshot: file.snapshot };
  }
  /** Snapshot files read for rooms still loading (one read however many clients arrive meanwhile). */
  private readonly filesWhileLoading = new Map<string, SnapshotFile | null>();

  /**
   * For a connection waiting for its document to load: `answer` is called with the stored
   * snapshot if the load reads a snapshot alone, before the room decodes it (the room later
   * takes it as `answeredWith`, like a file's). Returns the function that stops waiting.
   */
  whenStoredSnapshot(name: string, answer: (snapshot: Uint8Array) => void): () => void {
    let waiters = this.snapshotWaiters.get(name);
    if (!waiters) {
      waiters = new Set();
      this.snapshotWaiters.set(name, waiters);
    }
    const own = waiters;
    own.add(answer);
    return () => {
      own.delete(answer);
      if (own.size === 0 && this.snapshotWaiters.get(name) === own) this.snapshotWaiters.delete(name);
    };
  }
  private readonly snapshotWaiters = new Map<string, Set<(snapshot: Uint8Array) => void>>();

  /** A file that claims more than the store holds belongs to another store (a restored backup): never again. */
  private checkSnapshotFile(name: string, room: Room): void {
    const file = this.filesWhileLoading.get(name);
    this.filesWhileLoading.delete(name);
    if (!file || !room.loaded || file.upToSeq <= room.coveredSeq) return;
    console.error(`[collab] the snapshot file of ${name} is ahead of the database (seq ${file.upToSeq} > ${room.coveredSeq}); deleting it`);
    this.snapshots?.remove(name);
  }

  /** Whether this process has the document loaded (or loading). */
  isLoaded(name: string): boolean {
    return this.rooms.has(name);
  }

  /** How many connections a document has in this process (0 when it is not loaded). */
  connectionsTo(name: string): number {
    return this.rooms.get(name)?.connectionCount ?? 0;
  }

  /** Adds hooks into every room (see RoomHooks); returns the function that removes them. */
  use(hooks: RoomHooks): () => void {
    this.hooks.add(hooks);
    return () => this.hooks.delete(hooks);
  }

  /** Runs the `beforeOpen` hooks for a connection about to join a document. */
  async beforeOpen(name: string): Promise<void> {
    const loaded = this.isLoaded(name);
    for (const hooks of [...this.hooks]) await hooks.beforeOpen?.(name, loaded);
  }

  /**
   * Applies a server-made change to a document through its room (loading it if needed), so
   * that it is logged durably and reaches connected clients live; resolves once stored. A
   * room nobody is connected to goes idle again afterwards.
   */
  async applyServerChange(name: string, change: (doc: Room["doc"]) => void): Promise<void> {
    const room = await this.open(name);
    try {
      await room.applyServerChange(change);
    } finally {
      if (room.connectionCount === 0 && this.rooms.get(name) === room) this.scheduleIdle(room);
    }
  }

  /**
   * The live document of a loaded room (the freshest copy), or null when the document is
   * not loaded here; never loads one. Waits for a room that is unloading to finish saving,
   * so that the store is complete when this resolves with null.
   */
  async loadedDoc(name: string): Promise<Room["doc"] | null> {
    const room = this.rooms.get(name);
    if (room) {
      await room.whenReady();
      return room.doc;
    }
    await this.closing.get(name);
    return null;
  }

  /**
   * Closes a user's connections to every loaded document whose name starts with `prefix`,
   * here and (through the store) on every other process.
   */
  closeUserConnections(prefix: string, userId: string, code: number, reason: string): void {
    this.changeAccess({ kind: "user", prefix, userId, code, reason });
  }

  /**
   * Closes the connections to one document, here and on every other process: its access
   * changed for everyone, e.g. a report became final.
   */
  closeDocumentConnections(name: string, code: number, reason: string): void {
    this.changeAccess({ kind: "document", name, code, reason });
  }

  private changeAccess(change: AccessChange): void {
    this.applyAccessChange(change);
    this.store.announceAccessChange?.(encodeAccessAnnouncement(this.processId, change)).catch((error: unknown) => {
      console.error("[collab] announcing an access change to the other processes failed", error);
    });
  }

  private applyAccessChange(change: AccessChange): void {
    this.accessChanges += 1;
    if (change.kind === "document") {
      this.rooms.get(change.name)?.closeConnectionsWhere(() => true, change.code, change.reason);
      return;
    }
    for (const [name, room] of this.rooms) {
      if (name.startsWith(change.prefix)) room.closeConnectionsWhere((identity) => identity.user.id === change.userId, change.code, change.reason);
    }
  }

  /**
   * Counts the access changes that closed connections (roles, removals, report status). An
   * upgrade notes it before reading its permission; if it has moved by the time the socket
   * joins its room, the permission may predate the change and the socket is closed with 4409
   * (it reconnects with fresh access). Closing only what is connected would miss a socket
   * still between its permission check and its room.
   */
  get accessChangeCount(): number {
    return this.accessChanges;
  }
  private accessChanges = 0;
  /** Tells this process's access announcements from the others'. */
  private readonly processId = randomUUID();

  /** Closes every connection authenticated with one session (it was signed out or revoked). */
  closeSessionConnections(sessionId: string, code: number, reason: string): void {
    for (const room of this.rooms.values()) {
      room.closeConnectionsWhere((identity) => identity.sessionId === sessionId, code, reason);
    }
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  private subscription: { close(): Promise<void> } | null = null;

  /**
   * With a store several processes share, follows their appends so that clients
   * of this process see edits made through the others.
   */
  async startRelay(): Promise<void> {
    if (!this.store.subscribeToAppends || this.subscription) return;
    this.subscription = await this.store.subscribeToAppends(
      (docName, seq) => {
        const room = this.rooms.get(docName);
        if (room && seq > room.coveredSeq) this.catchUp(room);
      },
      () => {
        for (const room of this.rooms.values()) this.catchUp(room);
      },
      (payload) => {
        const change = decodeAccessAnnouncement(payload, this.processId);
        if (change) this.applyAccessChange(change);
      },
    );
  }

  private catchUp(room: Room): void {
    room.catchUp().catch((error: unknown) => console.error(`[collab] catching up ${room.name} failed`, error));
  }

  /** Closes every room (connections get "going away"), saving what is pending. */
  async closeAll(): Promise<void> {
    await this.subscription?.close();
    this.subscription = null;
    await Promise.all([...this.rooms.values()].map((room) => this.unload(room)));
    await Promise.all(this.closing.values());
  }

  /** Unloads idle documents to stay under the limit; refuses when every loaded one is in use. */
  private async makeRoom(): Promise<void> {
    const idle = [...this.rooms.values()].filter((room) => room.connectionCount === 0);
    await Promise.all(idle.map((room) => this.unload(room)));
    if (this.rooms.size >= this.limits.maxOpenDocuments) throw new TooManyDocumentsError();
  }

  private scheduleIdle(room: Room): void {
    this.cancelIdle(room);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room);
      this.unloadsDue.add(room);
      this.idleUnloads.push(async () => {
        // Not when the room was opened again (or fell idle anew) while this waited its turn.
        if (this.unloadsDue.delete(room) && room.connectionCount === 0) await this.unload(room);
      });
    }, this.limits.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room, timer);
  }

  private cancelIdle(room: Room): void {
    const timer = this.idleTimers.get(room);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(room);
    this.unloadsDue.delete(room);
  }

  private unload(room: Room): Promise<void> {
    this.cancelIdle(room);
    if (this.rooms.get(room.name) !== room) return this.closing.get(room.name) ?? Promise.resolve();
    this.rooms.delete(room.name);
    const done = room.close().finally(() => {
      if (this.closing.get(room.name) === done) this.closing.delete(room.name);
    });
    this.closing.set(room.name, done);
    return done;
  }
}

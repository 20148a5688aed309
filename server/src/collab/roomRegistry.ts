import { COLLAB_LIMITS, type CollabLimits } from "@review/shared";
import type { Store } from "../store/store.ts";
import { Room } from "./room.ts";

/** Every loaded document has connections: this process cannot take another. */
export class TooManyDocumentsError extends Error {
  constructor() {
    super("Too many open documents on this server process");
    this.name = "TooManyDocumentsError";
  }
}

/**
 * Loads each document once per process, unloads it after it has been idle, and
 * makes a reload wait until the previous instance has finished saving.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly closing = new Map<string, Promise<void>>();
  private readonly idleTimers = new Map<Room, NodeJS.Timeout>();
  droppedUpdates = 0;

  private readonly limits: CollabLimits;

  constructor(
    private readonly store: Store,
    limits: Partial<CollabLimits> = {},
  ) {
    this.limits = { ...COLLAB_LIMITS, ...limits };
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
    const room = new Room(name, this.store, this.limits, {
      onEmpty: (r) => this.scheduleIdle(r),
      onBroken: (r) => void this.unload(r),
      onDroppedUpdate: () => {
        this.droppedUpdates += 1;
      },
    });
    this.rooms.set(name, room);
    try {
      await room.whenReady();
    } catch (error) {
      this.rooms.delete(name);
      throw error;
    }
    if (this.subscription) this.catchUp(room);
    return room;
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

  /** Closes a user's connections to every loaded document whose name starts with `prefix`. */
  closeUserConnections(prefix: string, userId: string, code: number, reason: string): void {
    for (const [name, room] of this.rooms) {
      if (name.startsWith(prefix)) room.closeConnectionsWhere((identity) => identity.user.id === userId, code, reason);
    }
  }

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
      if (room.connectionCount === 0) void this.unload(room);
    }, this.limits.idleUnloadMs);
    timer.unref();
    this.idleTimers.set(room, timer);
  }

  private cancelIdle(room: Room): void {
    const timer = this.idleTimers.get(room);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(room);
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

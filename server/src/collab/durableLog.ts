import * as Y from "yjs";
import type { DocumentLogStore, StoredDocument } from "../store/store.ts";
import type { Journal, JournalEntry } from "./journal.ts";
import type { SnapshotFiles } from "./snapshotFiles.ts";

type Batch = {
  updates: Uint8Array[];
  bytes: number;
  /** Run once the batch is committed to the store. */
  callbacks: (() => void)[];
  entries: JournalEntry[];
  committed: boolean;
  /** Its gathering time is over: it goes to the store as soon as no commit is in flight. */
  due: boolean;
};

export type DurableLogOptions = {
  store: DocumentLogStore;
  docName: string;
  doc: Y.Doc;
  /** Log rows after which the document is compacted into a snapshot. */
  compactAfter: number;
  onFailure: (error: unknown) => void;
  /**
   * Whether this process is the only writer (PGlite). Then its own appends advance
   * `coveredSeq`; with several processes only reading the log in order does.
   */
  exclusiveWriter: boolean;
  /** Told when a compaction starts and when it has committed (traces for chaos tests). */
  onCompaction?: (phase: "start" | "done", upToSeq: number) => void;
  journal?: Journal | null;
  /** How long journalled updates gather before one commit (0: commit at once). */
  storeDrainMs?: number;
  /** At most this many updates, or bytes, in one commit: a batch that reaches either goes out on its own. */
  maxDrainUpdates?: number;
  maxDrainBytes?: number;
  /**
   * Where the document's snapshot is kept as a file while it is the whole document (answering the
   * first client after a start). Only with an exclusive writer: nobody else changes the document.
   */
  snapshots?: SnapshotFiles | null;
};

/**
 * The write path of one document: updates are appended to the store in one
 * transaction per event-loop tick (group commit), and whatever must wait for
 * them to be durable (broadcasts, sync replies) runs only after that.
 *
 * With a journal, "durable" means written to the process's journal file (one write
 * per tick for all documents), and the store commit follows off the fan-out path;
 * without one (or once it failed), it means committed to the store.
 * Commits, compactions and the final flush run one after another on one chain.
 */
export class DurableLog {
  private open: Batch | null = null;
  /** Batches that reached the drain bound, in order, waiting for the commit in flight. */
  private readonly full: Batch[] = [];
  /** The newest batch not yet committed, open or in flight. */
  private tail: Batch | null = null;
  private chain: Promise<void> = Promise.resolve();
  /** Every log row with seq <= coveredSeq is in the doc; compaction may delete exactly those. */
  private coveredSeq = 0;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  private updatesSinceSnapshot = 0;
  private failed = false;
  private compactionQueued = false;
  /** A batch is being committed (the open one waits and grows meanwhile). */
  private committing = false;
  /** Resolvers of `flushed()`, also released when the store fails. */
  private readonly flushWaiters: (() => void)[] = [];

  private readonly store: DocumentLogStore;
  private readonly docName: string;
  private readonly doc: Y.Doc;
  private readonly compactAfter: number;
  private readonly onFailure: (error: unknown) => void;
  private readonly exclusiveWriter: boolean;
  private readonly onCompaction: (phase: "start" | "done", upToSeq: number) => void;
  private readonly journal: Journal | null;
  private readonly storeDrainMs: number;
  private readonly maxDrainUpdates: number;
  private readonly maxDrainBytes: number;
  private readonly snapshots: SnapshotFiles | null;
  /** The document's file may exist: the next append deletes it first (the file would then be stale). */
  private fileMayExist = true;
  /** Appends so far (a compaction writes its file only if none came after its snapshot). */
  private appends = 0;

  constructor(options: DurableLogOptions) {
    this.store = options.store;
    this.docName = options.docName;
    this.doc = options.doc;
    this.compactAfter = options.compactAfter;
    this.onFailure = options.onFailure;
    this.exclusiveWriter = options.exclusiveWriter;
    this.onCompaction = options.onCompaction ?? (() => {});
    this.journal = options.journal ?? null;
    this.storeDrainMs = options.storeDrainMs ?? 0;
    this.maxDrainUpdates = options.maxDrainUpdates ?? Infinity;
    this.maxDrainBytes = options.maxDrainBytes ?? Infinity;
    this.snapshots = options.snapshots ?? null;
  }

  /**
   * Loads snapshot + log tail into the doc under `origin` and returns what it read. `beforeDecode`
   * sees what the store holds before the document is decoded (a snapshot alone can answer a
   * client at once). A log tail is compacted right after the load, off its path: the next
   * load then reads a snapshot alone (and, with an exclusive writer, its file).
   */
  async load(origin: unknown, beforeDecode: (stored: StoredDocument) => void = () => {}): Promise<StoredDocument> {
    const stored = await this.store.loadDocument(this.docName);
    beforeDecode(stored);
    this.applyStored(stored, origin);
    this.updatesSinceSnapshot = stored.updates.length;
    if (stored.updates.length > 0) {
      this.snapshots?.remove(this.docName); // cannot be current until the compaction writes it again
      // After the loading client has been answered (its reply is sent in this turn's continuations).
      setImmediate(() => {
        if (this.doc.isDestroyed) return;
        this.compact().catch((error: unknown) => console.error(`[collab] compacting ${this.docName} after its load failed`, error));
      });
    } else if (stored.snapshot && this.snapshots && !this.snapshots.has(this.docName)) {
      // A snapshot with no log after it is the whole document: the next start may read it from the file.
      this.snapshots.write(this.docName, stored.snapshot, stored.snapshotSeq);
    }
    return stored;
  }

  get covered(): number {
    return this.coveredSeq;
  }

  /**
   * Applies what other processes appended since `coveredSeq`, under `origin`.
   * Calls made while one runs are folded into one more run after it.
   */
  catchUp(origin: unknown): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    const run = async () => {
      do {
        this.catchUpAgain = false;
        const stored = await this.store.loadDocumentSince(this.docName, this.coveredSeq);
        this.applyStored(stored, origin);
        this.updatesSinceSnapshot += stored.updates.length;
      } while (this.catchUpAgain);
    };
    this.catchingUp = run().finally(() => {
      this.catchingUp = null;
    });
    return this.catchingUp;
  }

  private applyStored(stored: StoredDocument, origin: unknown): void {
    const doc = this.doc;
    Y.transact(
      doc,
      () => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
        for (const row of stored.updates) Y.applyUpdate(doc, row.data, origin);
      },
      origin,
    );
    const last = stored.updates.at(-1)?.seq ?? stored.snapshotSeq;
    if (last > this.coveredSeq) this.coveredSeq = last;
  }

  /** Queues an update for the next group commit; `then` runs once it is durable. */
  append(update: Uint8Array, then: () => void): void {
    // Before the update can be acknowledged: from now on the file is not the whole document.
    if (this.fileMayExist && this.snapshots) this.snapshots.remove(this.docName);
    this.fileMayExist = false;
    this.appends += 1;
    const batch = this.openBatch();
    batch.updates.push(update);
    batch.bytes += update.byteLength;
    const journal = this.journal;
    if (journal?.writable) {
      const afterCommit = () => this.afterCommitOf(batch, then);
      batch.entries.push(journal.append(this.docName, update, then, afterCommit));
    } else batch.callbacks.push(then);
    // Bounded work per commit: the database thread answers between batches, and no message to it is huge.
    if (batch.updates.length >= this.maxDrainUpdates || batch.bytes >= this.maxDrainBytes) {
      batch.due = true;
      this.open = null;
      this.full.push(batch);
      this.closeOpenBatch();
    }
  }

  private openBatch(): Batch {
    if (this.open) return this.open;
    const batch: Batch = { updates: [], bytes: 0, callbacks: [], entries: [], committed: false, due: false };
    this.open = batch;
    this.tail = batch;
    const close = () => {
      batch.due = true;
      this.closeOpenBatch();
    };
    // Journalled updates are durable already: gather them for a while, so that store commits
    // seldom coincide with a broadcast (on two cores they compete with the receivers).
    if (this.journal?.writable && this.storeDrainMs > 0) setTimeout(close, this.storeDrainMs);
    else setImmediate(close);
    return batch;
  }

  private afterCommitOf(batch: Batch, fn: () => void): void {
    if (batch.committed) fn();
    else batch.callbacks.push(fn);
  }

  /**
   * Sends the next batch to the store, unless a commit is in flight: then the open batch keeps
   * growing over later ticks and goes out when that commit ends (one round trip for all
   * of them instead of one per tick queued behind it; a slow store gets larger batches), up
   * to the drain bound, past which it waits in `full` and a new one opens.
   */
  private closeOpenBatch(): void {
    if (this.committing) return;
    let batch = this.full.shift();
    if (!batch) {
      batch = this.open ?? undefined;
      if (!batch || !batch.due) return;
      this.open = null;
    }
    this.committing = true;
    this.chain = this.chain
      .then(() => this.commit(batch))
      .finally(() => {
        this.committing = false;
        this.closeOpenBatch();
      });
  }

  /** Runs `fn` once every update appended so far is durable (journalled, or else stored). */
  afterDurable(fn: () => void): void {
    const tail = this.tail;
    const whenStored = () => (tail ? this.afterCommitOf(tail, fn) : fn());
    if (this.journal?.writable) this.journal.whenWritten(fn, whenStored);
    else whenStored();
  }

  /**
   * Snapshots the doc (`encodeStateAsUpdate` of the loaded doc; `mergeUpdates`
   * grows superlinearly) and deletes exactly the log rows it covers, after pending commits.
   */
  compact(): Promise<void> {
    const run = async () => {
      this.compactionQueued = false;
      if (this.failed || this.updatesSinceSnapshot === 0 || this.doc.isDestroyed) return;
      const upToSeq = this.coveredSeq;
      const covered = this.updatesSinceSnapshot;
      this.onCompaction("start", upToSeq);
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      const appendsBefore = this.appends;
      await this.store.compactDocument(this.docName, snapshot, upToSeq);
      // Only once committed (it never holds what the store might not), and only while nothing came after it.
      if (this.snapshots && this.appends === appendsBefore) {
        this.snapshots.write(this.docName, snapshot, upToSeq);
        this.fileMayExist = true;
      }
      this.updatesSinceSnapshot -= covered;
      this.onCompaction("done", upToSeq);
    };
    const done = this.chain.then(run);
    this.chain = done.catch(() => {});
    return done;
  }

  /**
   * Commits what is queued now, without waiting for the gathering time, and resolves once
   * it is in the store (or the store failed).
   */
  flushed(): Promise<void> {
    if (this.open) {
      this.open.due = true;
      this.closeOpenBatch();
    }
    return new Promise((resolve) => {
      if (this.failed || !this.tail) return resolve();
      this.tail.callbacks.push(resolve);
      this.flushWaiters.push(resolve);
    });
  }

  private async commit(batch: Batch): Promise<void> {
    if (this.failed) return;
    try {
      const last = await this.store.appendUpdates(this.docName, batch.updates);
      if (this.exclusiveWriter) this.coveredSeq = last;
      this.updatesSinceSnapshot += batch.updates.length;
    } catch (error) {
      this.failed = true;
      if (this.tail === batch) this.tail = null;
      this.onFailure(error);
      for (const waiter of this.flushWaiters.splice(0)) waiter();
      return;
    }
    if (this.tail === batch) {
      this.tail = null;
      this.flushWaiters.length = 0; // all resolved by the callbacks of their batches
    }
    batch.committed = true;
    for (const entry of batch.entries) this.journal?.release(entry);
    for (const callback of batch.callbacks) callback();
    if (this.updatesSinceSnapshot >= this.compactAfter && !this.compactionQueued) {
      this.compactionQueued = true;
      this.compact().catch((error: unknown) => console.error(`[collab] compacting ${this.docName} failed`, error));
    }
  }
}

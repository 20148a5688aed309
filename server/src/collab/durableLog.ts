import * as Y from "yjs";
import type { Store } from "../store/store.ts";

type Batch = { updates: Uint8Array[]; callbacks: (() => void)[] };

/**
 * The write path of one document: updates are appended to the store in one
 * transaction per event-loop tick (group commit), and whatever must wait for
 * them to be durable (broadcasts, sync replies) runs only after that commit.
 * Commits, compactions and the final flush run one after another on one chain.
 */
export class DurableLog {
  private open: Batch | null = null;
  /** The newest batch not yet committed, open or in flight. */
  private tail: Batch | null = null;
  private chain: Promise<void> = Promise.resolve();
  private lastSeq = 0;
  private updatesSinceSnapshot = 0;
  private failed = false;
  private compactionQueued = false;

  constructor(
    private readonly store: Store,
    private readonly docName: string,
    private readonly doc: Y.Doc,
    private readonly compactAfter: number,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Loads snapshot + log tail into the doc under `origin`; compacts a long tail. */
  async load(origin: unknown): Promise<void> {
    const doc = this.doc;
    const stored = await this.store.loadDocument(this.docName);
    Y.transact(
      doc,
      () => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
        for (const row of stored.updates) Y.applyUpdate(doc, row.data, origin);
      },
      origin,
    );
    const last = stored.updates.at(-1);
    if (last) this.lastSeq = last.seq;
    this.updatesSinceSnapshot = stored.updates.length;
    if (this.updatesSinceSnapshot >= this.compactAfter) await this.compact();
  }

  /** Queues an update for the next group commit; `then` runs once it is stored. */
  append(update: Uint8Array, then: () => void): void {
    if (!this.open) {
      const batch: Batch = { updates: [], callbacks: [] };
      this.open = batch;
      this.tail = batch;
      setImmediate(() => {
        if (this.open === batch) this.open = null;
        this.chain = this.chain.then(() => this.commit(batch));
      });
    }
    this.open.updates.push(update);
    this.open.callbacks.push(then);
  }

  /** Runs `fn` once every update appended so far is stored. */
  afterDurable(fn: () => void): void {
    if (this.tail) this.tail.callbacks.push(fn);
    else fn();
  }

  /**
   * Snapshots the doc (`encodeStateAsUpdate` of the loaded doc; `mergeUpdates`
   * grows superlinearly) and deletes exactly the log rows it covers, after pending commits.
   */
  compact(): Promise<void> {
    const run = async () => {
      this.compactionQueued = false;
      if (this.failed || this.updatesSinceSnapshot === 0) return;
      const upToSeq = this.lastSeq;
      const covered = this.updatesSinceSnapshot;
      await this.store.compactDocument(this.docName, Y.encodeStateAsUpdate(this.doc), upToSeq);
      this.updatesSinceSnapshot -= covered;
    };
    const done = this.chain.then(run);
    this.chain = done.catch(() => {});
    return done;
  }

  /** Resolves when everything queued so far has been committed (or has failed). */
  flushed(): Promise<void> {
    return new Promise((resolve) => {
      this.afterDurable(resolve);
      setImmediate(() => void this.chain.then(resolve));
    });
  }

  private async commit(batch: Batch): Promise<void> {
    if (this.failed) return;
    try {
      this.lastSeq = await this.store.appendUpdates(this.docName, batch.updates);
      this.updatesSinceSnapshot += batch.updates.length;
    } catch (error) {
      this.failed = true;
      if (this.tail === batch) this.tail = null;
      this.onFailure(error);
      return;
    }
    if (this.tail === batch) this.tail = null;
    for (const callback of batch.callbacks) callback();
    if (this.updatesSinceSnapshot >= this.compactAfter && !this.compactionQueued) {
      this.compactionQueued = true;
      this.compact().catch((error: unknown) => console.error(`[collab] compacting ${this.docName} failed`, error));
    }
  }
}

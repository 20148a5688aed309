import * as Y from "yjs";
import { encodeUpdate } from "./protocol.ts";

/** What one batch sends: `forOthers` to every connection, except the writers, who get theirs (null: nothing). */
export type UpdateFrames = { forOthers: Uint8Array; forWriters: Map<unknown, Uint8Array | null> };

/**
 * Document updates that became durable together (one journal write, one store commit) go out
 * as one frame per connection: the updates merged in order, a writer's own left out of its
 * frame. With 200 clients and several writers a turn, the sends follow the turns, not
 * clients x updates. A batch of one update is passed on as it is.
 */
export class UpdateBatch {
  private queued: { update: Uint8Array; writer: unknown }[] = [];

  constructor(private readonly deliver: (frames: UpdateFrames) => void) {}

  /** Queues a durable update; `writer` (or null: the server, another process) does not get it back. */
  add(update: Uint8Array, writer: unknown): void {
    // After the callbacks of the same write have run: they are one synchronous loop.
    if (this.queued.length === 0) queueMicrotask(() => this.flush());
    this.queued.push({ update, writer });
  }

  private flush(): void {
    const queued = this.queued;
    this.queued = [];
    if (queued.length === 0) return;
    if (queued.length === 1) {
      const only = queued[0]!;
      return this.deliver({ forOthers: encodeUpdate(only.update), forWriters: new Map([[only.writer, null]]) });
    }
    const forWriters = new Map<unknown, Uint8Array | null>();
    for (const { writer } of queued) {
      if (writer === null || forWriters.has(writer)) continue;
      const others = queued.filter((entry) => entry.writer !== writer).map((entry) => entry.update);
      forWriters.set(writer, others.length > 0 ? encodeUpdate(Y.mergeUpdates(others)) : null);
    }
    this.deliver({ forOthers: encodeUpdate(Y.mergeUpdates(queued.map((entry) => entry.update))), forWriters });
  }
}

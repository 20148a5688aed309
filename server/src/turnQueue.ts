/**
 * Runs background tasks a few at a time, each started in its own turn of the event loop.
 *
 * When a team closes its laptops at the end of an evening session, hundreds of documents fall
 * idle together, and timers set for each of them fire together: the end-of-session version
 * (which encodes and fingerprints the whole document) and later the idle unload (which
 * compacts it). Run at once, those synchronous encodes ran back to back without a turn between
 * them and held the event loop for seconds (2.7 s for 1 000 documents of ~100 KB) while every
 * other editor waited.
 */
export class TurnQueue {
  private readonly waiting: (() => Promise<unknown>)[] = [];
  private running = 0;

  constructor(
    private readonly concurrency: number,
    private readonly label: string,
  ) {}

  /** Queues a task; it should check again that it is still wanted when it runs. */
  push(task: () => Promise<unknown>): void {
    this.waiting.push(task);
    this.startNext();
  }

  private startNext(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const task = this.waiting.shift()!;
      this.running += 1;
      setImmediate(() => {
        void task()
          .catch((error: unknown) => console.error(`[${this.label}] a queued task failed`, error))
          .finally(() => {
            this.running -= 1;
            this.startNext();
          });
      });
    }
  }
}

/**
 * Knows whether everything this client wrote is durably stored on the server.
 *
 * The server answers a "sync step 1" with a "sync step 2" only after every update
 * it received before has been committed to its log, and frames on one socket
 * arrive in order. So after local edits the client sends a step 1 (a "probe");
 * the matching step 2 proves that those edits are saved. Replies are matched to
 * requests first-in first-out; the server only ever sends step 2 as a reply.
 *
 * This class is the bookkeeping only; the session sends the frames.
 */
export class SaveTracker {
  /** Counts local edits (and sync replies carrying them); the server has acknowledged up to `acked`. */
  private written = 0;
  private acked = 0;
  /** For each step 1 in flight, the `written` mark its reply will acknowledge. */
  private inFlight: number[] = [];
  /** Whether the server has asked for our state on this connection (after which all we have is sent). */
  private serverAsked = false;
  private connected = false;

  get pending(): boolean {
    return this.written > this.acked;
  }

  /** A probe would acknowledge something no request in flight covers. */
  get needsProbe(): boolean {
    if (!this.connected || !this.serverAsked || !this.pending) return false;
    const last = this.inFlight.at(-1);
    return last === undefined || last < this.written;
  }

  localChange(): void {
    this.written += 1;
  }

  /** The socket opened; the provider sent its own step 1, which acknowledges nothing new. */
  socketOpened(): void {
    this.connected = true;
    this.serverAsked = false;
    this.inFlight = [this.acked];
  }

  socketClosed(): void {
    this.connected = false;
    this.serverAsked = false;
    this.inFlight = [];
  }

  /**
   * The server sent step 1; the provider answers with everything the server lacks,
   * possibly edits made offline or in an earlier visit, so count the answer as a write.
   */
  serverRequestedState(): void {
    this.serverAsked = true;
    this.written += 1;
  }

  probeSent(): void {
    this.inFlight.push(this.written);
  }

  /** The server sent step 2: the oldest request in flight is answered. */
  serverStateReceived(): void {
    const covered = this.inFlight.shift();
    if (covered !== undefined && covered > this.acked) this.acked = covered;
  }
}

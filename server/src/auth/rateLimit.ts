/**
 * Fixed-window attempt counter per key (an IP, or an email at an IP), in memory: enough
 * for one process; brute force against several processes needs the store.
 */
export class AttemptLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; returns false when the key is over its limit. */
  hit(key: string): boolean {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (this.windows.size > 10_000) this.prune(now);
    return window.count <= this.maxAttempts;
  }

  /** Whether the key has used up its attempts, without recording one. */
  isOver(key: string): boolean {
    const window = this.windows.get(key);
    return window !== undefined && window.resetAt > this.now() && window.count >= this.maxAttempts;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

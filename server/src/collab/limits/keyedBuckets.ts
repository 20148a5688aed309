import { TokenBucket } from "../rateLimiter.ts";

/** How often buckets that have refilled completely are forgotten. */
const SWEEP_EVERY_MS = 60_000;

/**
 * One token bucket per key (a user and a document), created on first use and forgotten
 * once it has refilled, so that memory follows the users who are active, not all who ever were.
 */
export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();
  private sweptAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sweptAt = now();
  }

  /** Takes `amount` tokens from `key`'s bucket; false, taking nothing, when fewer are left. */
  take(key: string, amount = 1): boolean {
    return this.bucket(key).take(amount);
  }

  /** Whether `key`'s bucket holds `amount` tokens, without taking them. */
  has(key: string, amount = 1): boolean {
    return this.buckets.get(key)?.has(amount) ?? amount <= this.burst;
  }

  get size(): number {
    return this.buckets.size;
  }

  private bucket(key: string): TokenBucket {
    this.sweep();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.ratePerSecond, this.burst, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private sweep(): void {
    if (this.now() - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = this.now();
    for (const [key, bucket] of this.buckets) if (bucket.isFull) this.buckets.delete(key);
  }
}

/** Token bucket: `ratePerSecond` sustained, `burst` at once. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.updatedAt = now();
  }

  /** Takes `amount` tokens (one by default); false, taking nothing, when fewer are left. */
  take(amount = 1): boolean {
    if (!this.has(amount)) return false;
    this.tokens -= amount;
    return true;
  }

  /** Whether `amount` tokens are left, without taking them. */
  has(amount = 1): boolean {
    this.refill();
    return this.tokens >= amount;
  }

  /** Whether the bucket has refilled completely (nothing taken recently): it can be forgotten. */
  get isFull(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
    this.updatedAt = now;
  }
}

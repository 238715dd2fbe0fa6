/**
 * Per-key token buckets: a key with `ratePerMinute` r holds at most r tokens (so a client may burst
 * up to a minute's worth) and regains r/60 tokens a second. In memory, per gateway process: with
 * several replicas each enforces the rate on its own share of the traffic.
 */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
  ratePerMinute: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one token from the key's bucket; refuses with the wait until the next token. */
  take(keyId: string, ratePerMinute: number): RateDecision {
    const now = this.now();
    let bucket = this.buckets.get(keyId);
    if (!bucket || bucket.ratePerMinute !== ratePerMinute) {
      // A changed rate (key edited) starts a fresh, full bucket at the new rate.
      bucket = { tokens: ratePerMinute, updatedAt: now, ratePerMinute };
      this.buckets.set(keyId, bucket);
    } else {
      const refill = ((now - bucket.updatedAt) / 60_000) * ratePerMinute;
      bucket.tokens = Math.min(ratePerMinute, bucket.tokens + refill);
      bucket.updatedAt = now;
    }
    // The epsilon absorbs floating-point drift from many small refills.
    if (bucket.tokens >= 1 - 1e-9) {
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      return { allowed: true };
    }
    const secondsPerToken = 60 / ratePerMinute;
    const missing = Math.max(0, 1 - bucket.tokens);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missing * secondsPerToken)) };
  }
}

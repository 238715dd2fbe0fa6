/**
 * Slows password guessing: failed sign-ins are counted per username and per client address over
 * a sliding window; past the limit, sign-in is refused (429 with `Retry-After`) until the oldest
 * failure leaves the window. In memory, per process, bounded in size.
 */
export interface LoginThrottleOptions {
  windowMs?: number;
  perUsername?: number;
  perAddress?: number;
  maxTracked?: number;
  now?: () => number;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly perUsername: number;
  private readonly perAddress: number;
  private readonly maxTracked: number;
  private readonly now: () => number;

  constructor(options: LoginThrottleOptions = {}) {
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.perUsername = options.perUsername ?? 5;
    this.perAddress = options.perAddress ?? 20;
    this.maxTracked = options.maxTracked ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  check(username: string, address: string): ThrottleDecision {
    const now = this.now();
    const waits = [
      this.wait(`user:${username}`, this.perUsername, now),
      this.wait(`addr:${address}`, this.perAddress, now),
    ].filter((w): w is number => w !== undefined);
    if (waits.length === 0) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) };
  }

  recordFailure(username: string, address: string): void {
    const now = this.now();
    for (const key of [`user:${username}`, `addr:${address}`]) {
      const recent = this.recent(key, now);
      recent.push(now);
      if (!this.failures.has(key) && this.failures.size >= this.maxTracked) {
        const oldest = this.failures.keys().next();
        if (!oldest.done) this.failures.delete(oldest.value);
      }
      this.failures.set(key, recent);
    }
  }

  /** A successful sign-in clears the username's failures (not the address's). */
  recordSuccess(username: string): void {
    this.failures.delete(`user:${username}`);
  }

  /** Milliseconds until this key is under its limit again, or undefined if it is already. */
  private wait(key: string, limit: number, now: number): number | undefined {
    const recent = this.recent(key, now);
    if (recent.length < limit) return undefined;
    const unblocking = recent[recent.length - limit] as number;
    return unblocking + this.windowMs - now;
  }

  private recent(key: string, now: number): number[] {
    const all = this.failures.get(key) ?? [];
    const recent = all.filter((at) => at > now - this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}

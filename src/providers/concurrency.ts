/**
 * A counting semaphore: at most `limit` calls to one provider are in flight at once, so a large
 * evaluation run does not flood a local model server or a rate-limited API.
 */
export class ConcurrencyLimit {
  readonly limit: number;
  #active = 0;
  readonly #waiting: Array<{ grant: () => void }> = [];

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`concurrency must be a whole number of at least 1, got ${limit}`);
    }
    this.limit = limit;
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Runs `task` once a slot is free. While waiting, an abort of `signal` rejects at once with
   * `onAbort()` and gives up the place in the queue.
   */
  async run<T>(
    task: () => Promise<T>,
    signal: AbortSignal | undefined,
    onAbort: () => Error,
  ): Promise<T> {
    await this.#acquire(signal, onAbort);
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #acquire(signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
    if (signal?.aborted) return Promise.reject(onAbort());
    if (this.#active < this.limit) {
      this.#active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', abandon);
          this.#active++;
          resolve();
        },
      };
      const abandon = () => {
        const index = this.#waiting.indexOf(waiter);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(onAbort());
      };
      signal?.addEventListener('abort', abandon, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #release(): void {
    this.#active--;
    this.#waiting.shift()?.grant();
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Generation } from '../../src/core/index.js';
import { httpFailure } from '../../src/providers/failures.js';
import {
  backoffDelay,
  ConcurrencyLimit,
  parseRetryAfterValue,
  retryAfterMs,
  withResilience,
  type NetworkProvider,
} from '../../src/providers/index.js';

const ok: Generation = {
  text: 'ok',
  model: 'stub',
  usage: { inputTokens: 1, outputTokens: 1 },
  latencyMs: 1,
};

/** A provider that plays a script of outcomes, one per call. */
function scripted(outcomes: Array<() => Promise<Generation>>): NetworkProvider & { calls: number } {
  const stub = {
    id: 'stub:model',
    model: 'model',
    endpoint: 'http://stub',
    calls: 0,
    generate: async () => {
      const next = outcomes[stub.calls] ?? outcomes[outcomes.length - 1];
      stub.calls++;
      if (!next) throw new Error('empty script');
      return next();
    },
  };
  return stub;
}

const noWait = async () => {};

describe('parseRetryAfterValue', () => {
  it('reads delay-seconds as milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seconds) => {
        expect(parseRetryAfterValue(String(seconds))).toBe(seconds * 1000);
        expect(parseRetryAfterValue(` ${seconds} `)).toBe(seconds * 1000);
      }),
    );
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (offsetSeconds) => {
        const at = new Date(now + offsetSeconds * 1000).toUTCString();
        expect(parseRetryAfterValue(at, now)).toBe(Math.max(0, offsetSeconds * 1000));
      }),
    );
  });

  it('returns undefined for anything else and never throws', () => {
    expect(parseRetryAfterValue('')).toBeUndefined();
    expect(parseRetryAfterValue('soon')).toBeUndefined();
    expect(parseRetryAfterValue('-5')).toBeUndefined();
    expect(parseRetryAfterValue('12abc')).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (value) => {
        const parsed = parseRetryAfterValue(value);
        expect(parsed === undefined || (Number.isFinite(parsed) && parsed >= 0)).toBe(true);
      }),
    );
  });

  it('prefers retry-after-ms over retry-after', () => {
    const headers = new Headers({ 'retry-after-ms': '1500', 'retry-after': '30' });
    expect(retryAfterMs(headers)).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('stays within [0, min(max, base·2^retry)) — full jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, r) => {
          const delay = backoffDelay(retry, () => r, 500, 30_000);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.min(30_000, 500 * 2 ** retry));
        },
      ),
    );
  });
});

describe('withResilience', () => {
  it('retries untranslated socket errors and gives up on other unknown errors at once', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const flaky = scripted([() => Promise.reject(reset), () => Promise.resolve(ok)]);
    expect(await withResilience(flaky, { sleep: noWait }).generate([], {})).toEqual(ok);
    expect(flaky.calls).toBe(2);

    const broken = scripted([() => Promise.reject(new TypeError('bug in adapter'))]);
    await expect(withResilience(broken, { sleep: noWait }).generate([], {})).rejects.toThrow(
      'bug in adapter',
    );
    expect(broken.calls).toBe(1);
  });

  it('times out an adapter that ignores its signal', async () => {
    const deaf = scripted([() => new Promise<Generation>(() => {})]);
    const started = Date.now();
    await expect(
      withResilience(deaf, { timeoutMs: 50, maxRetries: 0 }).generate([], {}),
    ).rejects.toMatchObject({
      code: 'PROVIDER_TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('uses the per-call timeout when given', async () => {
    const slow = scripted([
      () => new Promise<Generation>((resolve) => setTimeout(() => resolve(ok), 300)),
    ]);
    const resilient = withResilience(slow, { timeoutMs: 10, maxRetries: 0 });
    expect(await resilient.generate([], { timeoutMs: 5000 })).toEqual(ok);
  });

  it('waits what the server asked, capped', async () => {
    const waits: number[] = [];
    const limited = scripted([
      () =>
        Promise.reject(
          httpFailure('stub:model', 429, 'slow down', new Headers({ 'retry-after': '90' })),
        ),
      () => Promise.resolve(ok),
    ]);
    await withResilience(limited, {
      retryAfterMaxMs: 10_000,
      sleep: async (ms) => void waits.push(ms),
    }).generate([], {});
    expect(waits).toEqual([10_000]);
  });

  it('does not retry non-retryable HTTP errors', async () => {
    const bad = scripted([() => Promise.reject(httpFailure('stub:model', 422, 'bad'))]);
    await expect(withResilience(bad, { sleep: noWait }).generate([], {})).rejects.toMatchObject({
      code: 'PROVIDER_HTTP',
      details: { status: 422, retryable: false },
    });
    expect(bad.calls).toBe(1);
  });

  it('honours maxRetries: 0', async () => {
    const failing = scripted([() => Promise.reject(httpFailure('stub:model', 500, 'down'))]);
    await expect(
      withResilience(failing, { maxRetries: 0, sleep: noWait }).generate([], {}),
    ).rejects.toMatchObject({
      details: { attempts: 1 },
    });
    expect(failing.calls).toBe(1);
  });

  it('gives up its place in the queue when aborted while waiting for a slot', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = scripted([() => gate.then(() => ok)]);
    const resilient = withResilience(held, { concurrency: 1 });
    const first = resilient.generate([], {});
    const controller = new AbortController();
    const second = resilient.generate([], {}, controller.signal);
    controller.abort();
    await expect(second).rejects.toMatchObject({ code: 'PROVIDER_ABORTED' });
    release();
    expect(await first).toEqual(ok);
    expect(held.calls).toBe(1);
  });
});

describe('ConcurrencyLimit', () => {
  it('never runs more than its limit at once and runs everything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }),
        async (limit, delays) => {
          const gate = new ConcurrencyLimit(limit);
          let active = 0;
          let peak = 0;
          const results = await Promise.all(
            delays.map((delay, i) =>
              gate.run(
                async () => {
                  active++;
                  peak = Math.max(peak, active);
                  await new Promise((resolve) => setTimeout(resolve, delay));
                  active--;
                  return i;
                },
                undefined,
                () => new Error('aborted'),
              ),
            ),
          );
          expect(results).toEqual(delays.map((_, i) => i));
          expect(peak).toBeLessThanOrEqual(limit);
          expect(gate.active).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('rejects a limit below 1', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
  });
});

/**
 * Resilience for network providers: a timeout per attempt, retries with exponential backoff and
 * full jitter (or the server's Retry-After, capped), a per-provider concurrency limit, and an
 * abort signal that ends everything at once. SDK retries are off (`maxRetries: 0`) so this is the
 * only retry loop and its waits are observable and testable.
 */
import type { ChatMessage, GenerateOptions, Generation } from '../core/index.js';
import { TandemError, isTandemError } from '../core/index.js';
import { ConcurrencyLimit } from './concurrency.js';
import {
  abortedFailure,
  isRetryable,
  networkCode,
  networkFailure,
  timeoutFailure,
} from './failures.js';
import type { NetworkProvider, Sleep } from './provider-kind.js';

export interface ResilienceOptions {
  timeoutMs?: number;
  maxRetries?: number;
  concurrency?: number;
  retryAfterMaxMs?: number;
  /** First backoff ceiling; doubles per retry (default 500 ms). */
  baseDelayMs?: number;
  /** Backoff ceiling never exceeds this (default 30 000 ms). */
  maxDelayMs?: number;
  sleep?: Sleep;
  random?: () => number;
}

/**
 * The SDKs' own timeout: a distant backstop only, longer than any sane per-call timeout and
 * shorter than Node's timer limit. Real timeouts are ours (see `withResilience`).
 */
export const SDK_BACKSTOP_TIMEOUT_MS = 24 * 60 * 60 * 1000;

export const RESILIENCE_DEFAULTS = {
  timeoutMs: 60_000,
  maxRetries: 4,
  concurrency: 4,
  retryAfterMaxMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
} as const;

/** A `setTimeout` sleep that rejects as soon as `signal` aborts. */
export const sleepFor: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Full-jitter backoff: uniform in [0, min(max, base·2^retry)). */
export function backoffDelay(
  retry: number,
  random: () => number,
  baseDelayMs: number = RESILIENCE_DEFAULTS.baseDelayMs,
  maxDelayMs: number = RESILIENCE_DEFAULTS.maxDelayMs,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

export function withResilience(
  provider: NetworkProvider,
  options: ResilienceOptions = {},
): NetworkProvider {
  const settings = { ...RESILIENCE_DEFAULTS, ...definedOnly(options) };
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const limit = new ConcurrencyLimit(settings.concurrency);
  const aborted = () => abortedFailure(provider.id);

  async function attemptOnce(
    messages: ChatMessage[],
    generateOptions: GenerateOptions,
    signal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<Generation> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(timeoutFailure(provider.id, timeoutMs));
    }, timeoutMs);
    const forwardAbort = () => controller.abort(aborted());
    signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      // Race the call against our own signal: even an adapter that ignored the signal cannot
      // keep a cancelled or timed-out caller waiting.
      return await raceAbort(
        provider.generate(messages, generateOptions, controller.signal),
        controller.signal,
      );
    } catch (error) {
      if (signal?.aborted) throw aborted();
      if (timedOut) throw timeoutFailure(provider.id, timeoutMs);
      if (isTandemError(error)) throw error;
      // Errors an adapter did not translate: socket errors are worth a retry, the rest are not.
      if (networkCode(error)) throw networkFailure(provider.id, error);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  return {
    id: provider.id,
    model: provider.model,
    endpoint: provider.endpoint,
    async generate(messages, generateOptions, signal) {
      const timeoutMs = generateOptions.timeoutMs ?? settings.timeoutMs;
      for (let attempt = 1; ; attempt++) {
        try {
          return await limit.run(
            () => attemptOnce(messages, generateOptions, signal, timeoutMs),
            signal,
            aborted,
          );
        } catch (error) {
          if (signal?.aborted) throw aborted();
          if (!isRetryable(error)) throw error;
          if (attempt > settings.maxRetries) throw gaveUp(error, attempt);
          const wait = retryWait(error, attempt - 1, settings, random);
          try {
            await sleep(wait, signal);
          } catch (sleepError) {
            if (signal?.aborted) throw aborted();
            throw sleepError;
          }
        }
      }
    },
  };
}

function retryWait(
  error: unknown,
  retry: number,
  settings: { retryAfterMaxMs: number; baseDelayMs: number; maxDelayMs: number },
  random: () => number,
): number {
  const asked = isTandemError(error) ? error.details?.['retryAfterMs'] : undefined;
  if (typeof asked === 'number') return Math.min(asked, settings.retryAfterMaxMs);
  return backoffDelay(retry, random, settings.baseDelayMs, settings.maxDelayMs);
}

function gaveUp(error: unknown, attempts: number): unknown {
  if (!isTandemError(error)) return error;
  return new TandemError(error.code, `${error.message} Gave up after ${attempts} attempts.`, {
    cause: error,
    details: { ...error.details, attempts },
  });
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

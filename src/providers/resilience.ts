/**
 * Resilience for network providers: a timeout per attempt, retries with exponential backoff and
 * full jitter (or the server's Retry-After, capped), a per-provider concurrency limit, and an
 * abort signal that ends everything at once. SDK retries are off (`maxRetries: 0`) so this is the
 * only retry loop and its waits are observable and testable.
 *
 * Streams get the same until their first delta. After it, part of the reply may already be on its
 * way to a person, so nothing is retried: a failure ends the stream with a typed error marked
 * `details.afterFirstDelta` (the guard then cuts over to a safe reply), and an idle timeout bounds
 * the silence between deltas.
 */
import type { ChatMessage, GenerateOptions, Generation, StreamDelta } from '../core/index.js';
import { TandemError, isTandemError } from '../core/index.js';
import { ConcurrencyLimit } from './concurrency.js';
import {
  abortedFailure,
  isRetryable,
  malformedFailure,
  networkCode,
  networkFailure,
  timeoutFailure,
  type FailureDetails,
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
  /** Streams: longest silence between two deltas (default 30 000 ms). */
  streamIdleTimeoutMs?: number;
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
  streamIdleTimeoutMs: 30_000,
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
  const innerStream = provider.stream?.bind(provider);

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

  /** Opens one attempt's stream and waits for its first delta, within `timeoutMs`. */
  async function openAttempt(
    messages: ChatMessage[],
    generateOptions: GenerateOptions,
    signal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<OpenStream> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(timeoutFailure(provider.id, timeoutMs));
    }, timeoutMs);
    const forwardAbort = () => controller.abort(aborted());
    signal?.addEventListener('abort', forwardAbort, { once: true });
    const detach = () => signal?.removeEventListener('abort', forwardAbort);
    let iterator: AsyncIterator<StreamDelta> | undefined;
    try {
      if (!innerStream) throw new TypeError(`${provider.id} cannot stream`);
      iterator = innerStream(messages, generateOptions, controller.signal)[Symbol.asyncIterator]();
      const first = await raceAbort(iterator.next(), controller.signal);
      return { iterator, controller, first, detach };
    } catch (error) {
      detach();
      controller.abort(aborted());
      closeQuietly(iterator);
      if (signal?.aborted) throw aborted();
      if (timedOut) throw timeoutFailure(provider.id, timeoutMs);
      if (isTandemError(error)) throw error;
      if (networkCode(error)) throw networkFailure(provider.id, error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function* streamResiliently(
    messages: ChatMessage[],
    generateOptions: GenerateOptions,
    signal?: AbortSignal,
  ): AsyncGenerator<StreamDelta, void, undefined> {
    if (signal?.aborted) throw aborted();
    const timeoutMs = generateOptions.timeoutMs ?? settings.timeoutMs;
    const idleMs = generateOptions.streamIdleTimeoutMs ?? settings.streamIdleTimeoutMs;
    // The slot is held for the whole stream: a stream is a call in flight until its last delta.
    const release = await holdSlot(limit, signal, aborted);
    try {
      for (let attempt = 1; ; attempt++) {
        let open: OpenStream;
        try {
          open = await openAttempt(messages, generateOptions, signal, timeoutMs);
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
          continue;
        }
        yield* relay(open, signal, idleMs);
        return;
      }
    } finally {
      release();
    }
  }

  /** Passes deltas on after the first; from here on a failure ends the stream, never a retry. */
  async function* relay(
    open: OpenStream,
    signal: AbortSignal | undefined,
    idleMs: number,
  ): AsyncGenerator<StreamDelta, void, undefined> {
    const { iterator, controller } = open;
    let delivered = 0;
    let finished = false;
    try {
      let result = open.first;
      if (result.done) {
        throw malformedFailure(provider.id, 'the stream ended before its first delta');
      }
      for (;;) {
        if (result.done) {
          throw afterFirstDelta(
            malformedFailure(provider.id, 'the stream ended without its final summary'),
            delivered,
          );
        }
        const delta = result.value;
        delivered += delta.text.length;
        yield delta;
        if (delta.done) {
          finished = true;
          return;
        }
        let idle = false;
        const timer = setTimeout(() => {
          idle = true;
          controller.abort(idleFailure(provider.id, idleMs));
        }, idleMs);
        try {
          result = await raceAbort(iterator.next(), controller.signal);
        } catch (error) {
          if (signal?.aborted) throw afterFirstDelta(aborted(), delivered);
          if (idle) throw afterFirstDelta(idleFailure(provider.id, idleMs), delivered);
          if (isTandemError(error)) throw afterFirstDelta(error, delivered);
          // Whatever broke the stream, the connection is unusable: the caller must cut over.
          throw afterFirstDelta(networkFailure(provider.id, error), delivered);
        } finally {
          clearTimeout(timer);
        }
      }
    } finally {
      open.detach();
      // Ends the upstream request when the caller stopped reading early or the stream failed.
      if (!finished) controller.abort(aborted());
      closeQuietly(iterator);
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
    ...(innerStream ? { stream: streamResiliently } : {}),
  };
}

interface OpenStream {
  iterator: AsyncIterator<StreamDelta>;
  controller: AbortController;
  first: IteratorResult<StreamDelta>;
  /** Stops forwarding the caller's abort to this attempt. */
  detach: () => void;
}

/** Waits for a slot of `limit` and returns the call that gives it back. */
function holdSlot(
  limit: ConcurrencyLimit,
  signal: AbortSignal | undefined,
  onAbort: () => Error,
): Promise<() => void> {
  return new Promise((resolve, reject) => {
    limit
      .run(() => new Promise<void>((release) => resolve(release)), signal, onAbort)
      .catch(reject);
  });
}

function closeQuietly(iterator: AsyncIterator<StreamDelta> | undefined): void {
  if (!iterator?.return) return;
  // An adapter's cleanup failing must not mask the error the caller is about to see.
  iterator.return().catch(() => undefined);
}

function idleFailure(provider: string, idleMs: number): TandemError {
  return new TandemError(
    'PROVIDER_TIMEOUT',
    `${provider} went silent for ${idleMs} ms in the middle of its reply; raise streamIdleTimeoutMs or check the endpoint.`,
    { details: { provider, retryable: false, idleTimeoutMs: idleMs } satisfies FailureDetails },
  );
}

/**
 * The same failure, marked as happening after the first delta: not retryable (part of the reply
 * is out), with how much of it the caller has received.
 */
function afterFirstDelta(error: TandemError, deliveredChars: number): TandemError {
  // A failed call to the upstream mid-stream (e.g. an error event) is a broken connection to it.
  const code = error.code === 'PROVIDER_HTTP' ? 'PROVIDER_NETWORK' : error.code;
  return new TandemError(
    code,
    `${error.message} The stream broke off after ${deliveredChars} characters.`,
    {
      cause: error.cause ?? error,
      details: { ...error.details, retryable: false, afterFirstDelta: true, deliveredChars },
    },
  );
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

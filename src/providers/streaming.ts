/**
 * What every streaming provider shares: the bookkeeping of a reply arriving in pieces, streams
 * for providers that only answer whole (the reference responder, replay), and the two calls a
 * consumer needs — `streamReply` (a stream from any provider) and `collectStream` (a whole reply
 * from a stream). The contract itself (`StreamDelta`) lives in `src/core/provider.ts`.
 */
import { performance } from 'node:perf_hooks';
import type {
  ChatMessage,
  GenerateOptions,
  Generation,
  Provider,
  StreamDelta,
  Usage,
} from '../core/index.js';
import { abortedFailure, malformedFailure } from './failures.js';

/** Words per delta when a whole reply is cut into a stream: about what a model sends per chunk. */
export const WORDS_PER_DELTA = 3;

/**
 * Cuts `text` into groups of `words` words, each keeping the whitespace that follows it (and the
 * first keeping any leading whitespace), so that joined they give back `text` exactly.
 */
export function wordGroups(text: string, words: number = WORDS_PER_DELTA): string[] {
  if (!Number.isInteger(words) || words < 1) {
    throw new RangeError(`words per group must be a whole number of at least 1, got ${words}`);
  }
  const tokens = text.match(/\S+\s*/g);
  if (!tokens) return text === '' ? [] : [text];
  const leading = text.slice(0, text.length - tokens.join('').length);
  const groups: string[] = [];
  for (let i = 0; i < tokens.length; i += words) groups.push(tokens.slice(i, i + words).join(''));
  groups[0] = leading + groups[0];
  return groups;
}

/**
 * The bookkeeping of one streamed reply in an adapter. Pieces that are only whitespace are held
 * back until real text arrives, so the first delta a caller sees has content: a reply that turns
 * out empty then fails before the first delta (and may be retried or replaced), never after it.
 */
export class StreamTally {
  readonly #provider: string;
  readonly #started: number;
  #held = '';
  #text = '';
  #firstDeltaMs: number | undefined;

  constructor(provider: string, started: number = performance.now()) {
    this.#provider = provider;
    this.#started = started;
  }

  /** All text received so far, including any held back. */
  get text(): string {
    return this.#text;
  }

  /** The text to pass on for `piece` now ('' while the reply is still only whitespace). */
  take(piece: string): string {
    this.#text += piece;
    if (this.#firstDeltaMs !== undefined) return piece;
    this.#held += piece;
    if (this.#held.trim() === '') return '';
    this.#firstDeltaMs = performance.now() - this.#started;
    const out = this.#held;
    this.#held = '';
    return out;
  }

  /** The final delta; `PROVIDER_MALFORMED` when the reply had no text. */
  finish(model: string, usage: Usage): StreamDelta {
    if (this.#firstDeltaMs === undefined) {
      throw malformedFailure(this.#provider, 'the reply has no text content');
    }
    return {
      text: '',
      done: {
        model,
        usage,
        latencyMs: performance.now() - this.#started,
        firstDeltaMs: this.#firstDeltaMs,
      },
    };
  }
}

/**
 * Streams a whole generation word group by word group. The reply exists before the first delta,
 * so the deltas come as fast as the caller reads them. An empty reply (a recorded empty reply in
 * replay) is a stream of only the final delta, as `generate` returned it without complaint.
 */
export async function* streamGeneration(
  provider: string,
  generate: () => Promise<Generation>,
  signal?: AbortSignal,
): AsyncGenerator<StreamDelta, void, undefined> {
  const started = performance.now();
  // Called on the first read, not before: an unread stream costs nothing and cannot fail unseen.
  const whole = await generate();
  const firstDeltaMs = performance.now() - started;
  for (const group of wordGroups(whole.text)) {
    if (signal?.aborted) throw abortedFailure(provider);
    yield { text: group };
  }
  yield {
    text: '',
    done: {
      model: whole.model,
      usage: whole.usage,
      latencyMs: whole.latencyMs + (performance.now() - started),
      firstDeltaMs: whole.latencyMs + firstDeltaMs,
    },
  };
}

/**
 * Gives a provider that only answers whole (the reference responder) a `stream` that chunks its
 * replies; a provider that streams already is returned as it is.
 */
export function withChunkedStream(provider: Provider): Provider {
  if (provider.stream) return provider;
  return {
    id: provider.id,
    generate: (messages, options, signal) => provider.generate(messages, options, signal),
    stream: (messages, options, signal) =>
      streamGeneration(provider.id, () => provider.generate(messages, options, signal), signal),
  };
}

/** A stream from any provider: its own `stream` when it has one, else its `generate`, chunked. */
export function streamReply(
  provider: Provider,
  messages: ChatMessage[],
  options: GenerateOptions,
  signal?: AbortSignal,
): AsyncIterable<StreamDelta> {
  if (provider.stream) return provider.stream(messages, options, signal);
  return streamGeneration(provider.id, () => provider.generate(messages, options, signal), signal);
}

/**
 * Reads a stream to its end and returns the whole reply. A stream that ends without its final
 * delta was cut short: `PROVIDER_MALFORMED`.
 */
export async function collectStream(
  provider: string,
  stream: AsyncIterable<StreamDelta>,
): Promise<Generation> {
  let text = '';
  for await (const delta of stream) {
    text += delta.text;
    if (delta.done) {
      return {
        text,
        model: delta.done.model,
        usage: delta.done.usage,
        latencyMs: delta.done.latencyMs,
      };
    }
  }
  throw malformedFailure(provider, 'the stream ended without its final summary');
}

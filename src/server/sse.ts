/**
 * Server-sent events in OpenAI's streaming format: `data: <chunk JSON>\n\n` frames, a role chunk
 * first, content chunks, a finishing chunk (which also carries the `tandem` object), the usage
 * chunk when `stream_options.include_usage` is set, then `data: [DONE]`.
 */
import { Readable } from 'node:stream';
import type { GuardOutcome } from '../core/index.js';
import { chunk, tandemInfo, usageChunk, usageFor, type ChunkBase } from './completion.js';
import { toHttpError } from './errors.js';

export type GuardStreamEvent =
  { type: 'delta'; text: string } | { type: 'outcome'; outcome: GuardOutcome };

export function frame(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

export const DONE_FRAME = 'data: [DONE]\n\n';

/**
 * Turns the guard's events into SSE frames. `first` is the event already pulled from `rest`'s
 * iterator (so request errors surfaced before any byte was sent). `onOutcome` runs before the
 * finishing chunk, so logs and metrics see the outcome even if the client is gone by then.
 */
export async function* completionFrames(input: {
  base: ChunkBase;
  first: IteratorResult<GuardStreamEvent>;
  rest: AsyncIterator<GuardStreamEvent>;
  promptChars: number;
  onOutcome: (outcome: GuardOutcome) => void;
  onError: (error: unknown) => void;
}): AsyncGenerator<string> {
  const { base } = input;
  yield frame(chunk(base, { role: 'assistant', content: '' }, null));
  let outcome: GuardOutcome | undefined;
  try {
    let next = input.first;
    while (!next.done) {
      const event = next.value;
      if (event.type === 'delta') {
        if (event.text !== '') yield frame(chunk(base, { content: event.text }, null));
      } else {
        outcome = event.outcome;
      }
      next = await input.rest.next();
    }
    if (!outcome) throw new Error('the guard stream ended without an outcome');
  } catch (error) {
    input.onError(error);
    // OpenAI's clients raise an APIError for a data frame carrying `error`.
    yield frame(toHttpError(error).body());
    return;
  }
  input.onOutcome(outcome);
  yield frame(chunk(base, {}, 'stop', { tandem: tandemInfo(outcome) }));
  if (base.includeUsage)
    yield frame(usageChunk(base, usageFor(input.promptChars, outcome.response)));
  yield DONE_FRAME;
}

/**
 * The response body of a stream. Frames produced in one burst (a held reply arrives as many
 * small deltas at once) are written together at the next turn of the event loop: one socket write
 * instead of one per frame, and no added wait for a live stream whose deltas arrive apart. When the
 * client has gone, frames are dropped but the pump keeps going, so the turn finishes and is stored.
 */
export class SseBody {
  readonly readable = new Readable({ read() {} });
  private buffer = '';
  private scheduled = false;

  private readonly flush = () => {
    this.scheduled = false;
    if (this.buffer === '' || this.readable.destroyed) return;
    this.readable.push(this.buffer);
    this.buffer = '';
  };

  /** Writes every frame, then ends the body; resolves when the frames are exhausted. */
  async pump(frames: AsyncIterable<string>): Promise<void> {
    try {
      for await (const frame of frames) {
        if (this.readable.destroyed) continue;
        this.buffer += frame;
        if (!this.scheduled) {
          this.scheduled = true;
          setImmediate(this.flush);
        }
      }
    } finally {
      this.flush();
      if (!this.readable.destroyed) this.readable.push(null);
    }
  }
}

/**
 * Streaming without a network: the reference responder and replay (whole replies cut into word
 * groups), the helpers consumers use, and the resilience layer's stream rules driven by a
 * scripted adapter, where every timing is under the test's control.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, GenerateOptions, Provider, StreamDelta } from '../../src/core/index.js';
import { isTandemError, TandemError } from '../../src/core/index.js';
import {
  collectStream,
  createProvider,
  ReferenceResponder,
  REFERENCE_MODEL,
  ReplayProvider,
  streamReply,
  withChunkedStream,
  withResilience,
  wordGroups,
  WORDS_PER_DELTA,
  type NetworkProvider,
} from '../../src/providers/index.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });

async function read(
  stream: AsyncIterable<StreamDelta>,
): Promise<{ deltas: StreamDelta[]; text: string; error?: TandemError }> {
  const deltas: StreamDelta[] = [];
  try {
    for await (const delta of stream) deltas.push(delta);
  } catch (error) {
    if (!isTandemError(error)) throw error;
    return { deltas, text: deltas.map((d) => d.text).join(''), error };
  }
  return { deltas, text: deltas.map((d) => d.text).join('') };
}

describe('wordGroups', () => {
  it('cuts text into groups of words that join back to the text exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 1, max: 6 }),
        (text, size) => {
          const groups = wordGroups(text, size);
          expect(groups.join('')).toBe(text);
          expect(groups.every((g) => g !== '')).toBe(true);
          for (const group of groups) {
            expect(group.match(/\S+/g)?.length ?? 0).toBeLessThanOrEqual(size);
          }
        },
      ),
    );
  });

  it('keeps leading whitespace and punctuation with the words', () => {
    expect(wordGroups('  I hear you. That is a lot to carry.', 3)).toEqual([
      '  I hear you. ',
      'That is a ',
      'lot to carry.',
    ]);
    expect(wordGroups('', 3)).toEqual([]);
    expect(wordGroups('   ', 3)).toEqual(['   ']);
  });

  it('refuses a group size below one', () => {
    expect(() => wordGroups('a b', 0)).toThrow(RangeError);
  });
});

describe('reference responder streaming', () => {
  const conversation = [user('i have been so stressed about exams i barely eat')];

  it('streams exactly the reply it would give whole, in word groups', async () => {
    const reference = createProvider('reference');
    const options: GenerateOptions = { seed: 3, locale: 'en-GB' };
    const whole = await reference.generate(conversation, options);
    const { deltas, text, error } = await read(reference.stream!(conversation, options));
    expect(error).toBeUndefined();
    expect(text).toBe(whole.text);
    expect(deltas.length).toBeGreaterThan(2);
    for (const delta of deltas.slice(0, -1)) {
      expect(delta.text.match(/\S+/g)!.length).toBeLessThanOrEqual(WORDS_PER_DELTA);
    }
    expect(deltas.at(-1)).toMatchObject({
      text: '',
      done: { model: REFERENCE_MODEL, usage: { inputTokens: 0, outputTokens: 0 } },
    });
  });

  it('gives a bare responder a stream through streamReply and withChunkedStream', async () => {
    const bare: Provider = new ReferenceResponder();
    const options = { seed: 1, locale: 'es-ES' };
    const whole = await bare.generate([user('hoy me siento muy solo')], options);
    expect((await read(streamReply(bare, [user('hoy me siento muy solo')], options))).text).toBe(
      whole.text,
    );
    const wrapped = withChunkedStream(bare);
    expect(wrapped.id).toBe('reference');
    expect(
      (await collectStream(wrapped.id, wrapped.stream!([user('hoy me siento muy solo')], options)))
        .text,
    ).toBe(whole.text);
  });

  it('does no work until the stream is read, and honours an abort', async () => {
    const controller = new AbortController();
    controller.abort();
    const stream = createProvider('reference').stream!(conversation, {}, controller.signal);
    const { error } = await read(stream);
    expect(error?.code).toBe('PROVIDER_ABORTED');
  });
});

describe('replay streaming', () => {
  const book = new Map([
    [
      'grief-en-01',
      new Map([
        [0, 'I am so sorry about your dad. What do you miss most?'],
        [1, ''],
      ]),
    ],
  ]);

  it('streams the recorded reply by scenario and turn', async () => {
    const replay = new ReplayProvider(book);
    const { text, deltas } = await read(replay.stream([], { scenarioId: 'grief-en-01' }));
    expect(text).toBe('I am so sorry about your dad. What do you miss most?');
    expect(deltas.at(-1)?.done?.model).toBe('replay');
  });

  it('streams a recorded empty reply as only the final delta', async () => {
    const { deltas } = await read(
      new ReplayProvider(book).stream([], { scenarioId: 'grief-en-01', turn: 1 }),
    );
    expect(deltas).toHaveLength(1);
    expect(deltas[0]?.done).toBeDefined();
  });

  it('fails with REPLAY_MISSING on the first read when nothing was recorded', async () => {
    const { error } = await read(new ReplayProvider(book).stream([], { scenarioId: 'unknown' }));
    expect(error?.code).toBe('REPLAY_MISSING');
  });
});

describe('collectStream', () => {
  it('rejects a stream that ends without its final delta as cut short', async () => {
    async function* cutShort(): AsyncGenerator<StreamDelta> {
      yield { text: 'Half a ' };
    }
    await expect(collectStream('test', cutShort())).rejects.toMatchObject({
      code: 'PROVIDER_MALFORMED',
    });
  });
});

/** A network adapter whose stream is a script: each step yields text, waits, or throws. */
type Step = { text: string } | { waitMs: number } | { fail: unknown } | { done: true };

function scripted(attempts: Step[][]): NetworkProvider & { calls: number; closed: number } {
  const provider = {
    id: 'openai:scripted',
    model: 'scripted',
    endpoint: 'http://127.0.0.1:1/v1',
    calls: 0,
    closed: 0,
    generate: () => Promise.reject(new Error('not used')),
    async *stream(_m: ChatMessage[], _o: GenerateOptions, signal?: AbortSignal) {
      const script = attempts[provider.calls++] ?? [];
      try {
        for (const step of script) {
          if ('text' in step) yield { text: step.text };
          else if ('waitMs' in step) {
            await new Promise<void>((resolve, reject) => {
              const timer = setTimeout(resolve, step.waitMs);
              signal?.addEventListener('abort', () => {
                clearTimeout(timer);
                reject(signal.reason);
              });
            });
          } else if ('fail' in step) throw step.fail;
          else
            yield {
              text: '',
              done: {
                model: 'scripted',
                usage: { inputTokens: 1, outputTokens: 2 },
                latencyMs: 1,
                firstDeltaMs: 1,
              },
            };
        }
      } finally {
        provider.closed++;
      }
    },
  };
  return provider;
}

const network = (message: string, retryable = true) =>
  new TandemError('PROVIDER_NETWORK', message, {
    details: { provider: 'openai:scripted', retryable },
  });
const instantSleep = async () => undefined;

describe('resilient streams', () => {
  it('retries failures before the first delta only', async () => {
    const inner = scripted([
      [{ fail: network('refused') }],
      [{ text: 'Hello ' }, { text: 'there.' }, { done: true }],
    ]);
    const { text, error } = await read(
      withResilience(inner, { sleep: instantSleep }).stream!([], {}),
    );
    expect(error).toBeUndefined();
    expect(text).toBe('Hello there.');
    expect(inner.calls).toBe(2);
  });

  it('turns an untranslated error after the first delta into PROVIDER_NETWORK, never retrying', async () => {
    const inner = scripted([[{ text: 'Hello ' }, { fail: new TypeError('boom') }]]);
    const { deltas, error } = await read(
      withResilience(inner, { sleep: instantSleep }).stream!([], {}),
    );
    expect(deltas).toEqual([{ text: 'Hello ' }]);
    expect(error?.code).toBe('PROVIDER_NETWORK');
    expect(error?.details).toMatchObject({
      afterFirstDelta: true,
      retryable: false,
      deliveredChars: 6,
    });
    expect(inner.calls).toBe(1);
  });

  it('keeps the code of a typed failure after the first delta but marks it', async () => {
    const malformed = new TandemError('PROVIDER_MALFORMED', 'bad chunk', {
      details: { provider: 'openai:scripted', retryable: false },
    });
    const inner = scripted([[{ text: 'Hi. ' }, { fail: malformed }]]);
    const { error } = await read(withResilience(inner).stream!([], {}));
    expect(error?.code).toBe('PROVIDER_MALFORMED');
    expect(error?.details?.['afterFirstDelta']).toBe(true);
    expect(error?.message).toMatch(/after 4 characters/);
  });

  it('rejects a stream that ends without its summary after the first delta', async () => {
    const inner = scripted([[{ text: 'Half a ' }]]);
    const { error } = await read(withResilience(inner).stream!([], {}));
    expect(error?.code).toBe('PROVIDER_MALFORMED');
    expect(error?.details?.['afterFirstDelta']).toBe(true);
  });

  it('times out between deltas with the idle timeout and closes the adapter', async () => {
    const inner = scripted([[{ text: 'Hello ' }, { waitMs: 10_000 }, { text: 'late' }]]);
    const resilient = withResilience(inner, { streamIdleTimeoutMs: 100 });
    const started = Date.now();
    const { error } = await read(resilient.stream!([], {}));
    expect(error?.code).toBe('PROVIDER_TIMEOUT');
    expect(error?.details).toMatchObject({ afterFirstDelta: true, idleTimeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(5000);
    await expect.poll(() => inner.closed).toBe(1);
  });

  it('does not count the time the caller takes between reads as upstream silence', async () => {
    const inner = scripted([[{ text: 'One ' }, { text: 'two.' }, { done: true }]]);
    const resilient = withResilience(inner, { streamIdleTimeoutMs: 50 });
    const texts: string[] = [];
    for await (const delta of resilient.stream!([], {})) {
      texts.push(delta.text);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(texts.join('')).toBe('One two.');
  });

  it('waits for a concurrency slot, and gives up the wait on abort', async () => {
    const inner = scripted([
      [{ text: 'First ' }, { waitMs: 10_000 }],
      [{ text: 'Second.' }, { done: true }],
    ]);
    const resilient = withResilience(inner, { concurrency: 1, streamIdleTimeoutMs: 60_000 });
    const first = resilient.stream!([], {})[Symbol.asyncIterator]();
    expect((await first.next()).value).toEqual({ text: 'First ' });

    const controller = new AbortController();
    const waiting = read(resilient.stream!([], {}, controller.signal));
    setTimeout(() => controller.abort(), 50);
    expect((await waiting).error?.code).toBe('PROVIDER_ABORTED');
    expect(inner.calls).toBe(1);

    await first.return?.();
    expect((await read(resilient.stream!([], {}))).text).toBe('Second.');
  });
});

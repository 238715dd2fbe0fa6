/**
 * Streaming from the network providers (OpenAI-compatible and Anthropic) through the registry,
 * i.e. through the resilience layer, against fake servers that write each API's real stream
 * format. Faults before the first delta are retried; after it they end the stream with a typed
 * error marked `afterFirstDelta` so the guard can cut over to a safe reply.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Provider, StreamDelta } from '../../src/core/index.js';
import { isTandemError, type TandemError } from '../../src/core/index.js';
import {
  collectStream,
  createProvider,
  type ProviderConfig,
  type Sleep,
} from '../../src/providers/index.js';
import {
  httpError,
  startFakeAnthropic,
  startFakeOpenAI,
  streamedReply,
  type FakeLlmServer,
} from '../helpers/fake-llm-servers.js';

const messages: ChatMessage[] = [
  { role: 'system', content: 'You are a supportive assistant.' },
  { role: 'user', content: 'i cant sleep again and everything feels heavy' },
];

const REPLY =
  'That sounds exhausting. Nights can make everything feel heavier. What has been on your mind?';

function recordingSleep(): { waits: number[]; sleep: Sleep } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms, signal) => {
      waits.push(ms);
      if (signal?.aborted) throw signal.reason;
    },
  };
}

/** Reads a stream to its end, keeping every delta and the error that ended it, if any. */
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

const flavours = [
  {
    name: 'openai',
    start: startFakeOpenAI,
    spec: 'openai:fake-model',
    model: 'fake-model-2024',
    upstreamErrorStatus: 500,
  },
  {
    name: 'anthropic',
    start: startFakeAnthropic,
    spec: 'anthropic:claude-fake',
    model: 'claude-fake-1',
    upstreamErrorStatus: 529,
  },
] as const;

describe.each(flavours)('$name streaming', (flavour) => {
  let server: FakeLlmServer;
  let clock: ReturnType<typeof recordingSleep>;

  function provider(config: ProviderConfig = {}): Provider {
    return createProvider(flavour.spec, {
      baseUrl: server.baseUrl,
      apiKey: 'test-key',
      cacheDir: false,
      sleep: clock.sleep,
      random: () => 0.5,
      ...config,
    });
  }

  function stream(p: Provider, options = {}, signal?: AbortSignal) {
    if (!p.stream) throw new Error(`${p.id} cannot stream`);
    return p.stream(messages, options, signal);
  }

  beforeEach(async () => {
    server = await flavour.start();
    clock = recordingSleep();
  });
  afterEach(async () => {
    await server.close();
  });

  it('streams the reply piece by piece and ends with model and usage', async () => {
    server.enqueue(streamedReply(REPLY, { usage: { input: 40, output: 17 } }));
    const { deltas, text, error } = await read(stream(provider(), { temperature: 0.2 }));
    expect(error).toBeUndefined();
    expect(text).toBe(REPLY);
    // One delta per piece the server sent, then the summary.
    expect(deltas.length).toBe(REPLY.match(/\S+\s*/g)!.length + 1);
    expect(deltas.slice(0, -1).every((d) => d.text !== '' && d.done === undefined)).toBe(true);
    const last = deltas.at(-1)!;
    expect(last.text).toBe('');
    expect(last.done).toMatchObject({
      model: flavour.model,
      usage: { inputTokens: 40, outputTokens: 17 },
    });
    expect(last.done!.firstDeltaMs).toBeGreaterThanOrEqual(0);
    expect(last.done!.latencyMs).toBeGreaterThanOrEqual(last.done!.firstDeltaMs);

    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.streamed).toBe(true);
    expect(request.chunksSent).toBe(deltas.length - 1);
    expect(request.body).toMatchObject({ stream: true, temperature: 0.2 });
    if (flavour.name === 'openai') {
      expect(request.body).toMatchObject({ stream_options: { include_usage: true } });
    }
  });

  it('gives the same reply as a whole through collectStream', async () => {
    server.enqueue(streamedReply(REPLY));
    const generation = await collectStream(flavour.spec, stream(provider()));
    expect(generation.text).toBe(REPLY);
    expect(generation.model).toBe(flavour.model);
  });

  it('retries a 500 before the first delta, then streams', async () => {
    server.enqueue(httpError(500), streamedReply(REPLY));
    const { text, error } = await read(stream(provider()));
    expect(error).toBeUndefined();
    expect(text).toBe(REPLY);
    expect(server.requests).toHaveLength(2);
    expect(clock.waits).toEqual([250]);
  });

  it('honours Retry-After on a 429 before the first delta', async () => {
    server.enqueue(httpError(429, { 'retry-after': '2' }), streamedReply(REPLY));
    const { text } = await read(stream(provider()));
    expect(text).toBe(REPLY);
    expect(clock.waits).toEqual([2000]);
  });

  it('fails at once on a 400, without retrying', async () => {
    server.enqueue(httpError(400, {}, 'max_tokens is too large'));
    const { deltas, error } = await read(stream(provider()));
    expect(deltas).toEqual([]);
    expect(error?.code).toBe('PROVIDER_HTTP');
    expect(error?.details?.['status']).toBe(400);
    expect(error?.details?.['afterFirstDelta']).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it('times out waiting for the first delta, retries, then streams', async () => {
    server.enqueue({ kind: 'hang' }, streamedReply(REPLY));
    const started = Date.now();
    const { text } = await read(stream(provider({ timeoutMs: 150 })));
    expect(text).toBe(REPLY);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('counts a slow first piece against the timeout (headers alone are not enough)', async () => {
    server.enqueue({ ...streamedReply(REPLY), delayMs: 2000 }, { kind: 'hang' });
    const error = (await read(stream(provider({ maxRetries: 1 }), { timeoutMs: 150 }))).error;
    expect(error?.code).toBe('PROVIDER_TIMEOUT');
    expect(error?.details).toMatchObject({ attempts: 2 });
    expect(error?.details?.['afterFirstDelta']).toBeUndefined();
  });

  it('retries a connection reset before the first delta', async () => {
    server.enqueue({ ...streamedReply(REPLY), resetAfter: 0 }, streamedReply(REPLY));
    const { text, error } = await read(stream(provider()));
    expect(error).toBeUndefined();
    expect(text).toBe(REPLY);
    expect(server.requests).toHaveLength(2);
  });

  it('retries an error event before the first delta as the status it names', async () => {
    server.enqueue({ ...streamedReply(REPLY), errorAfter: 0 }, streamedReply(REPLY));
    const { text } = await read(stream(provider()));
    expect(text).toBe(REPLY);
    expect(server.requests).toHaveLength(2);
    expect(clock.waits).toEqual([250]);
  });

  it('ends with PROVIDER_NETWORK after the first delta when the connection is reset, without retrying', async () => {
    server.enqueue({ ...streamedReply(REPLY), resetAfter: 3 }, streamedReply('never sent'));
    const { deltas, text, error } = await read(stream(provider()));
    expect(deltas).toHaveLength(3);
    expect(text).toBe(
      REPLY.match(/\S+\s*/g)!
        .slice(0, 3)
        .join(''),
    );
    expect(deltas.some((d) => d.done)).toBe(false);
    expect(error?.code).toBe('PROVIDER_NETWORK');
    expect(error?.details).toMatchObject({
      afterFirstDelta: true,
      retryable: false,
      deliveredChars: text.length,
      provider: flavour.spec,
    });
    expect(server.requests).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });

  it('ends with PROVIDER_MALFORMED after the first delta on a broken chunk', async () => {
    server.enqueue({ ...streamedReply(REPLY), malformedAt: 2 });
    const { deltas, error } = await read(stream(provider()));
    expect(deltas).toHaveLength(2);
    expect(error?.code).toBe('PROVIDER_MALFORMED');
    expect(error?.details).toMatchObject({ afterFirstDelta: true, retryable: false });
    expect(server.requests).toHaveLength(1);
  });

  it('fails a broken first chunk as malformed before the first delta, without retrying', async () => {
    server.enqueue({ ...streamedReply(REPLY), malformedAt: 0 });
    const { deltas, error } = await read(stream(provider()));
    expect(deltas).toEqual([]);
    expect(error?.code).toBe('PROVIDER_MALFORMED');
    expect(error?.details?.['afterFirstDelta']).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });

  it('ends with PROVIDER_NETWORK after the first delta on an error event, keeping its status', async () => {
    server.enqueue({ ...streamedReply(REPLY), errorAfter: 2 });
    const { deltas, error } = await read(stream(provider()));
    expect(deltas).toHaveLength(2);
    expect(error?.code).toBe('PROVIDER_NETWORK');
    expect(error?.details).toMatchObject({
      afterFirstDelta: true,
      status: flavour.upstreamErrorStatus,
    });
  });

  it('rejects a stream with no text as malformed before the first delta', async () => {
    server.enqueue({ kind: 'stream', chunks: [] });
    const empty = await read(stream(provider()));
    expect(empty.deltas).toEqual([]);
    expect(empty.error?.code).toBe('PROVIDER_MALFORMED');
    expect(empty.error?.message).toMatch(/no text/);
    expect(empty.error?.details?.['afterFirstDelta']).toBeUndefined();

    server.enqueue({ kind: 'stream', chunks: ['  ', '\n\n', ' '] });
    const blank = await read(stream(provider()));
    expect(blank.deltas).toEqual([]);
    expect(blank.error?.code).toBe('PROVIDER_MALFORMED');
    expect(server.requests).toHaveLength(2);
  });

  it('holds leading whitespace back until there is text, so the first delta has content', async () => {
    server.enqueue({ kind: 'stream', chunks: ['\n', '  ', 'Hello', ' there.'] });
    const { deltas, text } = await read(stream(provider()));
    expect(text).toBe('\n  Hello there.');
    expect(deltas[0]?.text).toBe('\n  Hello');
  });

  it('rejects a stream that ends without its end marker as cut short', async () => {
    server.enqueue({ ...streamedReply(REPLY), truncated: true });
    const { deltas, error } = await read(stream(provider()));
    expect(deltas.length).toBeGreaterThan(0);
    expect(error?.code).toBe('PROVIDER_MALFORMED');
    expect(error?.message).toMatch(/before the reply was finished/);
    expect(error?.details).toMatchObject({ afterFirstDelta: true });
  });

  it('answers an HTML page where a stream was expected as malformed', async () => {
    server.enqueue({ kind: 'raw', body: '<html>Bad gateway</html>', contentType: 'text/html' });
    const { error } = await read(stream(provider()));
    expect(error?.code).toBe('PROVIDER_MALFORMED');
  });

  it('ends with PROVIDER_TIMEOUT when the upstream goes idle mid-stream', async () => {
    server.enqueue({ ...streamedReply(REPLY), stallAfter: 2 });
    const started = Date.now();
    const { deltas, error } = await read(
      stream(provider({ streamIdleTimeoutMs: 60_000 }), { streamIdleTimeoutMs: 150 }),
    );
    expect(deltas).toHaveLength(2);
    expect(error?.code).toBe('PROVIDER_TIMEOUT');
    expect(error?.message).toMatch(/silent for 150 ms/);
    expect(error?.details).toMatchObject({ afterFirstDelta: true, retryable: false });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(1);
    // The stalled upstream request was ended, not left open.
    await expect.poll(() => server.inFlight, { timeout: 3000 }).toBe(0);
  });

  it('is not cut by the idle timeout while deltas keep coming', async () => {
    server.enqueue({ kind: 'stream', chunks: ['One ', 'two ', 'three ', 'four.'], delayMs: 60 });
    const { text, error } = await read(
      stream(provider(), { streamIdleTimeoutMs: 1000, timeoutMs: 1000 }),
    );
    expect(error).toBeUndefined();
    expect(text).toBe('One two three four.');
  });

  it('stops at once when the caller aborts mid-stream, and closes the upstream request', async () => {
    server.enqueue({ ...streamedReply(REPLY), stallAfter: 2 });
    const controller = new AbortController();
    const deltas: StreamDelta[] = [];
    let caught: unknown;
    try {
      for await (const delta of stream(provider(), {}, controller.signal)) {
        deltas.push(delta);
        if (deltas.length === 2) setTimeout(() => controller.abort(), 20);
      }
    } catch (error) {
      caught = error;
    }
    expect(deltas).toHaveLength(2);
    expect(isTandemError(caught, 'PROVIDER_ABORTED')).toBe(true);
    await expect.poll(() => server.inFlight, { timeout: 3000 }).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('makes no request when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { error } = await read(stream(provider(), {}, controller.signal));
    expect(error?.code).toBe('PROVIDER_ABORTED');
    expect(server.requests).toHaveLength(0);
  });

  it('closes the upstream request and frees its slot when the caller stops reading early', async () => {
    server.enqueue({ ...streamedReply(REPLY), stallAfter: 2 }, streamedReply('Second reply.'));
    const limited = provider({ concurrency: 1 });
    for await (const delta of stream(limited)) {
      expect(delta.text).not.toBe('');
      break;
    }
    await expect.poll(() => server.inFlight, { timeout: 3000 }).toBe(0);
    const second = await read(stream(limited));
    expect(second.text).toBe('Second reply.');
  });

  it('holds a concurrency slot for the whole stream', async () => {
    for (let i = 0; i < 4; i++) {
      server.enqueue({ kind: 'stream', chunks: [`reply `, `${i}`], delayMs: 30 });
    }
    const limited = provider({ concurrency: 2 });
    const texts = await Promise.all(
      Array.from({ length: 4 }, async () => (await read(stream(limited))).text),
    );
    expect(texts.sort()).toEqual(['reply 0', 'reply 1', 'reply 2', 'reply 3']);
    expect(server.maxInFlight).toBe(2);
  });

  describe('with the response cache on', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'tandem-stream-cache-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('neither serves streams from the cache nor stores them', async () => {
      const cached = provider({ cacheDir: dir });
      server.enqueue(streamedReply('First.'), streamedReply('Second.'));
      expect((await read(stream(cached))).text).toBe('First.');
      expect((await read(stream(cached))).text).toBe('Second.');
      // A whole-reply call after the streams still goes to the server: nothing was stored.
      const generation = await cached.generate(messages, {});
      expect(generation.cached).toBeUndefined();
      expect(server.requests).toHaveLength(3);
    });
  });
});

describe("the overhead bench's fake upstream", () => {
  it('answers whole and streamed replies the OpenAI provider accepts', async () => {
    const { startFakeUpstream, FAKE_REPLY, FAKE_MODEL } =
      await import('../../bench/gateway/fake-upstream.js');
    const upstream = await startFakeUpstream();
    try {
      const provider = createProvider('openai:bench', {
        baseUrl: upstream.baseUrl,
        apiKey: 'k',
        cacheDir: false,
      });
      expect((await provider.generate(messages, {})).text).toBe(FAKE_REPLY);
      const { deltas, text } = await read(provider.stream!(messages, {}));
      expect(text).toBe(FAKE_REPLY);
      expect(deltas.at(-1)?.done).toMatchObject({
        model: FAKE_MODEL,
        usage: { inputTokens: 24, outputTokens: 26 },
      });
      expect(upstream.served).toEqual({ whole: 1, streamed: 1 });
    } finally {
      await upstream.close();
    }
  });
});

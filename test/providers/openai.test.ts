import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage, Provider } from '../../src/core/index.js';
import { createProvider, type ProviderConfig, type Sleep } from '../../src/providers/index.js';
import {
  httpError,
  openaiReply,
  startFakeOpenAI,
  type FakeLlmServer,
} from '../helpers/fake-llm-servers.js';
import { failure } from '../helpers/failure.js';

const messages: ChatMessage[] = [
  { role: 'system', content: 'You are a supportive assistant.' },
  { role: 'user', content: 'I have been feeling low all week.' },
  { role: 'counselor', content: 'Thank you for telling us. What has been hardest?' },
  { role: 'user', content: 'Mostly the nights.' },
];

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

describe('openai provider', () => {
  let server: FakeLlmServer;
  let clock: ReturnType<typeof recordingSleep>;

  function provider(config: ProviderConfig = {}): Provider {
    return createProvider('openai:fake-model', {
      baseUrl: server.baseUrl,
      apiKey: 'test-key',
      cacheDir: false,
      sleep: clock.sleep,
      random: () => 0.5,
      ...config,
    });
  }

  beforeEach(async () => {
    server = await startFakeOpenAI();
    clock = recordingSleep();
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await server.close();
  });

  it('sends the conversation and maps the reply and its token usage', async () => {
    server.enqueue(
      openaiReply(
        'That sounds exhausting.',
        { prompt_tokens: 42, completion_tokens: 9 },
        'fake-model-0613',
      ),
    );
    const generation = await provider().generate(messages, {
      temperature: 0.3,
      maxTokens: 200,
      seed: 7,
    });

    expect(generation.text).toBe('That sounds exhausting.');
    expect(generation.usage).toEqual({ inputTokens: 42, outputTokens: 9 });
    expect(generation.model).toBe('fake-model-0613');
    expect(generation.cached).toBeUndefined();
    expect(generation.latencyMs).toBeGreaterThanOrEqual(0);

    const request = server.requests[0];
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer test-key');
    expect(request?.body).toMatchObject({
      model: 'fake-model',
      temperature: 0.3,
      max_tokens: 200,
      seed: 7,
      messages: [
        { role: 'system', content: 'You are a supportive assistant.' },
        { role: 'user', content: 'I have been feeling low all week.' },
        { role: 'assistant', content: 'Thank you for telling us. What has been hardest?' },
        { role: 'user', content: 'Mostly the nights.' },
      ],
    });
  });

  it('leaves out parameters the caller did not set', async () => {
    await provider().generate(messages, {});
    const body = server.requests[0]?.body as Record<string, unknown>;
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('max_tokens');
    expect(body).not.toHaveProperty('seed');
  });

  it('takes base URL and key from the environment, and works without a key for local servers', async () => {
    vi.stubEnv('OPENAI_BASE_URL', server.baseUrl);
    vi.stubEnv('OPENAI_API_KEY', '');
    const local = createProvider('openai:llama3', { cacheDir: false });
    const generation = await local.generate([{ role: 'user', content: 'hello' }], {});
    expect(generation.text).toBe('default reply 1');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toMatch(/^Bearer \S+/);

    vi.stubEnv('OPENAI_API_KEY', 'env-key');
    await createProvider('openai:llama3', { cacheDir: false }).generate(
      [{ role: 'user', content: 'hi' }],
      {},
    );
    expect(server.requests[1]?.headers.authorization).toBe('Bearer env-key');
  });

  it('honours Retry-After in seconds on 429, then succeeds', async () => {
    server.enqueue(httpError(429, { 'retry-after': '2' }), openaiReply('ok after rate limit'));
    const generation = await provider().generate(messages, {});
    expect(generation.text).toBe('ok after rate limit');
    expect(clock.waits).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    server.enqueue(httpError(429, { 'retry-after': at }), openaiReply('ok'));
    await provider().generate(messages, {});
    expect(clock.waits).toHaveLength(1);
    // HTTP dates have whole seconds: the wait is within a second or so of 30 s.
    expect(clock.waits[0]).toBeGreaterThan(27_000);
    expect(clock.waits[0]).toBeLessThanOrEqual(30_000);
  });

  it('caps a long Retry-After at retryAfterMaxMs', async () => {
    server.enqueue(httpError(429, { 'retry-after': '3600' }), openaiReply('ok'));
    await provider({ retryAfterMaxMs: 5000 }).generate(messages, {});
    expect(clock.waits).toEqual([5000]);
  });

  it('retries a 500 with jittered backoff, then succeeds', async () => {
    server.enqueue(httpError(500), openaiReply('recovered'));
    const generation = await provider().generate(messages, {});
    expect(generation.text).toBe('recovered');
    // Full jitter with random() = 0.5 and a 500 ms first ceiling.
    expect(clock.waits).toEqual([250]);
  });

  it('retries after a timeout, then succeeds', async () => {
    server.enqueue({ kind: 'hang' }, openaiReply('answered in time'));
    const started = Date.now();
    const generation = await provider({ timeoutMs: 150 }).generate(messages, {});
    expect(generation.text).toBe('answered in time');
    expect(server.requests).toHaveLength(2);
    expect(clock.waits).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('lets a per-call timeoutMs override the provider default', async () => {
    server.enqueue({ kind: 'hang' }, { kind: 'hang' });
    const error = await failure(
      provider({ timeoutMs: 60_000, maxRetries: 1 }).generate(messages, { timeoutMs: 100 }),
    );
    expect(error.code).toBe('PROVIDER_TIMEOUT');
    expect(error.details?.['attempts']).toBe(2);
  });

  it('retries after the connection is reset, then succeeds', async () => {
    server.enqueue({ kind: 'reset' }, openaiReply('after reset'));
    const generation = await provider().generate(messages, {});
    expect(generation.text).toBe('after reset');
    expect(server.requests).toHaveLength(2);
    expect(clock.waits).toHaveLength(1);
  });

  it('rejects a body that is not valid JSON as malformed, without retrying', async () => {
    server.enqueue({
      kind: 'raw',
      body: '{"choices": [{"message": ',
      contentType: 'application/json',
    });
    const error = await failure(provider().generate(messages, {}));
    expect(error.code).toBe('PROVIDER_MALFORMED');
    expect(server.requests).toHaveLength(1);
  });

  it('rejects an HTML page where JSON was expected as malformed', async () => {
    server.enqueue({ kind: 'raw', body: '<html>Bad gateway</html>', contentType: 'text/html' });
    expect((await failure(provider().generate(messages, {}))).code).toBe('PROVIDER_MALFORMED');
  });

  it('rejects empty content and empty choices as malformed', async () => {
    server.enqueue(openaiReply(''));
    expect((await failure(provider().generate(messages, {}))).code).toBe('PROVIDER_MALFORMED');
    server.enqueue({ kind: 'json', body: { model: 'x', choices: [] } });
    const error = await failure(provider().generate(messages, {}));
    expect(error.code).toBe('PROVIDER_MALFORMED');
    expect(error.message).toMatch(/choices/);
  });

  it('gives up after maxRetries with a typed error carrying the status', async () => {
    server.enqueue(
      httpError(503),
      httpError(503),
      httpError(503),
      httpError(503),
      httpError(503),
      openaiReply('too late'),
    );
    const error = await failure(provider().generate(messages, {}));
    expect(error.code).toBe('PROVIDER_HTTP');
    expect(error.details).toMatchObject({
      status: 503,
      attempts: 5,
      provider: 'openai:fake-model',
    });
    expect(error.message).toMatch(/503/);
    expect(server.requests).toHaveLength(5);
    // Ceilings 500, 1000, 2000, 4000 ms, each halved by random() = 0.5.
    expect(clock.waits).toEqual([250, 500, 1000, 2000]);
  });

  it('fails at once on a non-retryable 4xx', async () => {
    server.enqueue(httpError(400, {}, 'max_tokens is too large'));
    const error = await failure(provider().generate(messages, {}));
    expect(error.code).toBe('PROVIDER_HTTP');
    expect(error.details?.['status']).toBe(400);
    expect(error.message).toMatch(/max_tokens is too large/);
    expect(server.requests).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });

  it('says to check the key on 401', async () => {
    server.enqueue(httpError(401));
    const error = await failure(provider().generate(messages, {}));
    expect(error.details?.['status']).toBe(401);
    expect(error.message).toMatch(/API key/);
  });

  it('stops at once when the caller aborts a hanging call, without retrying', async () => {
    server.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(provider().generate(messages, {}, controller.signal));
    expect(error.code).toBe('PROVIDER_ABORTED');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
    expect(clock.waits).toEqual([]);
  });

  it('stops during a backoff wait when the caller aborts', async () => {
    server.enqueue(httpError(429, { 'retry-after': '30' }));
    const controller = new AbortController();
    const real = createProvider('openai:fake-model', {
      baseUrl: server.baseUrl,
      apiKey: 'k',
      cacheDir: false,
    });
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(real.generate(messages, {}, controller.signal));
    expect(error.code).toBe('PROVIDER_ABORTED');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(1);
  });

  it('makes no request when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(provider().generate(messages, {}, controller.signal));
    expect(error.code).toBe('PROVIDER_ABORTED');
    expect(server.requests).toHaveLength(0);
  });

  it('keeps at most `concurrency` calls in flight', async () => {
    for (let i = 0; i < 10; i++) server.enqueue({ ...openaiReply(`reply ${i}`), delayMs: 40 });
    const limited = provider({ concurrency: 3 });
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        limited.generate([{ role: 'user', content: `message ${i}` }], {}),
      ),
    );
    expect(replies.map((r) => r.text).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `reply ${i}`).sort(),
    );
    expect(server.requests).toHaveLength(10);
    expect(server.maxInFlight).toBe(3);
  });

  it('allows more in flight with a higher limit', async () => {
    for (let i = 0; i < 8; i++) server.enqueue({ ...openaiReply(`reply ${i}`), delayMs: 60 });
    const wide = provider({ concurrency: 8 });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => wide.generate([{ role: 'user', content: `m${i}` }], {})),
    );
    expect(server.maxInFlight).toBeGreaterThan(3);
  });
});

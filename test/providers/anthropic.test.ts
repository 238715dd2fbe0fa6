import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage, Provider } from '../../src/core/index.js';
import { toAnthropicRequest } from '../../src/providers/anthropic.js';
import { createProvider, type ProviderConfig, type Sleep } from '../../src/providers/index.js';
import {
  anthropicReply,
  httpError,
  startFakeAnthropic,
  type FakeLlmServer,
} from '../helpers/fake-llm-servers.js';
import { failure } from '../helpers/failure.js';

/** The key the SDK sent: `x-api-key`, or a bearer token in SDK versions that send it that way. */
function sentKey(
  headers: Record<string, string | string[] | undefined> | undefined,
): string | undefined {
  const direct = headers?.['x-api-key'];
  if (typeof direct === 'string') return direct;
  const auth = headers?.['authorization'];
  return typeof auth === 'string' ? auth.replace(/^Bearer /, '') : undefined;
}

describe('toAnthropicRequest', () => {
  it('moves system messages to `system`, maps counselor to assistant and merges consecutive turns', () => {
    const request = toAnthropicRequest([
      { role: 'system', content: 'Be kind.' },
      { role: 'user', content: 'Hi.' },
      { role: 'user', content: 'Are you there?' },
      { role: 'assistant', content: 'I am here.' },
      { role: 'counselor', content: 'A counsellor has joined.' },
      { role: 'system', content: 'Answer in English.' },
      { role: 'user', content: 'Thanks.' },
    ]);
    expect(request).toEqual({
      system: 'Be kind.\n\nAnswer in English.',
      messages: [
        { role: 'user', content: 'Hi.\n\nAre you there?' },
        { role: 'assistant', content: 'I am here.\n\nA counsellor has joined.' },
        { role: 'user', content: 'Thanks.' },
      ],
    });
  });

  it('omits `system` when there is none', () => {
    expect(toAnthropicRequest([{ role: 'user', content: 'Hello' }])).toEqual({
      messages: [{ role: 'user', content: 'Hello' }],
    });
  });
});

describe('anthropic provider', () => {
  let server: FakeLlmServer;
  const waits: number[] = [];
  const sleep: Sleep = async (ms) => {
    waits.push(ms);
  };

  function provider(config: ProviderConfig = {}): Provider {
    return createProvider('anthropic:claude-test', {
      baseUrl: server.baseUrl,
      apiKey: 'sk-ant-test',
      cacheDir: false,
      sleep,
      random: () => 0.5,
      ...config,
    });
  }

  const messages: ChatMessage[] = [
    { role: 'system', content: 'You are a supportive assistant.' },
    { role: 'user', content: 'I keep worrying about my exams.' },
  ];

  beforeEach(async () => {
    server = await startFakeAnthropic();
    waits.length = 0;
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await server.close();
  });

  it('sends system separately with the key, and maps the reply and usage', async () => {
    server.enqueue(
      anthropicReply(
        'Exams can feel huge.',
        { input_tokens: 30, output_tokens: 6 },
        'claude-test-2025',
      ),
    );
    const generation = await provider().generate(messages, { temperature: 0.2, maxTokens: 300 });
    expect(generation).toMatchObject({
      text: 'Exams can feel huge.',
      usage: { inputTokens: 30, outputTokens: 6 },
      model: 'claude-test-2025',
    });
    const request = server.requests[0];
    expect(request?.path).toBe('/v1/messages');
    expect(sentKey(request?.headers)).toBe('sk-ant-test');
    expect(request?.headers['anthropic-version']).toBeTruthy();
    expect(request?.body).toMatchObject({
      model: 'claude-test',
      max_tokens: 300,
      temperature: 0.2,
      system: 'You are a supportive assistant.',
      messages: [{ role: 'user', content: 'I keep worrying about my exams.' }],
    });
  });

  it('always sends max_tokens, which the API requires', async () => {
    await provider().generate(messages, {});
    expect(server.requests[0]?.body).toMatchObject({ max_tokens: 1024 });
  });

  it('joins several text blocks', async () => {
    server.enqueue({
      kind: 'json',
      body: {
        model: 'claude-test',
        content: [
          { type: 'text', text: 'First part. ' },
          { type: 'text', text: 'Second part.' },
        ],
        usage: { input_tokens: 1, output_tokens: 2 },
      },
    });
    expect((await provider().generate(messages, {})).text).toBe('First part. Second part.');
  });

  it('takes base URL and key from the environment', async () => {
    vi.stubEnv('ANTHROPIC_BASE_URL', server.baseUrl);
    vi.stubEnv('ANTHROPIC_API_KEY', 'sk-ant-env');
    await createProvider('anthropic:claude-test', { cacheDir: false }).generate(messages, {});
    expect(sentKey(server.requests[0]?.headers)).toBe('sk-ant-env');
  });

  it('retries 529 overloaded and 429 with Retry-After, then succeeds', async () => {
    server.enqueue(
      httpError(529),
      httpError(429, { 'retry-after': '1' }),
      anthropicReply('finally'),
    );
    const generation = await provider().generate(messages, {});
    expect(generation.text).toBe('finally');
    expect(waits).toEqual([250, 1000]);
    expect(server.requests).toHaveLength(3);
  });

  it('retries a reset connection', async () => {
    server.enqueue({ kind: 'reset' }, anthropicReply('after reset'));
    expect((await provider().generate(messages, {})).text).toBe('after reset');
  });

  it('treats a reply without text as malformed', async () => {
    server.enqueue({
      kind: 'json',
      body: { model: 'claude-test', content: [], usage: { input_tokens: 1, output_tokens: 0 } },
    });
    expect((await failure(provider().generate(messages, {}))).code).toBe('PROVIDER_MALFORMED');
    server.enqueue({ kind: 'raw', body: 'not json at all {', contentType: 'application/json' });
    expect((await failure(provider().generate(messages, {}))).code).toBe('PROVIDER_MALFORMED');
    expect(server.requests).toHaveLength(2);
  });

  it('fails at once on 400 with the status', async () => {
    server.enqueue(httpError(400, {}, 'messages: roles must alternate'));
    const error = await failure(provider().generate(messages, {}));
    expect(error.code).toBe('PROVIDER_HTTP');
    expect(error.details?.['status']).toBe(400);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a conversation with only system messages before calling the API', async () => {
    const error = await failure(
      provider().generate([{ role: 'system', content: 'Only a system prompt.' }], {}),
    );
    expect(error.code).toBe('INPUT_INVALID');
    expect(server.requests).toHaveLength(0);
  });
});

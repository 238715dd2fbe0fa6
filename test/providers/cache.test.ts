import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/core/index.js';
import {
  cacheKey,
  canonicalJson,
  createProvider,
  ResponseCache,
  withCache,
} from '../../src/providers/index.js';
import {
  httpError,
  openaiReply,
  startFakeOpenAI,
  type FakeLlmServer,
} from '../helpers/fake-llm-servers.js';

const messages: ChatMessage[] = [{ role: 'user', content: 'I could not sleep again last night.' }];

describe('canonicalJson and cacheKey', () => {
  it('does not depend on the order of object keys', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });

  it('changes with anything that changes the reply', () => {
    const base = {
      provider: 'openai:m',
      model: 'm',
      endpoint: 'http://x/v1',
      messages,
      options: { temperature: 0 },
    };
    const key = cacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey({ ...base })).toBe(key);
    expect(cacheKey({ ...base, options: { temperature: 0.7 } })).not.toBe(key);
    expect(cacheKey({ ...base, options: { temperature: 0, maxTokens: 10 } })).not.toBe(key);
    expect(cacheKey({ ...base, options: { temperature: 0, seed: 1 } })).not.toBe(key);
    expect(cacheKey({ ...base, model: 'other' })).not.toBe(key);
    expect(cacheKey({ ...base, endpoint: 'http://y/v1' })).not.toBe(key);
    expect(
      cacheKey({ ...base, messages: [{ role: 'user', content: 'Something else.' }] }),
    ).not.toBe(key);
    // A caller's unrelated options (timeouts, scenario ids) do not split the cache.
    expect(
      cacheKey({ ...base, options: { temperature: 0, timeoutMs: 5, scenarioId: 's' } as never }),
    ).toBe(key);
  });
});

describe('response cache', () => {
  let server: FakeLlmServer;
  let dir: string;

  beforeEach(async () => {
    server = await startFakeOpenAI();
    dir = mkdtempSync(join(tmpdir(), 'tandem-cache-'));
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const provider = (cacheDir: string | false) =>
    createProvider('openai:fake-model', {
      baseUrl: server.baseUrl,
      apiKey: 'k',
      cacheDir,
      sleep: async () => {},
    });

  it('serves a repeated call from the cache without a second request, at no cost', async () => {
    server.enqueue(
      openaiReply('That sounds exhausting.', { prompt_tokens: 50, completion_tokens: 8 }),
    );
    const first = await provider(dir).generate(messages, { temperature: 0, seed: 3 });
    const second = await provider(dir).generate(messages, { temperature: 0, seed: 3 });
    expect(server.requests).toHaveLength(1);
    expect(first.cached).toBeUndefined();
    expect(first.usage).toEqual({ inputTokens: 50, outputTokens: 8 });
    expect(second).toMatchObject({
      text: 'That sounds exhausting.',
      cached: true,
      usage: { inputTokens: 0, outputTokens: 0 },
    });
  });

  it('stores entries as <dir>/<aa>/<hash>.json, leaving no temporary files', async () => {
    await provider(dir).generate(messages, { temperature: 0 });
    const key = cacheKey({
      provider: 'openai:fake-model',
      model: 'fake-model',
      endpoint: server.baseUrl,
      messages,
      options: { temperature: 0 },
    });
    const file = join(dir, key.slice(0, 2), `${key}.json`);
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      key,
      generation: { text: 'default reply 1' },
    });
    expect(readdirSync(join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
    // The request is not stored: only its hash.
    expect(readFileSync(file, 'utf8')).not.toContain('could not sleep');
  });

  it('misses when a parameter differs', async () => {
    await provider(dir).generate(messages, { temperature: 0 });
    await provider(dir).generate(messages, { temperature: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it('never caches errors', async () => {
    server.enqueue(httpError(400));
    await expect(provider(dir).generate(messages, {})).rejects.toMatchObject({
      code: 'PROVIDER_HTTP',
    });
    server.enqueue(openaiReply('second try works'));
    expect((await provider(dir).generate(messages, {})).text).toBe('second try works');
    expect((await provider(dir).generate(messages, {})).cached).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('is off with cacheDir: false', async () => {
    await provider(false).generate(messages, {});
    await provider(false).generate(messages, {});
    expect(server.requests).toHaveLength(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('treats a corrupt entry as a miss and replaces it', async () => {
    const cache = new ResponseCache(dir);
    const key = 'ab'.repeat(32);
    await cache.put(key, {
      text: 'stored',
      model: 'm',
      usage: { inputTokens: 1, outputTokens: 1 },
    });
    expect(await cache.get(key)).toMatchObject({ text: 'stored' });
    writeFileSync(cache.pathFor(key), '{"version": 1, "key": "ab');
    expect(await cache.get(key)).toBeUndefined();
  });

  it('can wrap a provider the registry does not cache, when asked', async () => {
    let calls = 0;
    const counting = {
      id: 'reference',
      generate: async () => {
        calls++;
        return {
          text: `reply ${calls}`,
          model: 'm',
          usage: { inputTokens: 0, outputTokens: 0 },
          latencyMs: 0,
        };
      },
    };
    const cached = withCache(counting, new ResponseCache(dir));
    await cached.generate(messages, { locale: 'en-GB', seed: 1 });
    const again = await cached.generate(messages, { locale: 'en-GB', seed: 1 });
    await cached.generate(messages, { locale: 'es-ES', seed: 1 });
    expect(again).toMatchObject({ text: 'reply 1', cached: true });
    expect(calls).toBe(2);
  });
});

/**
 * The gateway through the official `openai` npm client on a real listening server: plain
 * clients must work unchanged, streaming and not, and get typed errors.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { ScriptedGuard, testApp, type TestApp } from './helpers.js';

describe('the openai npm client against tandem serve', () => {
  let t: TestApp;
  let guard: ScriptedGuard;
  let client: OpenAI;
  let secret: string;
  let baseURL: string;

  beforeAll(async () => {
    const store = await Store.open(':memory:', { encryptionKey: '' });
    secret = (
      await store.createApiKey({
        name: 'sdk test',
        ratePerMinute: 1000,
        at: new Date().toISOString(),
      })
    ).secret;
    guard = new ScriptedGuard();
    t = await testApp(guard, { auth: 'keys', store });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseURL = `${address}/v1`;
    client = new OpenAI({ baseURL, apiKey: secret, maxRetries: 0 });
  });
  afterAll(() => t.close());

  it('non-streaming: the reply, plus tandem and the headers for clients that look', async () => {
    guard.script({ response: 'That sounds exhausting. What would help tonight?', action: 'guide' });
    const { data, response } = await client.chat.completions
      .create({
        model: 'tandem-safe',
        messages: [{ role: 'user', content: 'so tired of everything lately' }],
      })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe(
      'That sounds exhausting. What would help tonight?',
    );
    expect(data.choices[0]?.finish_reason).toBe('stop');
    expect(response.headers.get('x-tandem-action')).toBe('guide');
    const tandem = (data as unknown as { tandem: { action: string; conversation_id: string } })
      .tandem;
    expect(tandem.action).toBe('guide');
    expect(response.headers.get('x-tandem-conversation-id')).toBe(tandem.conversation_id);
  });

  it('streaming with include_usage; extra body fields and headers carry the conversation', async () => {
    guard.script({
      response: 'I hear you. I am here with you.',
      deltas: ['I hear you. ', 'I am here ', 'with you.'],
    });
    // The gateway's own body field rides along: the SDK sends unknown fields as they are.
    const body: OpenAI.ChatCompletionCreateParamsStreaming & { tandem: { locale: string } } = {
      model: 'tandem-safe',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'cant sleep again' }],
      tandem: { locale: 'en-AU' },
    };
    const stream = await client.chat.completions.create(body, {
      headers: { 'x-tandem-conversation-id': 'sdk-conv-1' },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | null | undefined;
    let tandem: { conversation_id: string; action: string } | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.usage) usage = chunk.usage;
      const extra = (chunk as unknown as { tandem?: typeof tandem }).tandem;
      if (extra) tandem = extra;
    }
    expect(text).toBe('I hear you. I am here with you.');
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    expect(tandem).toMatchObject({ conversation_id: 'sdk-conv-1', action: 'pass' });
    expect(guard.requests.at(-1)).toMatchObject({ conversationId: 'sdk-conv-1', locale: 'en-AU' });
  });

  it('lists models', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(['tandem-safe', 'reference']);
  });

  it('raises the SDK’s typed errors: 401, 400 with param, 404 model', async () => {
    const anonymous = new OpenAI({ baseURL, apiKey: 'tdm_not-a-real-key', maxRetries: 0 });
    await expect(
      anonymous.chat.completions.create({
        model: 'x',
        messages: [{ role: 'user', content: 'hi' }],
      }),
    ).rejects.toBeInstanceOf(OpenAI.AuthenticationError);

    const bad = await client.chat.completions
      .create({ model: 'x', messages: [{ role: 'user', content: 'hi' }], n: 3 })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    expect((bad as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('n');

    await expect(client.models.retrieve('gpt-9')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

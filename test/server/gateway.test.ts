import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TandemError, type Triage } from '../../src/core/index.js';
import {
  ScriptedGuard,
  sseData,
  testApp,
  UNSTORED_REPLY,
  userTurn,
  type TestApp,
} from './helpers.js';

const HIGH: Triage = {
  level: 'high',
  cssrs: 4,
  categories: ['suicide'],
  confidence: 0.91,
  signals: [
    {
      id: 'rule:suicide.intent',
      source: 'rule',
      category: 'suicide',
      cssrs: 4,
      message: 0,
      span: { start: 0, end: 20 },
      weight: 3,
      reason: 'active ideation with intent',
    },
    {
      id: 'rule:suicide.joke',
      source: 'rule',
      category: 'suicide',
      message: 0,
      span: { start: 25, end: 30 },
      weight: 1,
      scopedOut: 'figurative',
      reason: 'figurative use',
    },
  ] as Triage['signals'],
};

describe('POST /v1/chat/completions', () => {
  let guard: ScriptedGuard;
  let t: TestApp;
  beforeEach(async () => {
    guard = new ScriptedGuard();
    t = await testApp(guard, {
      config: { limits: { messageChars: 200, messages: 5, bodyBytes: 4096 } },
    });
  });
  afterEach(() => t.close());

  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: payload as object,
      headers,
    });

  it('answers with a chat.completion, the tandem object and the x-tandem headers', async () => {
    guard.script({
      response: 'I am really glad you told me.',
      action: 'replace',
      protocol: 'suicide_crisis',
      triage: HIGH,
      escalationId: 'esc-1',
      failedChecks: ['crisis_resources_missing'],
    });
    const res = await post(userTurn('i want to die, not joking'), {
      'x-tandem-conversation-id': 'conv-7',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-tandem-action']).toBe('replace');
    expect(res.headers['x-tandem-conversation-id']).toBe('conv-7');
    const body = res.json();
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'tandem-safe',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: { role: 'assistant', content: 'I am really glad you told me.' },
        },
      ],
    });
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);
    expect(body.tandem).toEqual({
      conversation_id: 'conv-7',
      action: 'replace',
      protocol: 'suicide_crisis',
      escalation_id: 'esc-1',
      triage: {
        level: 'high',
        cssrs: 4,
        categories: ['suicide'],
        confidence: 0.91,
        // The scoped-out signal did not count, so it is not part of the explanation.
        signals: [
          {
            id: 'rule:suicide.intent',
            category: 'suicide',
            message: 0,
            span: { start: 0, end: 20 },
            reason: 'active ideation with intent',
          },
        ],
      },
      checks: ['crisis_resources_missing'],
    });
  });

  it('passes the conversation to the guard: developer becomes system, text parts are joined', async () => {
    await post(
      {
        model: 'tandem-safe',
        temperature: 0.3,
        max_tokens: 99,
        messages: [
          { role: 'developer', content: 'be kind' },
          { role: 'assistant', content: null },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'part one' },
              { type: 'text', text: 'part two' },
            ],
          },
        ],
      },
      { 'x-tandem-locale': 'de-DE', 'x-tandem-area': 'community' },
    );
    const request = guard.requests[0];
    expect(request?.messages).toEqual([
      { role: 'system', content: 'be kind' },
      { role: 'assistant', content: '' },
      { role: 'user', content: 'part one\npart two' },
    ]);
    expect(request).toMatchObject({
      locale: 'de-DE',
      area: 'community',
      temperature: 0.3,
      maxTokens: 99,
      model: 'tandem-safe',
    });
  });

  it('identifies the conversation by header, then tandem.conversation_id, then user, else a new id', async () => {
    const both = { tandem: { conversation_id: 'from-body' }, user: 'someone@example.org' };
    await post(userTurn('a', both), { 'x-tandem-conversation-id': 'from-header' });
    await post(userTurn('b', both));
    await post(userTurn('c', { user: 'someone@example.org' }));
    await post(userTurn('d', { user: 'someone@example.org' }));
    const fresh = await post(userTurn('e'));
    const ids = guard.requests.map((r) => r.conversationId);
    expect(ids.slice(0, 2)).toEqual(['from-header', 'from-body']);
    // The user field is hashed (it often holds an e-mail address) but stable.
    expect(ids[2]).toMatch(/^user-[0-9a-f]{32}$/);
    expect(ids[3]).toBe(ids[2]);
    expect(ids[2]).not.toContain('example');
    expect(fresh.headers['x-tandem-conversation-id']).toBe(ids[4]);
    expect(ids[4]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes locale and area from the body when no header is sent', async () => {
    await post(userTurn('hola', { tandem: { locale: 'es-MX', area: 'institutional' } }));
    expect(guard.requests[0]).toMatchObject({ locale: 'es-MX', area: 'institutional' });
  });

  it.each([
    [{ messages: [] }, 'messages', 'at least one message'],
    [
      { messages: [{ role: 'tool', content: 'x' }] },
      'messages[0].role',
      'tool and function messages',
    ],
    [{ messages: [{ role: 'user', content: 5 }] }, 'messages[0].content', ''],
    [
      { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] },
      'messages[0].content[0]',
      'image_url',
    ],
    [{ messages: [{ role: 'user', content: 'hi' }], n: 2 }, 'n', 'only n = 1'],
    [{ messages: [{ role: 'user', content: 'hi' }], temperature: 7 }, 'temperature', ''],
    [
      { messages: [{ role: 'user', content: 'hi' }], tandem: { conversation_id: '../etc' } },
      'tandem.conversation_id',
      'characters',
    ],
    [{ messages: [{ role: 'user', content: 'hi' }], tandem: { area: 'moon' } }, 'tandem.area', ''],
    [
      {
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: 'yo' },
        ],
      },
      'messages[1].role',
      'last message must be from the user',
    ],
  ])('400 names the field for %j', async (payload, param, words) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error).toMatchObject({ type: 'invalid_request_error', param, code: 'invalid_request' });
    expect(error.message).toContain(param);
    expect(error.message).toContain(words);
    expect(guard.requests).toHaveLength(0);
  });

  it('400 for bad x-tandem headers, naming the header', async () => {
    for (const [header, value] of [
      ['x-tandem-conversation-id', 'has spaces in it'],
      ['x-tandem-locale', 'not a locale!'],
      ['x-tandem-area', 'moon'],
    ] as const) {
      const res = await post(userTurn('hi'), { [header]: value });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.param).toBe(header);
    }
  });

  it('400 for a body that is not JSON, without echoing it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'content-type': 'application/json' },
      payload: '{"messages": [{"role":"user","content":"my secret words',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('secret');
    expect(res.json().error.message).toContain('not valid JSON');
  });

  it('415 for a body that is not JSON by content type', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('413 for a body over the byte limit, a message over the character limit and too many messages', async () => {
    const big = await post(userTurn('x'.repeat(5000)));
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({
      code: 'request_too_large',
      type: 'invalid_request_error',
    });
    expect(big.json().error.message).toContain('4096 bytes');

    const long = await post({
      messages: [
        { role: 'user', content: 'short' },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: 'y'.repeat(201) },
      ],
    });
    expect(long.statusCode).toBe(413);
    expect(long.json().error).toMatchObject({
      code: 'message_too_long',
      param: 'messages[2].content',
    });
    expect(long.json().error.message).toContain('201 characters, the limit is 200');

    const many = await post({
      messages: Array.from({ length: 7 }, () => ({ role: 'user', content: 'hi' })),
    });
    expect(many.statusCode).toBe(413);
    expect(many.json().error).toMatchObject({ code: 'too_many_messages', param: 'messages' });
    expect(guard.requests).toHaveLength(0);
  });

  it('maps guard errors: an unknown upstream is a 404 model_not_found; anything else gets the unstored safe reply', async () => {
    guard.script({
      error: new TandemError('UPSTREAM_UNKNOWN', 'no upstream is configured for "x"'),
    });
    const unknown = await post(userTurn('hi'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('model_not_found');

    guard.script({ error: new Error('database is locked: the user said hi') });
    const broken = await post(userTurn('hi'));
    expect(broken.statusCode).toBe(200);
    expect(broken.headers['x-tandem-action']).toBe('replace');
    expect(broken.json().choices[0].message.content).toBe(UNSTORED_REPLY);

    guard.script({ error: new Error('database is locked') });
    const streamed = await post(userTurn('hi', { stream: true }));
    expect(streamed.statusCode).toBe(200);
    expect(streamed.body).toContain('[DONE]');
    expect(streamed.body).toContain('still here');
  });

  it('404 and 405 in OpenAI shape, with Allow', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.type).toBe('not_found_error');
    const wrong = await t.app.inject({ method: 'GET', url: '/v1/chat/completions' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
    expect(wrong.json().error.code).toBe('method_not_allowed');
  });

  it('any x-tandem header value is either used as given or refused with a 400 naming the header', async () => {
    const headerValue = fc.string({
      unit: fc.constantFrom(...' abcXYZ019._:-/é!'.split('')),
      maxLength: 140,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('x-tandem-conversation-id', 'x-tandem-locale', 'x-tandem-area'),
        headerValue.filter((v) => v.trim() === v && v !== ''),
        async (header, value) => {
          const before = guard.requests.length;
          const res = await post(userTurn('hi'), { [header]: value });
          if (res.statusCode === 200) {
            const used = guard.requests[before];
            const field = {
              'x-tandem-conversation-id': 'conversationId',
              'x-tandem-locale': 'locale',
              'x-tandem-area': 'area',
            }[header] as 'conversationId' | 'locale' | 'area';
            expect(used?.[field]).toBe(value);
          } else {
            expect(res.statusCode).toBe(400);
            expect(res.json().error.param).toBe(header);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never answers arbitrary JSON with a 5xx, and every error has the OpenAI shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/v1/chat/completions',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(value),
        });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          const { error } = res.json();
          expect(typeof error.message).toBe('string');
          expect(typeof error.type).toBe('string');
          expect(error).toHaveProperty('param');
          expect(error).toHaveProperty('code');
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('POST /v1/chat/completions with stream: true', () => {
  let guard: ScriptedGuard;
  let t: TestApp;
  beforeEach(async () => {
    guard = new ScriptedGuard();
    t = await testApp(guard);
  });
  afterEach(() => t.close());

  it('streams OpenAI chunks: role first, content, stop with tandem, usage, [DONE]', async () => {
    guard.script({
      response: 'one two three four five',
      deltas: ['one two ', 'three four ', 'five'],
      action: 'guide',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: userTurn('hello', { stream: true, stream_options: { include_usage: true } }),
      headers: { 'x-tandem-conversation-id': 'c-stream' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(res.headers['x-tandem-conversation-id']).toBe('c-stream');
    expect(res.trailers['x-tandem-action']).toBe('guide');
    const data = sseData(res.body);
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
    const ids = new Set(chunks.map((c) => c.id));
    expect(ids.size).toBe(1);
    for (const c of chunks) expect(c.object).toBe('chat.completion.chunk');
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    const text = chunks
      .flatMap((c) => c.choices)
      .map((c: { delta: { content?: string } }) => c.delta.content ?? '')
      .join('');
    expect(text).toBe('one two three four five');
    const stop = chunks.at(-2);
    expect(stop.choices[0].finish_reason).toBe('stop');
    expect(stop.tandem).toMatchObject({ action: 'guide', conversation_id: 'c-stream' });
    const usage = chunks.at(-1);
    expect(usage.choices).toEqual([]);
    expect(usage.usage.completion_tokens).toBeGreaterThan(0);
    // With include_usage, every other chunk carries usage: null, as OpenAI does.
    for (const c of chunks.slice(0, -1)) expect(c.usage).toBeNull();
  });

  it('without include_usage there is no usage chunk and no usage field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: userTurn('hello', { stream: true }),
    });
    const chunks = sseData(res.body)
      .slice(0, -1)
      .map((d) => JSON.parse(d));
    for (const c of chunks) {
      expect(c).not.toHaveProperty('usage');
      expect(c.choices).toHaveLength(1);
    }
  });

  it('a guard error before the first event is a plain HTTP error; after it, an SSE error frame', async () => {
    guard.script({ error: new TandemError('UPSTREAM_UNKNOWN', 'no upstream for "nope"') });
    const early = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: userTurn('hello', { stream: true }),
    });
    expect(early.statusCode).toBe(404);
    expect(early.json().error.code).toBe('model_not_found');

    const broken: ScriptedGuard = guard;
    broken.stream = async function* () {
      yield { type: 'delta' as const, text: 'partial ' };
      throw new Error('boom');
    };
    const late = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: userTurn('hello', { stream: true }),
    });
    expect(late.statusCode).toBe(200);
    const data = sseData(late.body);
    expect(data).not.toContain('[DONE]');
    expect(JSON.parse(data.at(-1) ?? '{}')).toEqual({
      error: {
        message: 'internal error',
        type: 'server_error',
        param: null,
        code: 'internal_error',
      },
    });
  });
});

describe('GET /v1/models', () => {
  it('lists the routes and the default, and retrieves one', async () => {
    const t = await testApp(new ScriptedGuard(['gpt-4o', 'reference']));
    try {
      const list = await t.app.inject({ method: 'GET', url: '/v1/models' });
      expect(list.json()).toEqual({
        object: 'list',
        data: [
          { id: 'gpt-4o', object: 'model', created: 0, owned_by: 'tandem' },
          { id: 'reference', object: 'model', created: 0, owned_by: 'tandem' },
        ],
      });
      expect((await t.app.inject({ method: 'GET', url: '/v1/models/gpt-4o' })).json().id).toBe(
        'gpt-4o',
      );
      const missing = await t.app.inject({ method: 'GET', url: '/v1/models/gpt-9' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('model_not_found');
    } finally {
      await t.close();
    }
  });
});

/**
 * The gateway over the real SAFE-i guard and store, with a fake OpenAI-compatible upstream on
 * 127.0.0.1: what a person receives when the upstream answers well, answers unsafely, or fails in
 * each way an upstream fails; escalation and takeover through the console API; plain `openai`
 * clients on top.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Guard } from '../../src/guard/index.js';
import { Store } from '../../src/store/index.js';
import {
  httpError,
  openaiReply,
  startFakeOpenAI,
  type FakeLlmServer,
} from '../helpers/fake-llm-servers.js';
import { sseData, testApp, type TestApp } from './helpers.js';

const CRISIS = 'i cant do this anymore. i want to kill myself tonight, i already wrote the notes';
// High risk (ideation with a method, not imminent): the default policy amends the upstream's
// reply, so the upstream is called and its faults matter.
const AT_RISK = 'been thinking about suicide a lot, i know how i would do it';
const BENIGN = 'work was long today and my feet hurt, any ideas for winding down?';
const SAFE_UPSTREAM =
  'That sounds like a tiring day. A warm shower, some stretching and a bit of quiet music can help you wind down. What usually helps you relax?';

describe('gateway over the real guard', () => {
  let upstream: FakeLlmServer;
  let store: Store;
  let t: TestApp;
  let baseURL: string;

  beforeAll(async () => {
    upstream = await startFakeOpenAI();
    store = await Store.open(':memory:', { encryptionKey: '' });
    const guard = await Guard.create({
      store,
      upstreams: { default: 'openai:fake-model', routes: { 'tandem-ref': 'reference' } },
      providerConfig: () => ({
        baseUrl: upstream.baseUrl,
        apiKey: 'test',
        maxRetries: 0,
        timeoutMs: 1_500,
      }),
      defaults: { area: 'individual', locale: 'en-US' },
    });
    t = await testApp(guard, { store });
    baseURL = `${await t.app.listen({ port: 0, host: '127.0.0.1' })}/v1`;
  });
  afterAll(async () => {
    await t.close();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.requests.length = 0;
  });

  const chat = (
    content: string,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: { model: 'fake-model', messages: [{ role: 'user', content }], ...extra },
      headers,
    });

  it('passes a safe upstream reply through unchanged at no risk', async () => {
    upstream.enqueue(openaiReply(SAFE_UPSTREAM));
    const res = await chat(BENIGN);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-tandem-action']).toBe('pass');
    const body = res.json();
    expect(body.choices[0].message.content).toBe(SAFE_UPSTREAM);
    expect(body.tandem).toMatchObject({
      action: 'pass',
      escalation_id: null,
      triage: { level: 'none' },
    });
    expect(upstream.requests).toHaveLength(1);
  });

  it('high risk: a warm upstream reply is kept and amended with resources, and escalated', async () => {
    upstream.enqueue(
      openaiReply(
        'I am really sorry you are carrying this. Thank you for trusting me with it. You do not have to go through this alone.',
      ),
    );
    const res = await chat(AT_RISK);
    const body = res.json();
    expect(upstream.requests).toHaveLength(1);
    expect(['amend', 'replace']).toContain(body.tandem.action);
    expect(body.tandem.escalation_id).toEqual(expect.any(String));
    expect(body.choices[0].message.content).toMatch(/emergency|helpline|crisis|988/i);
  });

  it('a crisis turn gets a safe reply with resources, an escalation the console can see, and is stored', async () => {
    const res = await chat(CRISIS, {}, { 'x-tandem-conversation-id': 'crisis-1' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Imminent risk: the protocol answers and the upstream is never asked.
    expect(body.tandem.action).toBe('replace');
    expect(body.tandem.protocol).toBe('suicide_crisis');
    expect(upstream.requests).toHaveLength(0);
    expect(res.headers['x-tandem-action']).toBe(body.tandem.action);
    expect(body.tandem.triage.level).toBe('imminent');
    expect(body.tandem.triage.categories).toContain('suicide');
    expect(body.tandem.triage.signals.length).toBeGreaterThan(0);
    expect(body.tandem.escalation_id).toEqual(expect.any(String));
    expect(body.choices[0].message.content).toMatch(/emergency|helpline|crisis|988/i);

    const escalation = await t.app.inject({
      method: 'GET',
      url: `/api/escalations/${body.tandem.escalation_id}`,
    });
    expect(escalation.json()).toMatchObject({ conversationId: 'crisis-1', status: 'open' });
    const conversation = (
      await t.app.inject({ method: 'GET', url: '/api/conversations/crisis-1' })
    ).json();
    expect(conversation.messages.map((m: { role: string }) => m.role)).toEqual([
      'user',
      'assistant',
    ]);
    expect(conversation.risk.level).toBe(body.tandem.triage.level);
  });

  it.each([
    ['500', () => httpError(500)],
    ['429', () => httpError(429, { 'retry-after': '0' })],
    ['connection reset', () => ({ kind: 'reset' as const })],
    ['timeout', () => ({ kind: 'hang' as const })],
    ['malformed JSON', () => ({ kind: 'raw' as const, body: '{"choices": [' })],
    ['empty content', () => openaiReply('')],
  ])(
    'upstream %s: the person at risk still gets a safe reply with resources',
    async (_name, fault) => {
      upstream.enqueue(fault());
      const res = await chat(AT_RISK);
      expect(res.statusCode).toBe(200);
      expect(upstream.requests.length).toBeGreaterThanOrEqual(1);
      const body = res.json();
      expect(body.tandem.triage.level).toBe('high');
      expect(body.tandem.action).toBe('replace');
      expect(body.choices[0].message.content).toMatch(/emergency|helpline|crisis|988/i);
      expect(body.tandem.escalation_id).toEqual(expect.any(String));
    },
  );

  it('upstream failures at no risk fall back to the reference responder and are counted', async () => {
    upstream.enqueue(httpError(500));
    const res = await chat(BENIGN);
    expect(res.statusCode).toBe(200);
    expect(res.json().choices[0].message.content.length).toBeGreaterThan(20);
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/tandem_upstream_errors_total\{code="[A-Z_]+"\} [1-9]/);
    expect(metrics).toMatch(/tandem_upstream_latency_seconds_count\{provider="openai"\} [1-9]/);
  });

  it('streams a no-risk upstream reply live, sentence by sentence, ending in [DONE]', async () => {
    upstream.enqueue({
      kind: 'stream',
      chunks: [
        'That sounds like a tiring day. ',
        'A warm shower ',
        'can help. ',
        'What helps you relax?',
      ],
    });
    const res = await chat(BENIGN, { stream: true });
    expect(res.statusCode).toBe(200);
    const data = sseData(res.body);
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text).toBe(
      'That sounds like a tiring day. A warm shower can help. What helps you relax?',
    );
    expect(chunks.at(-1).tandem.action).toBe('pass');
    expect(res.trailers['x-tandem-action']).toBe('pass');
  });

  it.each([
    ['reset mid-stream', { resetAfter: 2 }],
    ['malformed chunk', { malformedAt: 2 }],
    ['error event', { errorAfter: 2 }],
  ])(
    'stream fault (%s): the reply still ends well, with [DONE] and the fallback recorded',
    async (_name, fault) => {
      upstream.enqueue({
        kind: 'stream',
        chunks: [
          'That sounds like a tiring day. ',
          'A warm shower can help. ',
          'So can music. ',
          'What helps?',
        ],
        ...fault,
      });
      const res = await chat(BENIGN, { stream: true });
      expect(res.statusCode).toBe(200);
      const data = sseData(res.body);
      expect(data.at(-1)).toBe('[DONE]');
      const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
      const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
      // What was already shown stays; the rest comes from the safe fallback.
      expect(text.startsWith('That sounds like a tiring day.')).toBe(true);
      expect(text.length).toBeGreaterThan(
        'That sounds like a tiring day. A warm shower can help.'.length,
      );
      expect(chunks.at(-1).tandem.action).toBe('replace');
    },
  );

  it('a counselor takes over: the next turn carries their message (action human), never the model’s', async () => {
    const first = await chat(CRISIS, {}, { 'x-tandem-conversation-id': 'takeover-1' });
    const escalationId = first.json().tandem.escalation_id as string;
    const api = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
    expect(
      (await api(`/api/escalations/${escalationId}/claim`, { assignee: 'dr-amara' })).statusCode,
    ).toBe(200);
    expect(
      (await api('/api/conversations/takeover-1/takeover', { by: 'dr-amara' })).statusCode,
    ).toBe(200);
    const note =
      'Hi, this is Amara, a counselor on the team. I am here with you now. Are you somewhere safe?';
    expect(
      (await api('/api/conversations/takeover-1/messages', { by: 'dr-amara', content: note }))
        .statusCode,
    ).toBe(201);

    const calls = upstream.requests.length;
    const next = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'x-tandem-conversation-id': 'takeover-1' },
      payload: {
        model: 'fake-model',
        messages: [
          { role: 'user', content: CRISIS },
          { role: 'assistant', content: first.json().choices[0].message.content },
          { role: 'user', content: 'is anyone actually there' },
        ],
      },
    });
    expect(next.statusCode).toBe(200);
    expect(next.headers['x-tandem-action']).toBe('human');
    expect(next.json().choices[0].message.content).toContain(note);
    expect(upstream.requests.length).toBe(calls);
    const resolved = await api(`/api/escalations/${escalationId}/resolve`, {
      by: 'dr-amara',
      resolution: 'Call completed; safety plan in place.',
    });
    expect(resolved.json().status).toBe('resolved');
  });

  it('nothing anyone wrote reaches the logs, across every turn above', () => {
    const logs = t.logs.text.toLowerCase();
    expect(t.logs.lines.length).toBeGreaterThan(10);
    for (const words of [
      CRISIS,
      AT_RISK,
      BENIGN,
      'is anyone actually there',
      'I am here with you now',
    ]) {
      for (const word of words
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length >= 6)) {
        expect(logs).not.toContain(word);
      }
    }
  });

  it('plain openai clients work unchanged, streaming and not', async () => {
    const client = new OpenAI({ baseURL, apiKey: 'unused-when-auth-is-off', maxRetries: 0 });
    upstream.enqueue(openaiReply(SAFE_UPSTREAM));
    const completion = await client.chat.completions.create({
      model: 'fake-model',
      messages: [{ role: 'user', content: BENIGN }],
    });
    expect(completion.choices[0]?.message.content).toBe(SAFE_UPSTREAM);

    const stream = await client.chat.completions.create({
      model: 'tandem-ref',
      stream: true,
      messages: [{ role: 'user', content: 'feeling a bit low this week, nothing serious' }],
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(text.length).toBeGreaterThan(20);
    expect(upstream.requests).toHaveLength(1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { ScriptedGuard, testApp, userTurn, type TestApp } from './helpers.js';

// Realistic, indirect wording; the test checks that none of these words reach the log.
const CRISIS =
  'honestly everyone would be better off without me, been saying goodbye to ppl this week';
const WORDS = ['honestly', 'everyone', 'better', 'goodbye', 'saying', 'week'];
const REPLY =
  'Thank you for telling me. It sounds unbearably heavy right now. Are you safe tonight?';

const HIGH: Triage = {
  level: 'high',
  cssrs: 4,
  categories: ['suicide'],
  confidence: 0.88,
  signals: [
    {
      id: 'rule:suicide.burden',
      source: 'rule',
      category: 'suicide',
      cssrs: 2,
      message: 0,
      span: { start: 9, end: 46, text: CRISIS.slice(9, 46) },
      weight: 2,
      reason: 'perceived burdensomeness',
    },
  ],
} as Triage;

describe('request logs', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('one line per request with id, route, status, latency, action and level; no content, no secrets', async () => {
    const guard = new ScriptedGuard();
    t = await testApp(guard);
    guard.script(
      {
        response: REPLY,
        action: 'replace',
        protocol: 'suicide_crisis',
        triage: HIGH,
        escalationId: 'esc-9',
      },
      { response: REPLY, action: 'replace', triage: HIGH },
    );
    const plain = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: userTurn(CRISIS, { user: 'sam.rivera@example.org' }),
      headers: { authorization: 'Bearer tdm_supersecretvalue', 'x-request-id': 'trace-123' },
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['x-request-id']).toBe('trace-123');
    const streamed = await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: userTurn(CRISIS, { stream: true }),
    });
    expect(streamed.statusCode).toBe(200);
    // Validation errors and broken JSON must not leak the body either.
    await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: { messages: [{ role: 'robot', content: CRISIS }] },
    });
    await t.app.inject({
      method: 'POST',
      url: '/v1/chat/completions?note=goodbye',
      headers: { 'content-type': 'application/json' },
      payload: `{"messages":[{"role":"user","content":"${CRISIS}"`,
    });
    guard.script({ error: new Error(`store failed while saving: ${CRISIS}`) });
    await t.app.inject({ method: 'POST', url: '/v1/chat/completions', payload: userTurn(CRISIS) });

    const text = t.logs.text.toLowerCase();
    for (const word of WORDS) expect(text).not.toContain(word);
    expect(text).not.toContain('supersecret');
    expect(text).not.toContain('sam.rivera');
    expect(text).not.toContain(REPLY.slice(0, 20).toLowerCase());

    const lines = t.logs.records().filter((r) => r.msg === 'request');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({
      reqId: 'trace-123',
      req: { method: 'POST', path: '/v1/chat/completions', route: '/v1/chat/completions' },
      status: 200,
      action: 'replace',
      risk: 'high',
      escalation: 'esc-9',
    });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(lines[1]).toMatchObject({ status: 200, action: 'replace', risk: 'high' });
    expect(lines[2]).toMatchObject({ status: 400, error: 'invalid_request' });
    expect(lines[3]).toMatchObject({ status: 400, req: { path: '/v1/chat/completions' } });
    expect(lines[4]).toMatchObject({ status: 200, action: 'replace', error: 'guard_failed' });
  });
});

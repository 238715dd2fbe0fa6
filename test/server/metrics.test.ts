import { describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { ScriptedGuard, testApp, userTurn } from './helpers.js';

const MODERATE: Triage = {
  level: 'moderate',
  cssrs: 2,
  categories: ['self_harm'],
  signals: [],
  confidence: 0.8,
};

describe('GET /metrics, /healthz, /readyz', () => {
  it('counts requests, actions, triage levels, escalations and upstream latency and errors', async () => {
    const guard = new ScriptedGuard();
    const t = await testApp(guard);
    try {
      guard.script(
        { action: 'pass' },
        { action: 'amend', triage: MODERATE, escalationId: 'esc-1' },
        { action: 'replace', upstreamError: { code: 'PROVIDER_TIMEOUT', message: 'timed out' } },
      );
      for (let i = 0; i < 3; i++) {
        await t.app.inject({
          method: 'POST',
          url: '/v1/chat/completions',
          payload: userTurn('hi', { stream: i === 2 }),
        });
      }
      await t.app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: { messages: [] },
      });
      const res = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/plain');
      const m = res.body;
      expect(m).toContain(
        'tandem_requests_total{route="/v1/chat/completions",method="POST",status="200"} 3',
      );
      expect(m).toContain(
        'tandem_requests_total{route="/v1/chat/completions",method="POST",status="400"} 1',
      );
      expect(m).toContain('tandem_actions_total{action="pass"} 1');
      expect(m).toContain('tandem_actions_total{action="amend"} 1');
      expect(m).toContain('tandem_actions_total{action="replace"} 1');
      expect(m).toContain('tandem_triage_levels_total{level="none"} 2');
      expect(m).toContain('tandem_triage_levels_total{level="moderate"} 1');
      expect(m).toContain('tandem_escalations_total 1');
      expect(m).toContain('tandem_upstream_errors_total{code="PROVIDER_TIMEOUT"} 1');
      expect(m).toContain('tandem_upstream_latency_seconds_count{provider="reference"} 3');
      expect(m).toContain(
        'tandem_request_duration_seconds_count{route="/v1/chat/completions",method="POST"} 4',
      );
    } finally {
      await t.close();
    }
  });

  it('each app has its own registry', async () => {
    const a = await testApp(new ScriptedGuard());
    const b = await testApp(new ScriptedGuard());
    try {
      await a.app.inject({ method: 'GET', url: '/healthz' });
      const metricsB = await b.app.inject({ method: 'GET', url: '/metrics' });
      expect(metricsB.body).not.toContain('route="/healthz"');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('/healthz is up; /readyz reports the store and turns 503 when it fails or while closing', async () => {
    let storeUp = true;
    const t = await testApp(new ScriptedGuard(), {
      readiness: async () => {
        if (!storeUp) throw new Error('database unreachable');
      },
    });
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
    });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', models: ['tandem-safe', 'reference'] });
    storeUp = false;
    const down = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    t.app.gateway.closing = true;
    storeUp = true;
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    t.app.gateway.closing = false;
    await t.close();
  });
});

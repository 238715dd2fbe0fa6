import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Guard } from '../../src/guard/index.js';
import { loadPolicy } from '../../src/guard/policy.js';
import { buildApp } from '../../src/server/app.js';
import { resolveGatewaySettings } from '../../src/server/config.js';
import { loggerOptions } from '../../src/server/logging.js';
import { Store } from '../../src/store/index.js';
import { LogCapture } from './helpers.js';

let store: Store;
let guard: Guard;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeEach(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
  const base = loadPolicy();
  guard = await Guard.create({
    store,
    policy: {
      ...base,
      areas: { ...base.areas, institutional: { ...base.areas.institutional, approval: true } },
    },
    upstreams: { default: 'reference' },
    defaults: { locale: 'en-GB', area: 'institutional' },
  });
  app = await buildApp({
    guard,
    store,
    settings: resolveGatewaySettings({}),
    auth: 'open',
    logger: pino(loggerOptions('info'), new LogCapture()),
  });
});
afterEach(async () => {
  await app.close();
  await store.close();
});

describe('/api/drafts (co-created drafts)', () => {
  it('lists held replies with their HAAS-e findings; an approved edit reaches the person', async () => {
    const held = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'x-tandem-conversation-id': 'conv-d1' },
      payload: {
        model: 'tandem',
        messages: [{ role: 'user', content: 'been really anxious before work every morning' }],
      },
    });
    expect(held.json().tandem.action).toBe('human');

    const list = await app.inject({ url: '/api/drafts' });
    const [draft] = list.json().data;
    expect(draft).toMatchObject({ conversationId: 'conv-d1', status: 'pending', seq: 1 });
    expect(draft.prompt).toEqual([
      { role: 'user', content: 'been really anxious before work every morning' },
    ]);
    expect(Object.keys(draft.findings.metrics).sort()).toEqual(['ASA', 'CES', 'CSI', 'PAS', 'TRS']);
    expect(Array.isArray(draft.findings.violations)).toBe(true);

    const edited =
      'Mornings like that are hard. I am Jo from the care team: what happens just before you leave?';
    const approved = await app.inject({
      method: 'POST',
      url: `/api/drafts/${draft.id}/approve`,
      payload: { by: 'jo', text: edited },
    });
    expect(approved.json()).toMatchObject({ status: 'approved', final: edited, decidedBy: 'jo' });
    const again = await app.inject({
      method: 'POST',
      url: `/api/drafts/${draft.id}/reject`,
      payload: { by: 'kim', text: 'x' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('draft_conflict');

    const next = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { 'x-tandem-conversation-id': 'conv-d1' },
      payload: {
        model: 'tandem',
        messages: [
          { role: 'user', content: 'been really anxious before work every morning' },
          { role: 'assistant', content: held.json().choices[0].message.content },
          { role: 'user', content: 'the commute mostly' },
        ],
      },
    });
    expect(next.json().choices[0].message.content).toBe(edited);
    expect((await app.inject({ url: '/api/drafts' })).json().data).toHaveLength(1);
  });

  it('needs a reply to reject, and names unknown drafts and statuses', async () => {
    await guard.respond({
      conversationId: 'conv-d2',
      messages: [{ role: 'user', content: 'cant sleep lately' }],
    });
    const [draft] = (await app.inject({ url: '/api/drafts' })).json().data;
    const bare = await app.inject({
      method: 'POST',
      url: `/api/drafts/${draft.id}/reject`,
      payload: { by: 'jo' },
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.message).toMatch(/your own reply/);
    expect(
      (await app.inject({ method: 'POST', url: '/api/drafts/nope/approve', payload: { by: 'jo' } }))
        .statusCode,
    ).toBe(404);
    expect((await app.inject({ url: '/api/drafts?status=maybe' })).statusCode).toBe(400);
    expect((await app.inject({ url: '/api/drafts?status=approved' })).json().data).toEqual([]);
  });
});

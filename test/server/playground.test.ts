import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Guard } from '../../src/guard/index.js';
import { buildApp } from '../../src/server/app.js';
import { resolveGatewaySettings } from '../../src/server/config.js';
import { loggerOptions } from '../../src/server/logging.js';
import { Store } from '../../src/store/index.js';
import { LogCapture } from './helpers.js';

let store: Store;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeEach(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
  const guard = await Guard.create({ store, upstreams: { default: 'reference' } });
  app = await buildApp({
    guard,
    store,
    settings: resolveGatewaySettings({ limits: { messageChars: 500 } }),
    // Open (loopback, no keys, no accounts): the console API needs no sign-in yet.
    auth: 'open',
    logger: pino(loggerOptions('info'), new LogCapture()),
  });
});
afterEach(async () => {
  await app.close();
  await store.close();
});

const turn = (payload: unknown) =>
  app.inject({ method: 'POST', url: '/api/playground/turn', payload: payload as object });

describe('POST /api/playground/turn (the console demo chat)', () => {
  it('shows every decision of a real pipeline run, and stores nothing and pages nobody', async () => {
    const res = await turn({
      messages: [
        { role: 'user', content: 'lost my job today' },
        { role: 'assistant', content: 'That is a hard thing to take in. How are you doing?' },
        {
          role: 'user',
          content: 'honestly i have a plan to end it tonight, i wrote the letters already',
        },
      ],
      locale: 'en-GB',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.stored).toBe(false);
    expect(body.escalate).toBe(true);
    expect(['high', 'imminent']).toContain(body.triage.level);
    expect(body.triage.signals.length).toBeGreaterThan(0);
    expect(body.triage.signals[0]).toMatchObject({
      message: expect.any(Number),
      span: { start: expect.any(Number) },
    });
    expect(body.decision.reasons.join(' ')).toMatch(/suicide/);
    expect(body.response).toMatch(/999|Samaritans|116 123/);
    expect(body).not.toHaveProperty('conversationId');
    expect(body).not.toHaveProperty('escalationId');

    expect(await store.listConversations({})).toEqual([]);
    expect(await store.listEscalations({})).toEqual([]);
    expect(await store.auditEvents({})).toEqual([]);
  });

  it('names what is wrong with a request', async () => {
    const lastNotUser = await turn({ messages: [{ role: 'assistant', content: 'hello' }] });
    expect(lastNotUser.statusCode).toBe(400);
    expect(lastNotUser.json().error.message).toMatch(/last message must be the tester/);
    const tooLong = await turn({ messages: [{ role: 'user', content: 'x'.repeat(501) }] });
    expect(tooLong.statusCode).toBe(413);
    expect(tooLong.json().error).toMatchObject({
      code: 'message_too_long',
      param: 'messages[0].content',
    });
    const unknownField = await turn({
      messages: [{ role: 'user', content: 'hi' }],
      conversationId: 'c-1',
    });
    expect(unknownField.statusCode).toBe(400);
  });
});

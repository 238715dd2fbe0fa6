import { mkdtempSync, rmSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpError } from '../../src/server/errors.js';
import { eventRoutes } from '../../src/server/routes/events.js';
import { Store } from '../../src/store/index.js';
import { SseDecoder, type ServerSentEvent } from '../../src/providers/sse-decoder.js';

/** Reads server-sent events from a response until `enough` says stop. */
function collect(
  response: IncomingMessage,
  enough: (events: ServerSentEvent[]) => boolean,
): Promise<ServerSentEvent[]> {
  const decoder = new SseDecoder();
  const events: ServerSentEvent[] = [];
  response.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out with ${JSON.stringify(events)}`)),
      5000,
    );
    response.on('data', (text: string) => {
      events.push(...decoder.push(text));
      if (enough(events)) {
        clearTimeout(timer);
        resolve(events);
      }
    });
  });
}

describe('GET /api/events', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-events-'));
    store = await Store.open(join(dir, 'tandem.db'), { encryptionKey: '' });
    app = Fastify();
    await app.register(eventRoutes, {
      prefix: '/api',
      store,
      pollMs: 25,
      authorise: async (request) => {
        if (request.headers.authorization !== 'Bearer console')
          throw new HttpError(401, 'authentication_error', 'not_signed_in', 'sign in first');
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function open(headers: Record<string, string>): Promise<IncomingMessage> {
    return new Promise((resolve, reject) =>
      get(`${base}/api/events`, { headers }, resolve).on('error', reject),
    );
  }

  it('says hello, then streams an escalation as the gateway writes it', async () => {
    const response = await open({ authorization: 'Bearer console' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const seen = collect(response, (events) => events.some((e) => e.event === 'escalation'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const { escalationId } = await store.recordTurn({
      conversationId: 'c-live',
      area: 'individual',
      locale: 'en-GB',
      at: new Date().toISOString(),
      riskState: null,
      messages: [
        { role: 'user', content: 'i dont want to be here anymore, i have a plan for tonight' },
        { role: 'assistant', content: 'Thank you for telling me. You matter.', action: 'replace' },
      ],
      summary: {
        action: 'replace',
        protocol: 'suicide_crisis',
        level: 'imminent',
        cssrs: 5,
        categories: ['suicide'],
        failedChecks: [],
        upstream: 'reference',
      },
      audit: [{ actor: 'guard', type: 'triage', payload: { level: 'imminent' } }],
      escalation: {
        level: 'imminent',
        categories: ['suicide'],
        reasons: ['policy rule suicide/imminent: replace, escalate'],
        slaDueAt: new Date(Date.now() + 300_000).toISOString(),
      },
    });
    const events = await seen;
    expect(events[0]).toEqual({ event: 'hello', data: '{}' });
    const escalation = events.find((e) => e.event === 'escalation');
    expect(JSON.parse(escalation!.data)).toMatchObject({
      id: escalationId,
      conversationId: 'c-live',
      level: 'imminent',
      status: 'open',
    });
    response.destroy();
  });

  it('refuses a listener the check refuses, with the error body', async () => {
    const response = await open({});
    expect(response.statusCode).toBe(401);
  });

  it('ends open streams when the server closes, so shutdown does not wait for them', async () => {
    const response = await open({ authorization: 'Bearer console' });
    const ended = new Promise((resolve) => response.on('end', resolve));
    response.resume();
    const started = Date.now();
    await app.close();
    await ended;
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

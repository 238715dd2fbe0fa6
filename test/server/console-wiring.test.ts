/**
 * The console routes as `buildApp` wires them, with real sessions: who may reach the live feed, a
 * conversation's decisions, reports and rating. Each route's own behaviour is tested beside it.
 */
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRole, Run } from '../../src/core/index.js';
import { buildApp } from '../../src/server/app.js';
import { resolveGatewaySettings } from '../../src/server/config.js';
import { loggerOptions } from '../../src/server/logging.js';
import { hashPassword, type ScryptCost } from '../../src/server/passwords.js';
import { Store } from '../../src/store/index.js';
import { LogCapture, ScriptedGuard } from './helpers.js';

const CHEAP: ScryptCost = { N: 16, r: 1, p: 1 };
const PASSWORD = 'correct horse battery';
const ROLES: AccountRole[] = ['admin', 'clinician', 'auditor', 'rater'];

const run: Run = {
  id: 'run-w',
  suiteId: 'core',
  suiteVersion: '1',
  suiteHash: 'abc',
  target: 'reference',
  judges: ['builtin'],
  seed: 3,
  status: 'completed',
  startedAt: '2026-11-22T00:00:00.000Z',
  params: {},
};

let store: Store;
let app: FastifyInstance;
const sessions = new Map<AccountRole, { cookie: string; csrf: string }>();

beforeAll(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
  app = await buildApp({
    guard: new ScriptedGuard(),
    store,
    settings: resolveGatewaySettings({}),
    auth: 'keys',
    logger: pino(loggerOptions('info'), new LogCapture()),
    passwordCost: CHEAP,
  });
  for (const role of ROLES) {
    await store.createUser(
      {
        username: role,
        displayName: role,
        role,
        passwordHash: await hashPassword(PASSWORD, CHEAP),
      },
      '2026-11-22T00:00:00.000Z',
      'test',
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: role, password: PASSWORD },
    });
    const cookie = /^(tandem_session=[^;]+)/.exec(String(res.headers['set-cookie']))?.[1] ?? '';
    sessions.set(role, { cookie, csrf: res.json().csrfToken });
  }
  await store.createRun(run, [
    {
      id: 's1',
      area: 'individual',
      condition: 'anxiety',
      risk: 'low',
      culture: 'british',
      locale: 'en-GB',
      turns: ['my chest gets tight before every shift'],
      rubric: [{ id: 'ces', metric: 'CES', text: 'Reflects the worry', points: 5 }],
    },
  ]);
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

function as(role: AccountRole, method: 'GET' | 'PUT' = 'GET') {
  const session = sessions.get(role)!;
  return {
    cookie: session.cookie,
    ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrf }),
  };
}

async function status(role: AccountRole, url: string): Promise<number> {
  return (await app.inject({ url, headers: as(role) })).statusCode;
}

describe('console routes as wired', () => {
  it('reports: admin, clinician and auditor read them; raters, who rate blind, do not', async () => {
    expect(await status('admin', '/api/runs')).toBe(200);
    expect(await status('clinician', '/api/runs')).toBe(200);
    expect(await status('auditor', '/api/runs')).toBe(200);
    expect(await status('rater', '/api/runs')).toBe(403);
    expect((await app.inject({ url: '/api/runs' })).statusCode).toBe(401);
  });

  it('rating: admins assign (with the CSRF token), raters see their assignment, clinicians neither', async () => {
    const withoutToken = await app.inject({
      method: 'PUT',
      url: '/api/rating/runs/run-w/raters',
      headers: { cookie: sessions.get('admin')!.cookie },
      payload: { raters: ['rater'] },
    });
    expect(withoutToken.statusCode).toBe(403);
    const assigned = await app.inject({
      method: 'PUT',
      url: '/api/rating/runs/run-w/raters',
      headers: as('admin', 'PUT'),
      payload: { raters: ['rater'] },
    });
    expect(assigned.statusCode).toBe(200);
    const refused = await app.inject({
      method: 'PUT',
      url: '/api/rating/runs/run-w/raters',
      headers: as('admin', 'PUT'),
      payload: { raters: ['clinician'] },
    });
    expect(refused.json().error.code).toBe('not_a_rater');

    const mine = await app.inject({ url: '/api/rating/assignments', headers: as('rater') });
    expect(mine.json().data).toMatchObject([{ runId: 'run-w', rater: 'rater' }]);
    expect(await status('clinician', '/api/rating/assignments')).toBe(403);
    expect(await status('rater', '/api/rating/runs/run-w')).toBe(403);
  });

  it('a conversation’s decisions: console readers only', async () => {
    expect(await status('auditor', '/api/conversations/none/turns')).toBe(404);
    expect(await status('rater', '/api/conversations/none/turns')).toBe(403);
  });

  it('the demo chat: roles that work the console, with the CSRF token; not auditors or raters', async () => {
    const payload = { messages: [{ role: 'user', content: 'just testing how this answers' }] };
    const post = (role: AccountRole) =>
      app.inject({
        method: 'POST',
        url: '/api/playground/turn',
        headers: as(role, 'PUT'),
        payload,
      });
    expect((await post('clinician')).statusCode).toBe(200);
    expect((await post('auditor')).statusCode).toBe(403);
    expect((await post('rater')).statusCode).toBe(403);
  });

  it('the live feed: refused to raters before any stream opens', async () => {
    expect(await status('rater', '/api/events')).toBe(403);
    expect((await app.inject({ url: '/api/events' })).statusCode).toBe(401);
  });
});

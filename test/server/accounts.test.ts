/**
 * Console accounts over HTTP against a real store: first-admin setup, sign-in and sessions,
 * cookies, CSRF, roles on the console routes, sign-in throttling, last-admin protection, session
 * expiry, and the password hash format.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, type AccountRole } from '../../src/core/index.js';
import { buildApp } from '../../src/server/app.js';
import type { AuthMode, GatewayConfig } from '../../src/server/config.js';
import { resolveGatewaySettings } from '../../src/server/config.js';
import { loggerOptions } from '../../src/server/logging.js';
import { hashPassword, verifyPassword, type ScryptCost } from '../../src/server/passwords.js';
import { Store } from '../../src/store/index.js';
import { LogCapture, ScriptedGuard } from './helpers.js';

// Far below the production cost: these tests hash dozens of passwords.
const CHEAP: ScryptCost = { N: 16, r: 1, p: 1 };
const PASSWORD = 'correct horse battery';
const HOUR = 3_600_000;

interface Harness {
  app: FastifyInstance;
  store: Store;
  clock: { now: number };
  close(): Promise<void>;
}

async function harness(
  options: { auth?: AuthMode; config?: GatewayConfig } = {},
): Promise<Harness> {
  const store = await Store.open(':memory:', { encryptionKey: '' });
  const clock = { now: Date.parse('2026-11-22T08:00:00.000Z') };
  const app = await buildApp({
    guard: new ScriptedGuard(),
    store,
    settings: resolveGatewaySettings(options.config ?? {}),
    auth: options.auth ?? 'keys',
    logger: pino(loggerOptions('info'), new LogCapture()),
    now: () => clock.now,
    passwordCost: CHEAP,
  });
  return {
    app,
    store,
    clock,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

function sessionCookie(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^(tandem_session=[^;]+)/.exec(value ?? '');
  if (!match?.[1]) throw new Error(`no session cookie in ${String(value)}`);
  return match[1];
}

interface Session {
  cookie: string;
  csrf: string;
}

async function addUser(h: Harness, username: string, role: AccountRole): Promise<void> {
  await h.store.createUser(
    { username, displayName: username, role, passwordHash: await hashPassword(PASSWORD, CHEAP) },
    new Date(h.clock.now).toISOString(),
    'test',
  );
}

async function login(h: Harness, username: string, password = PASSWORD): Promise<Session> {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  expect(res.statusCode).toBe(200);
  return { cookie: sessionCookie(res), csrf: res.json().csrfToken as string };
}

/** Requests with the session's cookie and (unless `csrf` is null) a CSRF header. */
function as(h: Harness, session: Session, csrf: string | null = session.csrf) {
  return (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    h.app.inject({
      method,
      url,
      headers: { cookie: session.cookie, ...(csrf === null ? {} : { 'x-csrf-token': csrf }) },
      ...(payload ? { payload } : {}),
    });
}

async function escalation(store: Store, conversationId: string): Promise<string> {
  const result = await store.recordTurn({
    conversationId,
    area: 'individual',
    locale: 'en-GB',
    at: '2026-11-22T07:00:00.000Z',
    riskState: { level: 'high' },
    messages: [
      { role: 'user', content: 'cannot cope tonight' },
      { role: 'assistant', content: 'I am glad you told me. Are you safe right now?' },
    ],
    summary: {
      action: 'replace',
      protocol: 'suicide_crisis',
      level: 'high',
      cssrs: 3,
      categories: ['suicide'],
      failedChecks: [],
    },
    escalation: {
      level: 'high',
      categories: ['suicide'],
      reasons: ['policy'],
      slaDueAt: '2026-11-22T09:00:00.000Z',
    },
    audit: [],
  });
  return result.escalationId as string;
}

describe('console accounts over HTTP', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('setup: creates the first admin once; a wrong or used token is refused', async () => {
    h = await harness();
    expect((await h.app.inject({ url: '/api/auth/state' })).json()).toEqual({
      setupRequired: true,
    });
    const { token } = await h.store.createSetupToken(
      new Date(h.clock.now).toISOString(),
      24 * HOUR,
    );
    const setup = (body: object) =>
      h!.app.inject({ method: 'POST', url: '/api/auth/setup', payload: body });
    const fields = { username: 'ada', displayName: 'Ada Okafor', password: PASSWORD };

    const wrong = await setup({ ...fields, token: 'not-the-token' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({ code: 'setup_token_invalid', param: 'token' });
    const short = await setup({ ...fields, password: 'short', token });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.param).toBe('password');

    const created = await setup({ ...fields, token });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({
      user: {
        id: expect.any(String),
        username: 'ada',
        displayName: 'Ada Okafor',
        role: 'admin',
        createdAt: '2026-11-22T08:00:00.000Z',
        disabled: false,
      },
      csrfToken: expect.any(String),
      permissions: ROLE_PERMISSIONS.admin,
    });
    const me = await h.app.inject({
      url: '/api/auth/me',
      headers: { cookie: sessionCookie(created) },
    });
    expect(me.json().user.username).toBe('ada');
    expect((await h.app.inject({ url: '/api/auth/state' })).json()).toEqual({
      setupRequired: false,
    });

    const reused = await setup({ ...fields, username: 'eve', token });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('setup_done');
    const events = await h.store.auditEvents();
    expect(events.map((e) => [e.type, e.actor])).toEqual([['account.setup', 'user:ada']]);
  });

  it('login, me and logout; wrong user and wrong password look the same; disabled users cannot sign in', async () => {
    h = await harness();
    await addUser(h, 'sam', 'clinician');
    await addUser(h, 'gone', 'clinician');
    const wrongPassword = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sam', password: 'not the password' },
    });
    const unknownUser = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: PASSWORD },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownUser.json());
    expect(wrongPassword.json().error.code).toBe('invalid_credentials');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();

    const gone = (await h.store.findCredentials('gone'))!.user;
    await h.store.updateUser(
      gone.id,
      { disabled: true },
      new Date(h.clock.now).toISOString(),
      'test',
    );
    const disabled = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'gone', password: PASSWORD },
    });
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().error.code).toBe('invalid_credentials');

    expect((await h.app.inject({ url: '/api/auth/me' })).json().error.code).toBe('not_signed_in');
    const session = await login(h, 'SAM');
    const me = await as(h, session)('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      user: expect.objectContaining({ username: 'sam', role: 'clinician', disabled: false }),
      csrfToken: session.csrf,
      // The console shapes itself from these; a clinician works the console but manages no accounts.
      permissions: expect.objectContaining({ writeConsole: true, manageUsers: false, rate: false }),
    });

    const noCsrf = await as(h, session, null)('POST', '/api/auth/logout');
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_token_invalid');
    const out = await as(h, session)('POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toMatch(/^tandem_session=; .*Max-Age=0/);
    const after = await as(h, session)('GET', '/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('not_signed_in');
  });

  it('sets an HTTP-only, SameSite=Strict, expiring cookie; Secure when configured', async () => {
    h = await harness();
    await addUser(h, 'sam', 'clinician');
    const plain = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sam', password: PASSWORD },
    });
    const cookie = String(plain.headers['set-cookie']);
    expect(cookie).toMatch(/^tandem_session=[A-Za-z0-9_-]{43}; /);
    for (const attribute of ['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${7 * 24 * 3600}`])
      expect(cookie.split('; ')).toContain(attribute);
    expect(cookie).toMatch(/Expires=Sun, 29 Nov 2026 08:00:00 GMT/);
    expect(cookie).not.toContain('Secure');
    await h.close();

    h = await harness({ config: { secureCookies: true } });
    await addUser(h, 'sam', 'clinician');
    const secure = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sam', password: PASSWORD },
    });
    expect(String(secure.headers['set-cookie']).split('; ')).toContain('Secure');
  });

  it('CSRF: a session must send the token on changes; API keys need none', async () => {
    h = await harness();
    const escalationId = await escalation(h.store, 'conv-1');
    await addUser(h, 'sam', 'clinician');
    const session = await login(h, 'sam');
    const claim = `/api/escalations/${escalationId}/claim`;

    const missing = await as(h, session, null)('POST', claim, {});
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_token_invalid');
    const forged = await as(h, session, 'x'.repeat(43))('POST', claim, {});
    expect(forged.json().error.code).toBe('csrf_token_invalid');
    expect((await as(h, session, null)('GET', '/api/escalations')).statusCode).toBe(200);

    const { secret } = await h.store.createApiKey({
      name: 'console',
      scopes: ['console'],
      at: new Date(h.clock.now).toISOString(),
    });
    const byKey = await h.app.inject({
      method: 'POST',
      url: claim,
      headers: { authorization: `Bearer ${secret}` },
      payload: { assignee: 'dr-okafor' },
    });
    expect(byKey.statusCode).toBe(200);
    expect(byKey.json()).toMatchObject({ status: 'claimed', assignee: 'dr-okafor' });
    // With a key, the body must still say who acts.
    const anonymous = await h.app.inject({
      method: 'POST',
      url: `/api/conversations/conv-1/takeover`,
      headers: { authorization: `Bearer ${secret}` },
      payload: {},
    });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().error.param).toBe('by');
    // Without any credential the console stays closed.
    expect((await h.app.inject({ url: '/api/escalations' })).statusCode).toBe(401);
  });

  it('roles: raters are refused, auditors only read, clinicians act as themselves', async () => {
    h = await harness();
    const escalationId = await escalation(h.store, 'conv-1');
    for (const [name, role] of [
      ['rita', 'rater'],
      ['abe', 'auditor'],
      ['cleo', 'clinician'],
    ] as const)
      await addUser(h, name, role);

    const rater = as(h, await login(h, 'rita'));
    const refused = await rater('GET', '/api/escalations');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('role_forbidden');

    const auditor = as(h, await login(h, 'abe'));
    expect((await auditor('GET', '/api/escalations')).statusCode).toBe(200);
    expect((await auditor('GET', '/api/conversations/conv-1')).statusCode).toBe(200);
    const write = await auditor('POST', `/api/escalations/${escalationId}/claim`, {});
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('role_forbidden');
    expect((await auditor('GET', '/api/users')).json().error.code).toBe('role_forbidden');

    const clinician = as(h, await login(h, 'cleo'));
    const other = await clinician('POST', `/api/escalations/${escalationId}/claim`, {
      assignee: 'dr-someone-else',
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toMatchObject({ code: 'acting_as_other', param: 'assignee' });
    const claimed = await clinician('POST', `/api/escalations/${escalationId}/claim`, {});
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ status: 'claimed', assignee: 'cleo' });
    const named = await clinician('POST', '/api/conversations/conv-1/takeover', { by: 'cleo' });
    expect(named.json().takeover).toMatchObject({ by: 'cleo' });
    const message = await clinician('POST', '/api/conversations/conv-1/messages', {
      content: 'Hi, I am Cleo, one of the counsellors here.',
    });
    expect(message.statusCode).toBe(201);
    expect(message.json().message.author).toBe('cleo');
    const resolved = await clinician('POST', `/api/escalations/${escalationId}/resolve`, {
      resolution: 'spoke with the person; safety plan in place',
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved' });
    const actors = (await h.store.auditEvents()).map((e) => e.actor);
    expect(actors).toContain('counselor:cleo');
  });

  it('throttles sign-in: 5 failures per username, 20 per address, with Retry-After', async () => {
    h = await harness();
    await addUser(h, 'sam', 'clinician');
    const attempt = (username: string, password: string) =>
      h!.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    for (let i = 0; i < 5; i++) expect((await attempt('sam', 'wrong guess!')).statusCode).toBe(401);
    const blocked = await attempt('sam', PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_attempts');
    expect(blocked.headers['retry-after']).toBe('900');
    h.clock.now += 10 * 60_000;
    expect((await attempt('sam', PASSWORD)).headers['retry-after']).toBe('300');
    h.clock.now += 5 * 60_000;
    expect((await attempt('sam', PASSWORD)).statusCode).toBe(200);

    // 20 failures from one address over many usernames block that address for everyone.
    for (let i = 0; i < 20; i++)
      expect((await attempt(`guess-${i}`, 'wrong guess!')).statusCode).toBe(401);
    const address = await attempt('sam', PASSWORD);
    expect(address.statusCode).toBe(429);
    expect(Number(address.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('admins manage accounts; the last active admin cannot be disabled or demoted', async () => {
    h = await harness();
    await addUser(h, 'root', 'admin');
    await addUser(h, 'cleo', 'clinician');
    const clinician = as(h, await login(h, 'cleo'));
    expect((await clinician('GET', '/api/users')).json().error.code).toBe('role_forbidden');
    expect((await h.app.inject({ url: '/api/users' })).json().error.code).toBe('not_signed_in');

    const admin = as(h, await login(h, 'root'));
    const me = (await admin('GET', '/api/auth/me')).json().user as { id: string };
    const list = await admin('GET', '/api/users');
    expect(list.json().object).toBe('list');
    expect(list.json().data.map((u: { username: string }) => u.username)).toEqual(['cleo', 'root']);
    expect(JSON.stringify(list.json())).not.toContain('scrypt');

    const created = await admin('POST', '/api/users', {
      username: 'Dana',
      displayName: 'Dana R.',
      role: 'auditor',
      password: PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: 'dana', role: 'auditor', disabled: false });
    const taken = await admin('POST', '/api/users', {
      username: 'dana',
      displayName: 'Other',
      role: 'rater',
      password: PASSWORD,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('username_taken');
    const weak = await admin('POST', '/api/users', {
      username: 'eli',
      displayName: 'Eli',
      role: 'rater',
      password: 'too-short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.param).toBe('password');
    const noCsrf = await as(h, await login(h, 'root'), null)('PATCH', `/api/users/${me.id}`, {
      displayName: 'x',
    });
    expect(noCsrf.json().error.code).toBe('csrf_token_invalid');

    for (const change of [{ disabled: true }, { role: 'clinician' }]) {
      const res = await admin('PATCH', `/api/users/${me.id}`, change);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('last_admin');
    }
    const danaId = created.json().id as string;
    const promoted = await admin('PATCH', `/api/users/${danaId}`, { role: 'admin' });
    expect(promoted.json()).toMatchObject({ role: 'admin' });
    const demoted = await admin('PATCH', `/api/users/${me.id}`, { role: 'clinician' });
    expect(demoted.json()).toMatchObject({ role: 'clinician' });
    // The former admin's session now has the clinician's rights.
    expect((await admin('GET', '/api/users')).json().error.code).toBe('role_forbidden');
    expect((await h.app.inject({ method: 'PATCH', url: '/api/users/nope' })).statusCode).toBe(401);

    const events = (await h.store.auditEvents()).filter((e) => e.actor === 'user:root');
    expect(events.map((e) => e.type)).toEqual([
      'user.created',
      'user.role_changed',
      'user.role_changed',
    ]);
  });

  it('disabling an account or changing its password ends its sessions', async () => {
    h = await harness();
    await addUser(h, 'root', 'admin');
    await addUser(h, 'cleo', 'clinician');
    const admin = as(h, await login(h, 'root'));
    const cleoSession = await login(h, 'cleo');
    const cleo = (await as(h, cleoSession)('GET', '/api/auth/me')).json().user as { id: string };
    await admin('PATCH', `/api/users/${cleo.id}`, { password: 'a new long password' });
    expect((await as(h, cleoSession)('GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await login(h, 'cleo', 'a new long password');
    const disabled = await admin('PATCH', `/api/users/${cleo.id}`, { disabled: true });
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await as(h, again)('GET', '/api/escalations')).statusCode).toBe(401);
    const types = (await h.store.auditEvents()).map((e) => e.type);
    expect(types).toContain('user.password_changed');
    expect(types).toContain('user.disabled');
  });

  it('sessions end after 12 hours idle or 7 days in all', async () => {
    h = await harness();
    await addUser(h, 'sam', 'clinician');
    const me = async (session: Session) =>
      (await as(h!, session)('GET', '/api/auth/me')).statusCode;

    const idle = await login(h, 'sam');
    h.clock.now += 12 * HOUR - 60_000;
    expect(await me(idle)).toBe(200);
    h.clock.now += 12 * HOUR - 60_000;
    expect(await me(idle)).toBe(200);
    h.clock.now += 12 * HOUR;
    expect(await me(idle)).toBe(401);

    const busy = await login(h, 'sam');
    for (let hours = 11; hours < 7 * 24; hours += 11) {
      h.clock.now += 11 * HOUR;
      expect(await me(busy)).toBe(200);
    }
    h.clock.now += 11 * HOUR;
    expect(await me(busy)).toBe(401);
  });

  it('with auth off, the console is open until the first account exists, then needs a sign-in', async () => {
    h = await harness({ auth: 'open' });
    expect((await h.app.inject({ url: '/api/escalations' })).statusCode).toBe(200);
    await addUser(h, 'sam', 'clinician');
    const closed = await h.app.inject({ url: '/api/escalations' });
    expect(closed.statusCode).toBe(401);
    expect((await as(h, await login(h, 'sam'))('GET', '/api/escalations')).statusCode).toBe(200);
  });
});

describe('password hashes', () => {
  it('are scrypt$N$r$p$salt$hash with a fresh salt each time', async () => {
    const a = await hashPassword(PASSWORD, CHEAP);
    const b = await hashPassword(PASSWORD, CHEAP);
    expect(a).toMatch(/^scrypt\$16\$1\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, PASSWORD)).toBe(true);
    expect(await verifyPassword(b, PASSWORD)).toBe(true);
    const production = await hashPassword(PASSWORD);
    expect(production.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword(production, PASSWORD)).toBe(true);
  });

  it('never verifies a malformed hash or one with absurd parameters', async () => {
    const good = await hashPassword(PASSWORD, CHEAP);
    const parts = good.split('$');
    for (const bad of [
      '',
      'bcrypt$whatever',
      good.replace('scrypt$16$', 'scrypt$15$'),
      [parts[0], String(2 ** 30), ...parts.slice(2)].join('$'),
      good.slice(0, -4),
    ])
      expect(await verifyPassword(bad, PASSWORD)).toBe(false);
  });

  it('verify(hash(p), p) holds and verify(hash(p), q) fails for q ≠ p', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (p, q) => {
        const hash = await hashPassword(p, CHEAP);
        expect(await verifyPassword(hash, p)).toBe(true);
        if (q.normalize('NFC') !== p.normalize('NFC'))
          expect(await verifyPassword(hash, q)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });
});

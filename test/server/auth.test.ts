import { afterEach, describe, expect, it } from 'vitest';
import { KeyAuthenticator, type ApiKeyIdentity, type KeyLookup } from '../../src/server/auth.js';
import { RateLimiter } from '../../src/server/rate-limit.js';
import { buildApp } from '../../src/server/app.js';
import { resolveGatewaySettings } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logging.js';
import { Store } from '../../src/store/index.js';
import { ScriptedGuard, testApp, userTurn, type TestApp } from './helpers.js';

class CountingLookup implements KeyLookup {
  calls = 0;
  constructor(readonly keys: Map<string, ApiKeyIdentity>) {}
  async findApiKeyBySecret(secret: string) {
    this.calls++;
    return this.keys.get(secret);
  }
}

describe('KeyAuthenticator', () => {
  it('caches found keys for the TTL and unknown keys for a shorter time', async () => {
    let now = 0;
    const lookup = new CountingLookup(new Map([['good', { id: 'k1', name: 'app' }]]));
    const auth = new KeyAuthenticator(lookup, {
      ttlMs: 30_000,
      negativeTtlMs: 5_000,
      now: () => now,
    });
    for (let i = 0; i < 5; i++)
      expect((await auth.authenticate('Bearer good', 'gateway')).ok).toBe(true);
    expect(lookup.calls).toBe(1);
    now = 29_999;
    await auth.authenticate('Bearer good', 'gateway');
    expect(lookup.calls).toBe(1);
    now = 30_001;
    await auth.authenticate('Bearer good', 'gateway');
    expect(lookup.calls).toBe(2);

    expect(await auth.authenticate('Bearer bad', 'gateway')).toMatchObject({
      ok: false,
      status: 401,
      code: 'invalid_api_key',
    });
    await auth.authenticate('Bearer bad', 'gateway');
    expect(lookup.calls).toBe(3);
    // A key created a moment after a failed attempt works within the negative TTL.
    lookup.keys.set('bad', { id: 'k2', name: 'new' });
    now += 5_001;
    expect((await auth.authenticate('Bearer bad', 'gateway')).ok).toBe(true);
  });

  it('shares one lookup between concurrent requests with the same key', async () => {
    const lookup = new CountingLookup(new Map([['good', { id: 'k1', name: 'app' }]]));
    const auth = new KeyAuthenticator(lookup);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => auth.authenticate('Bearer good', 'gateway')),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(lookup.calls).toBe(1);
  });

  it('bounds the cache: a flood of random keys evicts the oldest entries', async () => {
    const lookup = new CountingLookup(new Map([['good', { id: 'k1', name: 'app' }]]));
    const auth = new KeyAuthenticator(lookup, { maxEntries: 10 });
    await auth.authenticate('Bearer good', 'gateway');
    for (let i = 0; i < 10; i++) await auth.authenticate(`Bearer junk${i}`, 'gateway');
    await auth.authenticate('Bearer good', 'gateway');
    expect(lookup.calls).toBe(12);
  });

  it('refuses missing, malformed, revoked and out-of-scope keys', async () => {
    const lookup = new CountingLookup(
      new Map<string, ApiKeyIdentity>([
        ['revoked', { id: 'k1', name: 'old', revokedAt: '2026-01-01T00:00:00Z' }],
        ['unscoped', { id: 'k2', name: 'legacy' }],
        ['console', { id: 'k3', name: 'console', scopes: ['console'] }],
      ]),
    );
    const auth = new KeyAuthenticator(lookup);
    expect(await auth.authenticate(undefined, 'gateway')).toMatchObject({
      status: 401,
      code: 'missing_api_key',
    });
    expect(await auth.authenticate('Basic abc', 'gateway')).toMatchObject({
      status: 401,
      code: 'missing_api_key',
    });
    expect(await auth.authenticate('Bearer revoked', 'gateway')).toMatchObject({
      status: 401,
      code: 'invalid_api_key',
    });
    expect((await auth.authenticate('Bearer unscoped', 'gateway')).ok).toBe(true);
    expect(await auth.authenticate('Bearer unscoped', 'console')).toMatchObject({
      status: 403,
      code: 'insufficient_scope',
    });
    expect((await auth.authenticate('bearer console', 'console')).ok).toBe(true);
    expect(await auth.authenticate('Bearer console', 'gateway')).toMatchObject({ status: 403 });
  });
});

describe('RateLimiter', () => {
  it('allows a burst of one minute’s worth, then refills at rate/60 per second', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 6; i++) expect(limiter.take('k', 6).allowed).toBe(true);
    const refused = limiter.take('k', 6);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now = 9_000;
    expect(limiter.take('k', 6).allowed).toBe(false);
    now = 10_000;
    expect(limiter.take('k', 6).allowed).toBe(true);
    // Buckets are per key.
    expect(limiter.take('other', 6).allowed).toBe(true);
  });
});

describe('gateway auth with keys from the store', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('401 without or with a wrong key, 200 with a valid key, 401 after revocation once the cache expires', async () => {
    let now = 1_000_000;
    const store = await Store.open(':memory:', { encryptionKey: '' });
    const { key, secret } = await store.createApiKey({
      name: 'web app',
      at: new Date().toISOString(),
    });
    const guard = new ScriptedGuard();
    t = await testApp(guard, { auth: 'keys', store, now: () => now });
    const post = (authorization?: string) =>
      t!.app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: userTurn('hi'),
        headers: authorization ? { authorization } : {},
      });

    const missing = await post();
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error).toMatchObject({
      type: 'authentication_error',
      code: 'missing_api_key',
    });
    expect((await post('Bearer tdm_wrong')).json().error.code).toBe('invalid_api_key');
    expect((await post(`Bearer ${secret}`)).statusCode).toBe(200);
    expect(guard.requests[0]?.clientId).toBe(key.id);

    await store.revokeApiKey(key.id, new Date().toISOString());
    expect((await post(`Bearer ${secret}`)).statusCode).toBe(200);
    now += 31_000;
    expect((await post(`Bearer ${secret}`)).statusCode).toBe(401);
    // Health endpoints need no key.
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('429 with retry-after when a key exceeds its rate', async () => {
    const store = await Store.open(':memory:', { encryptionKey: '' });
    const { secret } = await store.createApiKey({
      name: 'tight',
      ratePerMinute: 2,
      at: new Date().toISOString(),
    });
    t = await testApp(new ScriptedGuard(), { auth: 'keys', store, now: () => 0 });
    const post = () =>
      t!.app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: userTurn('hi'),
        headers: { authorization: `Bearer ${secret}` },
      });
    expect((await post()).statusCode).toBe(200);
    expect((await post()).statusCode).toBe(200);
    const limited = await post();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('30');
    expect(limited.json().error).toMatchObject({
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
    });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('tandem_rate_limited_total 1');
  });

  it('applies gateway.limits.ratePerMinute to keys without their own rate, and to an open gateway', async () => {
    t = await testApp(new ScriptedGuard(), {
      config: { limits: { ratePerMinute: 1 } },
      now: () => 0,
    });
    const post = () =>
      t!.app.inject({ method: 'POST', url: '/v1/chat/completions', payload: userTurn('hi') });
    expect((await post()).statusCode).toBe(200);
    expect((await post()).statusCode).toBe(429);
  });

  it('console routes need the console scope', async () => {
    const lookup = new CountingLookup(
      new Map<string, ApiKeyIdentity>([
        ['app-key', { id: 'k1', name: 'app', scopes: ['gateway'] }],
        ['console-key', { id: 'k2', name: 'console', scopes: ['console'] }],
      ]),
    );
    const store = await Store.open(':memory:', { encryptionKey: '' });
    const app = await buildApp({
      guard: new ScriptedGuard(),
      store: Object.assign(Object.create(store) as Store, {
        findApiKeyBySecret: (s: string) => lookup.findApiKeyBySecret(s),
      }),
      settings: resolveGatewaySettings({ logLevel: 'silent' }),
      auth: 'keys',
      logger: createLogger('silent'),
    });
    try {
      const get = (key: string) =>
        app.inject({
          method: 'GET',
          url: '/api/escalations',
          headers: { authorization: `Bearer ${key}` },
        });
      const refused = await get('app-key');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({
        type: 'permission_error',
        code: 'insufficient_scope',
      });
      expect((await get('console-key')).statusCode).toBe(200);
      const chat = await app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: userTurn('hi'),
        headers: { authorization: 'Bearer console-key' },
      });
      expect(chat.statusCode).toBe(403);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

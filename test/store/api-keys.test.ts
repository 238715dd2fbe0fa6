import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import { Store } from '../../src/store/index.js';

describe('Store: API keys', () => {
  let dir: string;
  let store: Store;
  const path = () => join(dir, 'tandem.db');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-keys-'));
    store = await Store.open(path(), { encryptionKey: '' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the secret once and stores only its sha256', async () => {
    const { key, secret } = await store.createApiKey({
      name: 'peer-support app',
      ratePerMinute: 120,
      at: '2026-11-22T01:00:00.000Z',
    });
    expect(secret).toMatch(/^tdm_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice(4), 'base64url')).toHaveLength(32);
    expect(key).toEqual({
      id: expect.stringMatching(/^key_[0-9a-f]{16}$/),
      name: 'peer-support app',
      prefix: secret.slice(0, 10),
      ratePerMinute: 120,
      scopes: ['gateway'],
      createdAt: '2026-11-22T01:00:00.000Z',
    });
    expect(await store.findApiKeyBySecret(secret)).toEqual(key);
    expect(await store.listApiKeys()).toEqual([key]);

    const raw = new Sqlite(path(), { readonly: true });
    const row = raw.prepare('select * from api_keys').get() as Record<string, unknown>;
    raw.close();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(await store.auditEvents())).not.toContain(secret.slice(10));
  });

  it('finds nothing for a wrong, malformed or revoked secret', async () => {
    const { key, secret } = await store.createApiKey({
      name: 'clinic',
      at: '2026-11-22T01:00:00.000Z',
    });
    const other = await store.createApiKey({ name: 'other', at: '2026-11-22T01:00:01.000Z' });
    expect(key.ratePerMinute).toBeUndefined();
    const flipped = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    for (const s of [flipped, '', 'tdm_', secret.toUpperCase(), `${secret} `, `Bearer ${secret}`])
      expect(await store.findApiKeyBySecret(s)).toBeUndefined();

    await store.revokeApiKey(key.id, '2026-11-22T02:00:00.000Z');
    await store.revokeApiKey(key.id, '2026-11-22T03:00:00.000Z');
    expect(await store.findApiKeyBySecret(secret)).toBeUndefined();
    expect(await store.findApiKeyBySecret(other.secret)).toEqual(other.key);
    expect((await store.listApiKeys())[0]).toMatchObject({
      id: key.id,
      revokedAt: '2026-11-22T02:00:00.000Z',
    });
    expect((await store.auditEvents()).map((e) => [e.type, e.payload])).toEqual([
      ['key.created', { keyId: key.id, ratePerMinute: null, scopes: ['gateway'] }],
      ['key.created', { keyId: other.key.id, ratePerMinute: null, scopes: ['gateway'] }],
      ['key.revoked', { keyId: key.id }],
    ]);
  });

  it('never matches a random string', async () => {
    await store.createApiKey({ name: 'app', at: '2026-11-22T01:00:00.000Z' });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.base64String().map((s) => `tdm_${s}`),
        ),
        async (s) => {
          expect(await store.findApiKeyBySecret(s)).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects bad names, rates and unknown ids with KEY_INVALID', async () => {
    expect(await codeOf(store.createApiKey({ name: '  ', at: '2026-11-22T01:00:00.000Z' }))).toBe(
      'KEY_INVALID',
    );
    expect(
      await codeOf(
        store.createApiKey({ name: 'x', ratePerMinute: 0, at: '2026-11-22T01:00:00.000Z' }),
      ),
    ).toBe('KEY_INVALID');
    expect(await codeOf(store.revokeApiKey('key_nope', '2026-11-22T01:00:00.000Z'))).toBe(
      'KEY_INVALID',
    );
    expect(await store.listApiKeys()).toEqual([]);
  });

  it('keeps the scopes a key was given and refuses unknown ones', async () => {
    const { key, secret } = await store.createApiKey({
      name: 'clinicians',
      scopes: ['console', 'gateway', 'console'],
      at: '2026-11-22T01:00:00.000Z',
    });
    expect(key.scopes).toEqual(['console', 'gateway']);
    expect((await store.findApiKeyBySecret(secret))?.scopes).toEqual(['console', 'gateway']);
    expect(
      await codeOf(
        store.createApiKey({ name: 'x', scopes: ['admin' as never], at: '2026-11-22T01:00:00Z' }),
      ),
    ).toBe('KEY_INVALID');
    expect(
      await codeOf(store.createApiKey({ name: 'x', scopes: [], at: '2026-11-22T01:00:00Z' })),
    ).toBe('KEY_INVALID');
  });
});

function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'ok',
    (e: unknown) => (isTandemError(e) ? e.code : String(e)),
  );
}

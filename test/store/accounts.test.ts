import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAccountError } from '../../src/core/index.js';
import { Store } from '../../src/store/index.js';

const AT = '2026-11-22T01:00:00.000Z';
const LATER = '2026-11-22T02:00:00.000Z';
const HASH = 'scrypt$16$1$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g';

describe('Store: console accounts', () => {
  let dir: string;
  let store: Store;
  const path = () => join(dir, 'tandem.db');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-accounts-'));
    store = await Store.open(path(), { encryptionKey: '' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the first admin once with a setup token, which works only once', async () => {
    expect(await store.hasUsers()).toBe(false);
    const { token, expiresAt } = await store.createSetupToken(AT, 24 * 3_600_000);
    expect(expiresAt).toBe('2026-11-23T01:00:00.000Z');

    const wrong = await store
      .completeSetup(
        'A'.repeat(43),
        { username: 'ada', displayName: 'Ada', passwordHash: HASH },
        AT,
      )
      .catch((e: unknown) => e);
    expect(isAccountError(wrong, 'setup_token_invalid')).toBe(true);

    const admin = await store.completeSetup(
      token,
      { username: 'Ada', displayName: 'Ada L.', passwordHash: HASH },
      AT,
    );
    expect(admin).toEqual({
      id: expect.stringMatching(/^usr_[0-9a-f]{16}$/),
      username: 'ada',
      displayName: 'Ada L.',
      role: 'admin',
      createdAt: AT,
      disabled: false,
    });
    expect(await store.hasUsers()).toBe(true);
    const again = await store
      .completeSetup(token, { username: 'eve', displayName: 'Eve', passwordHash: HASH }, AT)
      .catch((e: unknown) => e);
    expect(isAccountError(again, 'setup_done')).toBe(true);

    // Only the token's sha256 is stored; the event names the admin and never the hash.
    const raw = new Sqlite(path(), { readonly: true });
    try {
      const row = raw.prepare('select token_hash, used_at from setup_tokens').get() as {
        token_hash: string;
        used_at: string;
      };
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(row.used_at).toBe(AT);
    } finally {
      raw.close();
    }
    const events = await store.auditEvents();
    expect(events.map((e) => [e.type, e.actor])).toEqual([['account.setup', 'user:ada']]);
    expect(JSON.stringify(events)).not.toContain(HASH);
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('refuses an expired setup token', async () => {
    const { token } = await store.createSetupToken(AT, 1000);
    const late = await store
      .completeSetup(token, { username: 'ada', displayName: 'Ada', passwordHash: HASH }, LATER)
      .catch((e: unknown) => e);
    expect(isAccountError(late, 'setup_token_invalid')).toBe(true);
    expect(await store.hasUsers()).toBe(false);
  });

  it('keeps usernames unique regardless of case', async () => {
    await store.createUser(
      { username: 'sam', displayName: 'Sam', role: 'clinician', passwordHash: HASH },
      AT,
      'cli',
    );
    const dup = await store
      .createUser(
        { username: 'SAM', displayName: 'Sam 2', role: 'rater', passwordHash: HASH },
        AT,
        'cli',
      )
      .catch((e: unknown) => e);
    expect(isAccountError(dup, 'username_taken')).toBe(true);
    expect((await store.findCredentials(' Sam '))?.passwordHash).toBe(HASH);
  });

  it('never disables or demotes the last active admin; audits role changes and disabling', async () => {
    const a = await store.createUser(
      { username: 'a', displayName: 'A', role: 'admin', passwordHash: HASH },
      AT,
      'cli',
    );
    const refuse = async (changes: { role?: 'clinician'; disabled?: boolean }) =>
      store.updateUser(a.id, changes, LATER, 'user:a').catch((e: unknown) => e);
    expect(isAccountError(await refuse({ disabled: true }), 'last_admin')).toBe(true);
    expect(isAccountError(await refuse({ role: 'clinician' }), 'last_admin')).toBe(true);

    const b = await store.createUser(
      { username: 'b', displayName: 'B', role: 'admin', passwordHash: HASH },
      AT,
      'user:a',
    );
    expect(await store.updateUser(a.id, { role: 'clinician' }, LATER, 'user:b')).toMatchObject({
      role: 'clinician',
    });
    expect(
      isAccountError(
        await store.updateUser(b.id, { disabled: true }, LATER, 'user:b').catch((e: unknown) => e),
        'last_admin',
      ),
    ).toBe(true);

    const events = await store.auditEvents();
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['user.created', 'cli'],
      ['user.created', 'user:a'],
      ['user.role_changed', 'user:b'],
    ]);
    expect(events[2]?.payload).toEqual({
      userId: a.id,
      username: 'a',
      from: 'admin',
      to: 'clinician',
    });
  });

  it('stores sessions by hash; disabling the account or changing its password ends them', async () => {
    const u = await store.createUser(
      { username: 'c', displayName: 'C', role: 'clinician', passwordHash: HASH },
      AT,
      'cli',
    );
    const { sessionId, session } = await store.createSession(u.id, AT, LATER);
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await store.findSession(sessionId)).toEqual({ session, user: u });
    const raw = new Sqlite(path(), { readonly: true });
    try {
      const stored = raw.prepare('select id_hash from sessions').all() as Array<{
        id_hash: string;
      }>;
      expect(stored).toEqual([{ id_hash: createHash('sha256').update(sessionId).digest('hex') }]);
    } finally {
      raw.close();
    }

    await store.updateUser(u.id, { passwordHash: `${HASH}x` }, LATER, 'user:c');
    expect(await store.findSession(sessionId)).toBeUndefined();

    const second = await store.createSession(u.id, LATER, '2026-11-29T02:00:00.000Z');
    await store.updateUser(u.id, { disabled: true }, LATER, 'cli');
    expect(await store.findSession(second.sessionId)).toBeUndefined();
    expect((await store.getUser(u.id))?.disabled).toBe(true);
    const types = (await store.auditEvents()).map((e) => e.type);
    expect(types).toEqual(['user.created', 'user.password_changed', 'user.disabled']);
    expect(JSON.stringify(await store.auditEvents())).not.toContain('scrypt');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, type ApiKeyRecord } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';

describe('tandem keys', () => {
  let dir: string;
  const db = () => join(dir, 'tandem.db');
  const cli = (...args: string[]) => runCli(['--db', db(), 'keys', ...args], { cwd: dir });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-cli-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a key the console scope when asked, and names a bad scope', async () => {
    const created = await cli('create', '--name', 'clinic console', '--scope', 'console');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/clinic console, console\)/);
    const bad = await cli('create', '--name', 'x', '--scope', 'root');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/KEY_INVALID.*--scope.*"root"/);
  });

  it('creates a key, shows its secret once, lists and revokes it', async () => {
    const created = await cli('create', '--name', 'peer support app', '--rate', '90');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const secret = /\b(tdm_[A-Za-z0-9_-]{43})\b/.exec(created.stdout)?.[1] as string;
    expect(secret).toBeDefined();
    expect(created.stdout).toContain('not shown again');
    const id = /Created API key (key_[0-9a-f]{16})/.exec(created.stdout)?.[1] as string;

    const store = await Store.open(db());
    try {
      expect(await store.findApiKeyBySecret(secret)).toMatchObject({
        id,
        ratePerMinute: 90,
        scopes: ['gateway'],
      });
    } finally {
      await store.close();
    }

    const listed = await cli('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('peer support app');
    expect(listed.stdout).toContain(`${secret.slice(0, 10)}…`);
    expect(listed.stdout).not.toContain(secret);
    expect(listed.stdout).toMatch(/90\s+\S+ \S+\s+active/);

    const revoked = await cli('revoke', id);
    expect(revoked.code).toBe(0);
    const json = JSON.parse((await cli('list', '--json')).stdout) as ApiKeyRecord[];
    expect(json).toEqual([expect.objectContaining({ id, revokedAt: expect.any(String) })]);
    const again = await Store.open(db());
    try {
      expect(await again.findApiKeyBySecret(secret)).toBeUndefined();
      expect((await again.auditEvents()).map((e) => [e.type, e.actor])).toEqual([
        ['key.created', 'cli'],
        ['key.revoked', 'cli'],
      ]);
    } finally {
      await again.close();
    }
  });

  it('explains usage errors with exit 2', async () => {
    const unknown = await cli('revoke', 'key_doesnotexist');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('KEY_INVALID');
    expect(unknown.stderr).toContain('tandem keys list');

    const noName = await cli('create');
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain("required option '--name <name>'");

    const badRate = await cli('create', '--name', 'x', '--rate', 'lots');
    expect(badRate.code).toBe(2);
    expect(badRate.stderr).toContain('--rate expects an integer');

    const empty = await cli('list');
    expect(empty.stdout).toContain('No API keys');
  });

  it('keeps one audit chain when several processes create keys at once', async () => {
    await cli('list'); // creates and migrates the database first
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => cli('create', '--name', `app-${i}`, '--json')),
    );
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const secrets = results.map((r) => (JSON.parse(r.stdout) as { secret: string }).secret);
    expect(new Set(secrets).size).toBe(6);
    const verify = await runCli(['--db', db(), 'audit', 'verify', '--json'], { cwd: dir });
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, events: 6 });
  });
});

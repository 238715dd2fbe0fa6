/**
 * `tandem users …` and the account side of `tandem serve` (setup link, `--demo`), run as a user
 * runs them: the built CLI in a child process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleUser } from '../../src/core/index.js';
import { verifyPassword } from '../../src/server/passwords.js';
import { Store } from '../../src/store/index.js';
import { runCli, startCli } from '../helpers/cli.js';

const PASSWORD = 'a long enough password';

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('tandem users', () => {
  let dir: string;
  const db = () => join(dir, 'tandem.db');
  const cli = (args: string[], input?: string) =>
    runCli(['--db', db(), 'users', ...args], {
      cwd: dir,
      ...(input === undefined ? {} : { input }),
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-cli-users-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates accounts with the password from stdin and lists them', async () => {
    const created = await cli(
      ['create', '--username', 'Ada', '--role', 'admin', '--display-name', 'Ada Okafor'],
      `${PASSWORD}\n`,
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created admin account ada \(usr_[0-9a-f]{16}\)/);
    const second = await cli(
      ['create', '--username', 'sam', '--role', 'clinician', '--password-stdin'],
      PASSWORD,
    );
    expect(second.code).toBe(0);

    const store = await Store.open(db());
    try {
      const credentials = await store.findCredentials('ada');
      expect(credentials?.user).toMatchObject({ displayName: 'Ada Okafor', role: 'admin' });
      expect(credentials?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(await verifyPassword(credentials!.passwordHash, PASSWORD)).toBe(true);
      expect((await store.auditEvents()).map((e) => [e.type, e.actor])).toEqual([
        ['user.created', 'cli'],
        ['user.created', 'cli'],
      ]);
    } finally {
      await store.close();
    }

    const listed = await cli(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/ada\s+Ada Okafor\s+admin\s+\S+ \S+\s+active/);
    expect(listed.stdout).not.toContain('scrypt');
  });

  it('disables accounts, but never the last active admin', async () => {
    const store = await Store.open(db());
    try {
      for (const [username, role] of [
        ['ada', 'admin'],
        ['sam', 'clinician'],
      ] as const)
        await store.createUser(
          { username, displayName: username, role, passwordHash: 'scrypt$16$1$1$x$y' },
          new Date().toISOString(),
          'test',
        );
    } finally {
      await store.close();
    }
    const disabled = await cli(['disable', 'sam']);
    expect(disabled.code).toBe(0);
    const json = JSON.parse((await cli(['list', '--json'])).stdout) as ConsoleUser[];
    expect(json.find((u) => u.username === 'sam')).toMatchObject({ disabled: true });

    const lastAdmin = await cli(['disable', 'ada']);
    expect(lastAdmin.code).toBe(2);
    expect(lastAdmin.stderr).toMatch(/last active admin/);
    const missing = await cli(['disable', 'nobody']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('tandem users list');
  });

  it('refuses a short password, an unknown role and a taken username (exit 2)', async () => {
    const short = await cli(['create', '--username', 'a', '--role', 'admin'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least|12/);
    const role = await cli(['create', '--username', 'a', '--role', 'root'], `${PASSWORD}\n`);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/--role.*"root"/);
    expect((await cli(['create', '--username', 'a', '--role', 'rater'], PASSWORD)).code).toBe(0);
    const taken = await cli(['create', '--username', 'A', '--role', 'rater'], PASSWORD);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/taken/);
  });
});

describe('tandem serve: accounts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-serve-accounts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts serve, waits until it listens, stops it; returns everything it wrote on stderr. */
  async function startAndStop(args: string[] = []): Promise<string> {
    let stderr = '';
    const run = startCli(['serve', '--port', '0', ...args], { cwd: dir });
    run.child.stderr?.on('data', (d: string) => (stderr += d));
    await waitFor(() => (/listening on http/.test(stderr) ? true : undefined));
    run.child.kill('SIGTERM');
    const result = await run.done;
    // The signal and the last lines say why when the process did not stop cleanly.
    expect(result.code, `signal ${result.signal}; stderr ends: ${stderr.slice(-600)}`).toBe(0);
    return result.stderr;
  }

  it('prints a one-time setup link on first start that creates the admin; not once one exists', async () => {
    let stderr = '';
    const run = startCli(['serve', '--port', '0'], { cwd: dir });
    run.child.stderr?.on('data', (d: string) => (stderr += d));
    const [link, url, token] = await waitFor(() => {
      const m =
        /first start: open ((http:\/\/\S+)\/setup#token=([A-Za-z0-9_-]{43})) within 24 h to create the admin account/.exec(
          stderr,
        );
      return m ? [m[1], m[2], m[3]] : undefined;
    });
    expect(link).toContain('#token=');
    const setup = await fetch(`${url}/api/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, username: 'ada', displayName: 'Ada', password: PASSWORD }),
    });
    expect(setup.status).toBe(201);
    expect(setup.headers.get('set-cookie')).toMatch(/^tandem_session=.*HttpOnly/);
    run.child.kill('SIGTERM');
    const first = await run.done;
    expect(first.code).toBe(0);
    // The token is never written to the JSON log on stdout.
    expect(first.stdout).not.toContain(token);

    const again = await startAndStop();
    expect(again).toContain('listening on');
    expect(again).not.toContain('first start');
    expect(again).not.toContain('setup#token');
  });

  it('--demo seeds marked demo accounts with a printed password, once', async () => {
    const first = await startAndStop(['--demo']);
    expect(first).toContain('DEMO ACCOUNTS — not for real use');
    expect(first).not.toContain('first start');
    const password = /password for all of them: (\S+)/.exec(first)?.[1] as string;
    expect(password.length).toBeGreaterThanOrEqual(12);
    for (const name of ['demo-admin', 'demo-clinician', 'demo-rater', 'demo-auditor'])
      expect(first).toContain(name);

    await startAndStop(['--demo']);
    const store = await Store.open(join(dir, '.tandem', 'tandem.db'));
    try {
      const users = await store.listUsers();
      expect(users.map((u) => [u.username, u.role]).sort()).toEqual([
        ['demo-admin', 'admin'],
        ['demo-auditor', 'auditor'],
        ['demo-clinician', 'clinician'],
        ['demo-rater', 'rater'],
      ]);
      const credentials = await store.findCredentials('demo-rater');
      expect(await verifyPassword(credentials!.passwordHash, password)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('--demo refuses a network address', async () => {
    const result = await runCli(['serve', '--demo', '--host', '0.0.0.0', '--port', '0'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/CONFIG_INVALID.*--demo.*loopback/);
  });
});

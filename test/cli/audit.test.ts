import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, type AuditVerification, type TurnRecord } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';

const turn = (conversationId: string, n: number, escalate: boolean): TurnRecord => ({
  conversationId,
  area: 'individual',
  locale: 'en-GB',
  at: new Date(Date.UTC(2026, 10, 22, 1, 0, n)).toISOString(),
  riskState: { n },
  messages: [
    { role: 'user', content: 'cant sleep again, everything feels pointless' },
    { role: 'assistant', content: 'That sounds really heavy.', action: 'guide' },
  ],
  summary: {
    action: 'guide',
    level: escalate ? 'high' : 'low',
    cssrs: escalate ? 2 : 0,
    categories: ['suicide'],
    failedChecks: [],
  },
  ...(escalate
    ? {
        escalation: {
          level: 'high' as const,
          categories: ['suicide' as const],
          reasons: ['policy rule suicide/high'],
          slaDueAt: new Date(Date.UTC(2026, 10, 22, 1, 15, n)).toISOString(),
        },
      }
    : {}),
  audit: [
    { actor: 'guard', type: 'triage', payload: { level: escalate ? 'high' : 'low' } },
    { actor: 'guard', type: 'action', payload: { action: 'guide' } },
  ],
});

describe('tandem audit', () => {
  let dir: string;
  const db = () => join(dir, 'tandem.db');
  const cli = (...args: string[]) => runCli(['--db', db(), 'audit', ...args], { cwd: dir });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-cli-audit-'));
    // Written with an encryption key: verifying the audit log never needs it.
    const store = await Store.open(db(), { encryptionKey: randomBytes(32).toString('base64') });
    await store.recordTurn(turn('c-1', 0, false));
    await store.recordTurn(turn('c-2', 1, true));
    await store.recordTurn(turn('c-1', 2, true));
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function tamper(statement: string) {
    const raw = new Sqlite(db());
    raw.prepare(statement).run();
    raw.close();
  }

  it('verifies an intact chain with exit 0', async () => {
    const text = await cli('verify');
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Audit chain OK: 8 events, head seq 8 [0-9a-f]{64}\n$/);

    const json = await cli('verify', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, events: 8, problems: [] });
  });

  it('exits 1 and names the problem when the database file was edited', async () => {
    tamper(`update audit_events set payload = '{"level":"none"}' where seq = 2`);
    const altered = await cli('verify');
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain('Audit chain BROKEN: 1 problem(s) in 8 events');
    expect(altered.stdout).toMatch(
      /seq 2 {2}altered {2}event 2: the payload does not match its hash/,
    );

    tamper('delete from audit_events where seq = 5');
    const json = await cli('verify', '--json');
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as AuditVerification;
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.seq, p.kind])).toEqual([
      [2, 'altered'],
      [5, 'removed'],
    ]);
  });

  it('detects events swapped in place and events removed from the end', async () => {
    tamper('update audit_events set seq = -1 where seq = 3');
    tamper('update audit_events set seq = 3 where seq = 4');
    tamper('update audit_events set seq = 4 where seq = -1');
    tamper('delete from audit_events where seq = 8');
    const result = await cli('verify');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/seq 3 {2}reordered/);
    expect(result.stdout).toMatch(/seq 4 {2}reordered/);
    expect(result.stdout).toMatch(/seq 8 {2}removed/);
  });

  it('lists events without message text, filtered by conversation', async () => {
    const all = await cli('list');
    expect(all.code).toBe(0);
    expect(all.stdout.split('\n')[0]).toMatch(/^seq\s+at\s+actor\s+type\s+conversation\s+payload$/);
    expect(all.stdout).toContain('escalation.created');
    expect(all.stdout).not.toContain('pointless');

    const c1 = await cli('list', '--conversation', 'c-1', '--json');
    const events = JSON.parse(c1.stdout) as Array<{ seq: number; conversationId: string }>;
    expect(events.map((e) => e.seq)).toEqual([1, 2, 6, 7, 8]);
    expect(events.every((e) => e.conversationId === 'c-1')).toBe(true);

    const newest = JSON.parse((await cli('list', '--limit', '2', '--json')).stdout) as Array<{
      seq: number;
    }>;
    expect(newest.map((e) => e.seq)).toEqual([7, 8]);
    const after = JSON.parse(
      (await cli('list', '--after', '6', '--limit', '1', '--json')).stdout,
    ) as Array<{ seq: number }>;
    expect(after.map((e) => e.seq)).toEqual([7]);

    const bad = await cli('list', '--limit', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit expects an integer');
  });
});

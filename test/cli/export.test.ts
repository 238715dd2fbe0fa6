/** `tandem export preferences` through the built CLI, on drafts decided in a real store. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Guard } from '../../src/guard/index.js';
import { loadPolicy } from '../../src/guard/policy.js';
import { Store } from '../../src/store/index.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
const db = () => join(dir, 'tandem.db');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-export-'));
  const store = await Store.open(db(), { encryptionKey: '' });
  const base = loadPolicy();
  const guard = await Guard.create({
    store,
    policy: {
      ...base,
      areas: { ...base.areas, institutional: { ...base.areas.institutional, approval: true } },
    },
    upstreams: { default: 'reference' },
    defaults: { locale: 'en-GB', area: 'institutional' },
  });
  for (const [id, text] of [
    ['c-edit', 'my exams start monday and i keep freezing up'],
    ['c-same', 'had a fight with my flatmate, feeling rubbish'],
    ['c-own', 'i miss my grandad so much since the funeral'],
  ] as const) {
    await guard.respond({ conversationId: id, messages: [{ role: 'user', content: text }] });
  }
  const drafts = await store.listDrafts({ status: 'pending' });
  const of = (id: string) => drafts.find((d) => d.conversationId === id)!.id;
  await store.decideDraft(
    of('c-edit'),
    { approve: true, by: 'jo', text: 'Freezing up before exams is common. What subject is first?' },
    '2026-11-22T10:00:00.000Z',
  );
  await store.decideDraft(of('c-same'), { approve: true, by: 'jo' }, '2026-11-22T10:01:00.000Z');
  await store.decideDraft(
    of('c-own'),
    { approve: false, by: 'sam', text: 'I am so sorry about your grandad. What was he like?' },
    '2026-11-22T10:02:00.000Z',
  );
  await store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('tandem export preferences', () => {
  it('writes a pair for each edited or replaced draft, never for one sent as written', async () => {
    const result = await runCli(['--db', db(), 'export', 'preferences'], { cwd: dir });
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.conversation_id, l.kind])).toEqual([
      ['c-edit', 'edited'],
      ['c-own', 'replaced'],
    ]);
    expect(lines[0]).toMatchObject({
      prompt: [{ role: 'user', content: 'my exams start monday and i keep freezing up' }],
      chosen: 'Freezing up before exams is common. What subject is first?',
      decided_by: 'jo',
    });
    expect(lines[0].rejected).not.toBe(lines[0].chosen);
    expect(result.stderr).toMatch(/2 preference pair\(s\).*health data/);
  });

  it('writes a file only its owner can read', async () => {
    const out = join(dir, 'pairs.jsonl');
    const result = await runCli(['--db', db(), 'export', 'preferences', '--out', out], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJsonl } from '../helpers/cli.js';

function triageJsonl(input: string, cwd: string) {
  return runJsonl(['triage', '--jsonl'], input, { cwd });
}

describe('tandem triage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-triage-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--jsonl answers one line per input line, in order, and keeps going past bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'had a nice walk with my dog today' }),
      'this is not json',
      JSON.stringify({ id: 'b', messages: [{ role: 'user', content: 'ok' }] }),
      '',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', messages: [{ role: 'robot', content: 'x' }] }),
      JSON.stringify({ id: 7, text: 'hi' }),
    ].join('\n');
    const { code, lines } = await triageJsonl(input, dir);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 'd', 7]);
    for (const i of [0, 2, 5]) {
      expect(Object.keys(lines[i] ?? {}).sort()).toEqual([
        'categories',
        'confidence',
        'cssrs',
        'id',
        'level',
        'signals',
      ]);
    }
    expect(lines[1]?.error).toMatch(/line 2/);
    expect(lines[3]?.error).toMatch(/line 5.*expected/);
    expect(lines[4]?.error).toMatch(/line 6/);
    expect(lines[0]?.level).toBe('none');
  });

  it('--jsonl flags a crisis with spans that point into the text', async () => {
    const text = 'i cant do this anymore. im going to kill myself tonight';
    const { lines } = await triageJsonl(`${JSON.stringify({ id: 'x', text })}\n`, dir);
    const line = lines[0] as {
      level: string;
      cssrs: number;
      categories: string[];
      signals: Array<{ span: { start: number; end: number; text: string }; scopedOut?: string }>;
    };
    expect(['high', 'imminent']).toContain(line.level);
    expect(line.cssrs).toBeGreaterThanOrEqual(4);
    expect(line.categories).toContain('suicide');
    for (const s of line.signals) expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
  });

  it('prints a readable verdict for a person, with the spans marked', async () => {
    const result = await runCli(['triage', 'honestly', 'i', 'want', 'to', 'kill', 'myself'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/level\s+(moderate|high|imminent)/);
    expect(result.stdout).toMatch(/categories\s+.*suicide/);
    expect(result.stdout).toContain('[[');
    const empty = await runCli(['triage'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/INPUT_INVALID/);
  });
});

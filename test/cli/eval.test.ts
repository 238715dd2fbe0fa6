import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SMALL_SUITE = join(ROOT, 'test', 'fixtures', 'suites', 'valid-small.yaml');

describe('tandem eval (through the built CLI)', () => {
  let dir: string;
  let runId: string;
  let evalOutput: { code: number | null; stdout: string; stderr: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-cli-'));
    evalOutput = await runCli(['eval', '--suite', SMALL_SUITE, '--no-progress'], { cwd: dir });
    runId = /HAAS-e summary for (run-[\w-]+)/.exec(evalOutput.stdout)?.[1] ?? '';
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the suite on embedded defaults and prints the summary and report paths', () => {
    expect(evalOutput.stderr).not.toMatch(/unexpected error/);
    expect(evalOutput.code).toBe(0);
    expect(runId).toMatch(/^run-\d{8}-\d{6}-[0-9a-f]{6}$/);
    for (const metric of ['CES', 'CSI', 'PAS', 'ASA'])
      expect(evalOutput.stdout).toMatch(
        new RegExp(`builtin\\s+${metric}\\s+[\\d.]+ \\[[\\d.]+, [\\d.]+\\]`),
      );
    // The fixture's TRS items are all harms: with no positive item there is no score, shown as n/a.
    expect(evalOutput.stdout).toMatch(/builtin\s+TRS\s+n\/a/);
    const html = /HTML\s+(\S+)/.exec(evalOutput.stdout)?.[1] ?? '';
    expect(html).toBe(join(dir, '.tandem', 'reports', runId, 'report.html'));
    expect(readFileSync(html, 'utf8')).toContain('<svg');
    expect(existsSync(join(dir, '.tandem', 'tandem.db'))).toBe(true);
  });

  it('stores one response per scenario and one builtin judgment per rubric item', async () => {
    const store = await Store.open(join(dir, '.tandem', 'tandem.db'));
    try {
      const scenarios = await store.runScenarios(runId);
      expect(await store.responses(runId)).toHaveLength(scenarios.length);
      const items = scenarios.reduce((n, s) => n + s.rubric.length, 0);
      const judgments = await store.judgments(runId);
      expect(judgments).toHaveLength(items);
      // Items without a builtin check are kept, undecided, with the reason.
      expect(
        judgments.filter((j) => j.met === null).every((j) => (j.abstainReason ?? '').length > 0),
      ).toBe(true);
      expect((await store.getRun(runId))?.status).toBe('completed');
    } finally {
      await store.close();
    }
  });

  it('lists, shows and reports the run; a unique prefix is enough', async () => {
    const list = await runCli(['runs', 'list'], { cwd: dir });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(runId);
    expect(list.stdout).toMatch(/completed/);
    const show = await runCli(['runs', 'show', runId.slice(0, 20)], { cwd: dir });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('fixture-small');
    const out = join(dir, 'custom-reports');
    const report = await runCli(['report', runId, '--out', out], { cwd: dir });
    expect(report.code).toBe(0);
    for (const file of ['report.html', 'report.json', 'scores.csv', 'judgments.csv', 'junit.xml'])
      expect(existsSync(join(out, file))).toBe(true);
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(json.run.id).toBe(runId);
  });

  it('exits 1 when a --fail-under gate fails and 0 when it passes', async () => {
    const failing = await runCli(
      ['eval', '--suite', SMALL_SUITE, '--no-progress', '--fail-under', 'ASA=100.0,CES=100'],
      { cwd: dir },
    );
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/FAIL/);
    const passing = await runCli(
      ['eval', '--suite', SMALL_SUITE, '--no-progress', '--fail-under', 'builtin:ASA=0'],
      { cwd: dir },
    );
    expect(passing.code).toBe(0);
  });

  it('compares two runs with a paired difference', async () => {
    const second = await runCli(['eval', '--suite', SMALL_SUITE, '--no-progress', '--seed', '7'], {
      cwd: dir,
    });
    const other = /HAAS-e summary for (run-[\w-]+)/.exec(second.stdout)?.[1] ?? '';
    const compare = await runCli(['runs', 'compare', runId, other, '--json'], { cwd: dir });
    expect(compare.code).toBe(0);
    const parsed = JSON.parse(compare.stdout) as {
      rows: Array<{ metric: string; difference: { n: number } }>;
    };
    expect(parsed.rows.map((r) => r.metric)).toEqual(['CES', 'CSI', 'PAS', 'ASA']);
    // Only scenarios scored in both runs pair up; some fixture metrics have no builtin-judgeable positive item.
    expect(parsed.rows.every((r) => r.difference.n >= 2 && r.difference.n <= 3)).toBe(true);
  });

  it('imports human ratings as human:<rater> and human:majority judges, all or nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      `run_id,scenario_id,item_id,rater_id,met\n${runId},exam-stress,warmth,ana,yes\n${runId},exam-stress,no-such-item,ana,no\n`,
    );
    const rejected = await runCli(['ratings', 'import', bad], { cwd: dir });
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toMatch(/no-such-item/);

    const good = join(dir, 'ratings.csv');
    writeFileSync(
      good,
      [
        'run_id,scenario_id,item_id,rater_id,met,note',
        `${runId},exam-stress,warmth,ana,yes,"warm, specific"`,
        `${runId},exam-stress,warmth,ben,no,`,
        `${runId},exam-stress,warmth,cleo,yes,`,
      ].join('\n'),
    );
    const imported = await runCli(['ratings', 'import', good], { cwd: dir });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/3 ratings on 1 scenarios from 3 rater\(s\)/);
    const store = await Store.open(join(dir, '.tandem', 'tandem.db'));
    try {
      const judgments = await store.judgments(runId);
      expect(
        judgments.find((j) => j.judge === 'human:majority' && j.itemId === 'warmth')?.met,
      ).toBe(true);
      expect(judgments.find((j) => j.judge === 'human:ben' && j.itemId === 'warmth')?.met).toBe(
        false,
      );
      expect((await store.getRun(runId))?.judges).toEqual(
        expect.arrayContaining(['builtin', 'human:ana', 'human:majority']),
      );
    } finally {
      await store.close();
    }
  });

  it('rejects a bad suite with file, line and field, and writes no run', async () => {
    const bad = join(ROOT, 'test', 'fixtures', 'suites', 'invalid-wrong-type.yaml');
    const result = await runCli(['eval', '--suite', bad, '--db', join(dir, 'bad.db')], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SUITE_INVALID/);
    expect(result.stderr).toMatch(/invalid-wrong-type\.yaml:\d+:\d+: scenarios\[\d+\]/);
    const store = await Store.open(join(dir, 'bad.db'));
    try {
      expect(await store.listRuns()).toHaveLength(0);
    } finally {
      await store.close();
    }
  });

  it('validates suites from the command line', async () => {
    const ok = await runCli(['suite', 'validate', SMALL_SUITE], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/is valid/);
    const bad = await runCli(
      ['suite', 'validate', join(ROOT, 'test', 'fixtures', 'suites', 'invalid-unknown-check.yaml')],
      { cwd: dir },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid-unknown-check\.yaml:\d+:\d+:/);
  });

  it('explains usage errors and unknown runs', async () => {
    expect((await runCli(['eval', '--concurrency', '0'], { cwd: dir })).stderr).toMatch(
      /--concurrency expects an integer/,
    );
    const unknown = await runCli(['runs', 'show', 'run-nope'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/RUN_NOT_FOUND/);
    const target = await runCli(['eval', '--suite', SMALL_SUITE, '--target', 'gpt4'], { cwd: dir });
    expect(target.code).toBe(2);
    expect(target.stderr).toMatch(/PROVIDER_UNKNOWN/);
  });
});

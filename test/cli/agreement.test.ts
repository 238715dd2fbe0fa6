import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohenKappa } from '../../src/eval/agreement/index.js';
import { Store } from '../../src/store/index.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SMALL_SUITE = join(ROOT, 'test', 'fixtures', 'suites', 'valid-small.yaml');
const RATERS = ['ana', 'ben', 'cleo'];

describe('tandem agreement (through the built CLI)', () => {
  let dir: string;
  let runId: string;
  /** builtin's decided items, `scenario item` → met, read back from the store. */
  let builtin: Map<string, boolean>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-agreement-'));
    const evalOutput = await runCli(['eval', '--suite', SMALL_SUITE, '--no-progress'], {
      cwd: dir,
    });
    runId = /HAAS-e summary for (run-[\w-]+)/.exec(evalOutput.stdout)?.[1] ?? '';
    const store = await Store.open(join(dir, '.tandem', 'tandem.db'));
    try {
      builtin = new Map(
        (await store.judgments(runId))
          .filter((j) => j.judge === 'builtin' && j.met !== null)
          .map((j) => [`${j.scenarioId} ${j.itemId}`, j.met as boolean]),
      );
    } finally {
      await store.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says how to get human ratings when a run has none', async () => {
    const result = await runCli(['agreement', '--run', runId], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has no human ratings to compare with \(judges: builtin\)/);
    expect(result.stderr).toMatch(/tandem ratings import/);
  });

  it('compares builtin with the human majority and the raters with each other', async () => {
    // Each rater flips builtin's decision on a different quarter of the items.
    const lines = ['run_id,scenario_id,item_id,rater_id,met'];
    [...builtin].forEach(([key, met], i) => {
      const [scenario, item] = key.split(' ');
      RATERS.forEach((rater, r) => {
        const flipped = (i + r) % 4 === 0 ? !met : met;
        lines.push(`${runId},${scenario},${item},${rater},${flipped ? 'yes' : 'no'}`);
      });
    });
    const file = join(dir, 'ratings.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect((await runCli(['ratings', 'import', file], { cwd: dir })).code).toBe(0);

    const json = await runCli(['agreement', '--run', runId, '--json'], { cwd: dir });
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as {
      run: string;
      resamples: number;
      items: Array<{
        judges: string[];
        metric: string;
        n: number;
        cohenKappa: { value: number | null; low: number | null; high: number | null };
      }>;
      raterItems: Array<{
        metric: string;
        raters: string[];
        fleissKappa: { value: number | null };
      }>;
    };
    expect(result.run).toBe(runId);
    expect(result.resamples).toBe(2000);
    const all = result.items.find((r) => r.metric === 'all');
    expect(all?.judges).toEqual(['builtin', 'human:majority']);
    expect(all?.n).toBe(builtin.size);
    // With three raters and one flip per item at most, the majority always equals builtin.
    expect(all?.cohenKappa.value).toBeCloseTo(1, 12);
    expect(result.raterItems[0]?.raters).toEqual(RATERS.map((r) => `human:${r}`));
    expect(result.raterItems.find((r) => r.metric === 'all')?.fleissKappa.value).toBeLessThan(1);

    const text = await runCli(['agreement', '--run', runId.slice(0, 20)], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Agreement for ${runId} — bootstrap 95% CIs, 2000 resamples`);
    expect(text.stdout).toMatch(/builtin\s+human:majority\s+all\s+\d+\s+100\.0%/);
    expect(text.stdout).toContain('Among human raters (human:ana, human:ben, human:cleo)');
  });

  it('compares named judges pairwise and rejects unknown ones', async () => {
    const result = await runCli(
      [
        'agreement',
        '--run',
        runId,
        '--judges',
        'builtin,human:ana',
        '--json',
        '--resamples',
        '200',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      items: Array<{ judges: string[]; metric: string; cohenKappa: { value: number } }>;
    };
    const all = parsed.items.find((r) => r.metric === 'all');
    expect(all?.judges).toEqual(['builtin', 'human:ana']);
    const ana: boolean[] = [];
    const own: boolean[] = [];
    [...builtin].forEach(([, met], i) => {
      own.push(met);
      ana.push(i % 4 === 0 ? !met : met);
    });
    expect(all?.cohenKappa.value).toBeCloseTo(cohenKappa(own, ana), 12);

    const unknown = await runCli(['agreement', '--run', runId, '--judges', 'llm:nope'], {
      cwd: dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /--judges: run \S+ has no judge llm:nope; its judges are builtin, human:ana/,
    );
  });

  it("shows each judge's agreement with humans in the run's reports", async () => {
    const out = join(dir, 'reports');
    const result = await runCli(['report', runId, '--out', out], { cwd: dir });
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="agreement"');
    expect(html).toContain('Agreement with human:majority');
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      agreement?: { reference: string; items: unknown[] };
    };
    expect(json.agreement?.reference).toBe('human:majority');
    expect(json.agreement?.items.length).toBeGreaterThan(0);
  });

  it('computes reliability of generic {unit, rater, value} files', async () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": α interval = 0.849.
    const observers: Record<string, Array<number | null>> = {
      A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    };
    const rows = Object.entries(observers).flatMap(([rater, values]) =>
      values.flatMap((value, u) =>
        value === null ? [] : [JSON.stringify({ unit: `u${u + 1}`, rater, value })],
      ),
    );
    const file = join(dir, 'reliability.jsonl');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const text = await runCli(['agreement', '--file', file, '--kind', 'interval'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/12 units, 4 raters \(A, B, C, D\), interval data/);
    expect(text.stdout).toMatch(/Krippendorff's α \(interval\)\s+11\s+0\.849 \[/);
    expect(text.stdout).toMatch(/ICC\(2,1\)\s+8\s+0\.\d{3} \[/);

    const json = await runCli(['agreement', '--file', file, '--kind', 'nominal', '--json'], {
      cwd: dir,
    });
    const parsed = JSON.parse(json.stdout) as {
      statistics: Array<{ statistic: string; value: number }>;
    };
    expect(parsed.statistics.find((s) => s.statistic === 'alpha_nominal')?.value).toBeCloseTo(
      0.743,
      3,
    );
  });

  it('rejects a bad file naming the file, line and field, and bad flag combinations', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'unit,rater,value\nu1,A,3\nu1,B,three\n');
    const result = await runCli(['agreement', '--file', bad, '--kind', 'interval'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${bad} line 3, field value: interval data needs a number, got "three"`,
    );
    expect((await runCli(['agreement', '--file', bad], { cwd: dir })).stderr).toMatch(/--kind/);
    expect((await runCli(['agreement'], { cwd: dir })).stderr).toMatch(
      /either --run <id> or --file/,
    );
  });
});

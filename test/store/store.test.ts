import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Judgment,
  MetricScore,
  Run,
  Scenario,
  ScenarioResponse,
} from '../../src/core/index.js';
import { migrationProvider } from '../../src/store/migrations.js';
import { resolveDatabaseLocation, Store } from '../../src/store/index.js';

const scenario = (id: string): Scenario => ({
  id,
  area: 'individual',
  condition: 'anxiety',
  risk: 'low',
  culture: 'british',
  locale: 'en-GB',
  turns: ['I keep panicking before work and I do not know why'],
  rubric: [
    {
      id: 'ces-reflect',
      metric: 'CES',
      text: 'Reflects the worry',
      points: 5,
      check: 'interpretation',
    },
    { id: 'asa-step', metric: 'ASA', text: 'Offers a step', points: 3, check: 'coping_step' },
  ],
});

const run = (id: string): Run => ({
  id,
  suiteId: 'test',
  suiteVersion: '1',
  suiteHash: 'abc',
  target: 'reference',
  judges: ['builtin'],
  seed: 1,
  status: 'running',
  startedAt: new Date('2026-01-01T00:00:00Z').toISOString(),
  params: { concurrency: 2 },
});

const response = (runId: string, scenarioId: string, error?: string): ScenarioResponse => ({
  runId,
  scenarioId,
  transcript: [
    { role: 'user', content: 'hi' },
    { role: 'assistant', content: 'hello' },
  ],
  replies: ['hello'],
  model: 'reference',
  latencyMs: 1,
  inputTokens: 3,
  outputTokens: 4,
  cached: false,
  ...(error ? { error } : {}),
});

const judgment = (
  runId: string,
  scenarioId: string,
  itemId: string,
  met: boolean | null,
): Judgment => ({
  runId,
  scenarioId,
  itemId,
  judge: 'builtin',
  judgeVersion: 'builtin@1',
  met,
  evidence: met ? [{ turn: 0, span: { start: 0, end: 5, text: 'hello' }, note: 'greeting' }] : [],
  ...(met === null ? { abstainReason: 'no check' } : {}),
});

const score = (runId: string, scenarioId: string, value: number | null): MetricScore => ({
  runId,
  scenarioId,
  judge: 'builtin',
  metric: 'CES',
  value,
  earned: 5,
  possible: 5,
  coverage: 1,
  criticalHarm: false,
});

describe('Store', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-store-'));
    store = await Store.open(join(dir, 'nested', 'tandem.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the database and its folder, and applies migrations once', async () => {
    await store.close();
    store = await Store.open(join(dir, 'nested', 'tandem.db'));
    const migrations = await store.db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    expect(migrations).toHaveLength(Object.keys(await migrationProvider.getMigrations()).length);
  });

  it('round-trips a run, its scenario snapshot, responses, judgments and scores', async () => {
    await store.createRun(run('r1'), [scenario('a'), scenario('b')]);
    await store.saveScenarioResults([
      {
        response: response('r1', 'a'),
        judgments: [
          judgment('r1', 'a', 'ces-reflect', true),
          judgment('r1', 'a', 'asa-step', null),
        ],
        scores: [score('r1', 'a', 100)],
      },
    ]);
    expect((await store.getRun('r1'))?.params).toEqual({ concurrency: 2 });
    expect((await store.runScenarios('r1')).map((s) => s.id)).toEqual(['a', 'b']);
    const [j1, j2] = (await store.judgments('r1')).sort((x, y) => x.itemId.localeCompare(y.itemId));
    expect(j2?.met).toBe(true);
    expect(j2?.evidence[0]?.span?.text).toBe('hello');
    expect(j1?.met).toBeNull();
    expect(j1?.abstainReason).toBe('no check');
    expect((await store.scores('r1'))[0]?.value).toBe(100);
    expect(await store.listRuns()).toMatchObject([{ id: 'r1', scenarios: 2, responded: 1 }]);
  });

  it('counts a scenario complete only with an error-free response and every judgment of every judge', async () => {
    await store.createRun(run('r1'), [scenario('a'), scenario('b'), scenario('c')]);
    await store.saveScenarioResults([
      {
        response: response('r1', 'a'),
        judgments: [
          judgment('r1', 'a', 'ces-reflect', true),
          judgment('r1', 'a', 'asa-step', false),
        ],
        scores: [],
      },
      {
        response: response('r1', 'b'),
        judgments: [judgment('r1', 'b', 'ces-reflect', true)],
        scores: [],
      },
      { response: response('r1', 'c', 'PROVIDER_HTTP: 500'), judgments: [], scores: [] },
    ]);
    const counts = new Map([
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ]);
    expect([...(await store.completedScenarioIds('r1', ['builtin'], counts))]).toEqual(['a']);
    expect([...(await store.completedScenarioIds('r1', ['builtin', 'llm:x'], counts))]).toEqual([]);
  });

  it('re-saving a scenario replaces its results instead of duplicating them', async () => {
    await store.createRun(run('r1'), [scenario('a')]);
    const results = {
      response: response('r1', 'a'),
      judgments: [judgment('r1', 'a', 'ces-reflect', true)],
      scores: [score('r1', 'a', 80)],
    };
    await store.saveScenarioResults([results]);
    await store.saveScenarioResults([{ ...results, scores: [score('r1', 'a', 60)] }]);
    expect(await store.judgments('r1')).toHaveLength(1);
    expect((await store.scores('r1')).map((s) => s.value)).toEqual([60]);
    expect(await store.responses('r1')).toHaveLength(1);
  });

  it('rolls back a whole batch when one write fails', async () => {
    await store.createRun(run('r1'), [scenario('a')]);
    await expect(
      store.saveScenarioResults([
        { response: response('r1', 'a'), judgments: [], scores: [] },
        // A scenario outside the run violates the foreign key.
        { response: response('r1', 'zzz'), judgments: [], scores: [] },
      ]),
    ).rejects.toThrow();
    expect(await store.responses('r1')).toHaveLength(0);
  });

  it('finds runs by unique prefix and explains unknown or ambiguous ids', async () => {
    await store.createRun(run('run-abc'), [scenario('a')]);
    await store.createRun(run('run-abd'), [scenario('a')]);
    expect((await store.requireRun('run-abc')).id).toBe('run-abc');
    await expect(store.requireRun('run-ab')).rejects.toMatchObject({
      code: 'RUN_NOT_FOUND',
      message: expect.stringContaining('ambiguous'),
    });
    await expect(store.requireRun('nope')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });

  it('stores human ratings, replacing a rater’s earlier rating of the same item', async () => {
    await store.createRun(run('r1'), [scenario('a')]);
    const rating = {
      runId: 'r1',
      scenarioId: 'a',
      itemId: 'ces-reflect',
      raterId: 'ana',
      met: true,
      ratedAt: '2026-01-01T00:00:00Z',
    };
    await store.saveRatings([rating]);
    await store.saveRatings([{ ...rating, met: false, note: 'changed my mind' }]);
    expect(await store.ratings('r1')).toMatchObject([
      { raterId: 'ana', met: false, note: 'changed my mind' },
    ]);
  });
});

describe('resolveDatabaseLocation', () => {
  it('prefers the flag, then TANDEM_DATABASE_URL, then .tandem/tandem.db', () => {
    expect(resolveDatabaseLocation('x.db', { TANDEM_DATABASE_URL: 'y.db' }).target).toMatch(
      /x\.db$/,
    );
    expect(
      resolveDatabaseLocation(undefined, { TANDEM_DATABASE_URL: 'sqlite:y.db' }).target,
    ).toMatch(/y\.db$/);
    expect(resolveDatabaseLocation(undefined, {}).target).toMatch(/\.tandem\/tandem\.db$/);
    expect(resolveDatabaseLocation('postgres://u@localhost/db', {}).kind).toBe('postgres');
  });

  it('refuses PostgreSQL with a clear error until its dialect lands', async () => {
    await expect(Store.open('postgres://u@127.0.0.1:1/db')).rejects.toMatchObject({
      code: 'STORE_ERROR',
    });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suiteYaml, syntheticSuite } from '../../bench/synthetic-suite.js';
import type { Suite } from '../../src/core/index.js';
import { Store } from '../../src/store/index.js';
import { runCli, startCli } from '../helpers/cli.js';
import { startFakeOpenAI, type FakeLlmServer } from '../helpers/fake-llm-servers.js';

/**
 * A run killed mid-way (a crash: SIGKILL; or Ctrl-C: SIGINT) resumes without losing or repeating
 * work: scenarios stored before the stop are neither regenerated nor duplicated.
 */
describe('tandem eval --resume after a stop mid-run', () => {
  let dir: string;
  let server: FakeLlmServer;
  let suite: Suite;
  let suitePath: string;
  const db = () => join(dir, 'tandem.db');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-resume-'));
    server = await startFakeOpenAI({ defaultDelayMs: 25 });
    suite = syntheticSuite(60, 3);
    suitePath = join(dir, 'suite.yaml');
    writeFileSync(suitePath, suiteYaml(suite));
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const evalArgs = [
    '--db',
    join('.', 'tandem.db'),
    '--no-cache',
    '--no-progress',
    '--concurrency',
    '2',
  ];
  const env = () => ({ OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'test-key' });

  async function storedState(runId: string) {
    const store = await Store.open(db());
    try {
      const responses = await store.responses(runId);
      return { responses, judgments: await store.judgments(runId), run: await store.getRun(runId) };
    } finally {
      await store.close();
    }
  }

  async function waitForStoredResponses(
    runIdOf: () => string | undefined,
    atLeast: number,
  ): Promise<string> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const runId = runIdOf();
      if (runId) {
        const { responses } = await storedState(runId);
        if (responses.length >= atLeast) return runId;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the run stored too few responses in time');
  }

  const turnsOf = (ids: Iterable<string>) => {
    const byId = new Map(suite.scenarios.map((s) => [s.id, s.turns.length]));
    return [...ids].reduce((n, id) => n + (byId.get(id) ?? 0), 0);
  };

  for (const signal of ['SIGKILL', 'SIGINT'] as const) {
    it(`after ${signal}`, async () => {
      const first = startCli(
        ['eval', '--suite', suitePath, '--target', 'openai:fake-model', ...evalArgs],
        { cwd: dir, env: env() },
      );
      let stderr = '';
      first.child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      const runId = await waitForStoredResponses(
        () => /Starting (run-[\w-]+)/.exec(stderr)?.[1],
        8,
      );
      first.child.kill(signal);
      const stopped = await first.done;
      if (signal === 'SIGINT') {
        expect(stopped.code).toBe(130);
        expect(stopped.stderr).toContain(`--resume ${runId}`);
      } else {
        expect(stopped.signal).toBe('SIGKILL');
      }

      const before = await storedState(runId);
      expect(before.responses.length).toBeLessThan(suite.scenarios.length);
      expect(before.run?.status).toBe(signal === 'SIGINT' ? 'interrupted' : 'running');
      const storedBefore = new Set(before.responses.map((r) => r.scenarioId));
      const requestsBefore = server.requests.length;

      const resumed = await runCli(['eval', '--resume', runId, ...evalArgs], {
        cwd: dir,
        env: env(),
      });
      expect(resumed.stderr).toContain(`Resuming ${runId}`);
      expect(resumed.code).toBe(0);

      const after = await storedState(runId);
      expect(after.run?.status).toBe('completed');
      expect(after.responses).toHaveLength(suite.scenarios.length);
      expect(new Set(after.responses.map((r) => r.scenarioId)).size).toBe(suite.scenarios.length);
      const items = suite.scenarios.reduce((n, s) => n + s.rubric.length, 0);
      expect(after.judgments).toHaveLength(items);
      // Stored scenarios kept their original replies and cost no new requests.
      const unchanged = after.responses.filter((r) => storedBefore.has(r.scenarioId));
      expect(unchanged.map((r) => r.replies)).toEqual(before.responses.map((r) => r.replies));
      const pendingIds = suite.scenarios.map((s) => s.id).filter((id) => !storedBefore.has(id));
      expect(server.requests.length - requestsBefore).toBe(turnsOf(pendingIds));
    });
  }

  it('refuses to resume with a different target', async () => {
    const done = await runCli(
      ['eval', '--suite', suitePath, '--target', 'openai:fake-model', ...evalArgs],
      { cwd: dir, env: env() },
    );
    const runId = /Starting (run-[\w-]+)/.exec(done.stderr)?.[1] ?? '';
    const wrong = await runCli(['eval', '--resume', runId, '--target', 'reference', ...evalArgs], {
      cwd: dir,
      env: env(),
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/RUN_MISMATCH/);
  });

  it('records failed scenarios when the upstream keeps failing, and a resume retries only those', async () => {
    const small = syntheticSuite(4, 9);
    writeFileSync(suitePath, suiteYaml(small));
    // A non-retryable 400 for the first turn of each of the 4 scenarios (concurrency 1).
    server.enqueue(
      ...Array.from({ length: 4 }, () => ({
        kind: 'json' as const,
        status: 400,
        body: { error: { message: 'bad request' } },
      })),
    );
    const failed = await runCli(
      [
        'eval',
        '--suite',
        suitePath,
        '--target',
        'openai:fake-model',
        ...evalArgs,
        '--concurrency',
        '1',
      ],
      { cwd: dir, env: env() },
    );
    expect(failed.code).toBe(3);
    expect(failed.stderr).toMatch(/4 scenarios failed/);
    const runId = /Starting (run-[\w-]+)/.exec(failed.stderr)?.[1] ?? '';
    expect(
      (await storedState(runId)).responses.every((r) => r.error?.includes('PROVIDER_HTTP')),
    ).toBe(true);
    const resumed = await runCli(['eval', '--resume', runId, ...evalArgs], {
      cwd: dir,
      env: env(),
    });
    expect(resumed.code).toBe(0);
    const after = await storedState(runId);
    expect(after.responses.every((r) => !r.error)).toBe(true);
  });
});

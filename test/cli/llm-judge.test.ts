import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { openaiReply, startFakeOpenAI, type FakeLlmServer } from '../helpers/fake-llm-servers.js';

const SMALL_SUITE = join(ROOT, 'test', 'fixtures', 'suites', 'valid-small.yaml');

/** A run with two judges keeps each judge's judgments apart; a judge model that cannot answer in the strict format abstains visibly rather than guessing. */
describe('tandem eval with the builtin judge and an LLM judge', () => {
  let dir: string;
  let server: FakeLlmServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-llm-judge-'));
    server = await startFakeOpenAI();
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores both judges apart and marks unparseable LLM verdicts as undecided with the reason', async () => {
    // Every answer is prose, never the JSON the judge demands: each batch is asked twice, then abstains.
    for (let i = 0; i < 100; i++)
      server.enqueue(openaiReply('Sure! The reply looks lovely to me.'));
    const result = await runCli(
      [
        'eval',
        '--suite',
        SMALL_SUITE,
        '--judge',
        'builtin,llm:openai:judge-model',
        '--no-progress',
        '--no-cache',
      ],
      {
        cwd: dir,
        env: { OPENAI_BASE_URL: server.baseUrl },
      },
    );
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/llm:openai:judge-model\s+CES\s+n\/a/);
    const runId = /HAAS-e summary for (run-[\w-]+)/.exec(result.stdout)?.[1] ?? '';
    const store = await Store.open(join(dir, '.tandem', 'tandem.db'));
    try {
      const judgments = await store.judgments(runId);
      const builtin = judgments.filter((j) => j.judge === 'builtin');
      const llm = judgments.filter((j) => j.judge === 'llm:openai:judge-model');
      expect(builtin.length).toBe(llm.length);
      expect(llm.every((j) => j.met === null && /JSON|json/.test(j.abstainReason ?? ''))).toBe(
        true,
      );
      // Each judge call carried the rubric and a fenced response; each batch was re-asked once.
      const prompts = server.requests.map((r) => JSON.stringify(r.body));
      expect(prompts.some((p) => p.includes('<<<RESPONSE-'))).toBe(true);
    } finally {
      await store.close();
    }
  });
});

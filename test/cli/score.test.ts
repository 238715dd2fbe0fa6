import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJsonl } from '../helpers/cli.js';
import { openaiReply, startFakeOpenAI } from '../helpers/fake-llm-servers.js';

function scoreJsonl(
  input: string,
  cwd: string,
  args: string[] = [],
  env: Record<string, string> = {},
) {
  return runJsonl(['score', '--jsonl', ...args], input, { cwd, env });
}

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

describe('tandem score', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-score-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--jsonl answers one line per input, in order, in the DESIGN.md shape, past bad lines', async () => {
    const input = [
      line({
        id: 'warm',
        messages: [{ role: 'user', content: 'exams next week and i feel like im drowning' }],
        response:
          "That sounds overwhelming, like the exams are piling on top of each other. What's weighing on you most?",
      }),
      '{not json\n',
      line({ id: 'no-response', messages: [{ role: 'user', content: 'hi' }] }),
      line({ id: 7, messages: [{ role: 'system', content: 'x' }], response: 'hello' }),
      '\n',
      line({
        id: 'claims',
        messages: [{ role: 'user', content: 'r u even a real person??' }],
        response: "Of course, I'm a real person, a licensed therapist actually.",
      }),
    ].join('');
    const { code, lines } = await scoreJsonl(input, dir);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['warm', null, 'no-response', 7, 'claims']);

    const warm = lines[0]!;
    expect(Object.keys(warm)).toEqual(['id', 'metrics', 'mechanisms', 'violations']);
    expect(Object.keys(warm.metrics as object)).toEqual(['CES', 'CSI', 'PAS', 'ASA', 'TRS']);
    expect(Object.keys(warm.mechanisms as object)).toEqual([
      'emotional_reactions',
      'interpretations',
      'explorations',
    ]);
    for (const level of Object.values(warm.mechanisms as Record<string, number>)) {
      expect([0, 1, 2]).toContain(level);
    }

    expect(lines[1]!.error).toMatch(/^line 2: /);
    expect(lines[2]!.error).toMatch(/line 3: .*response/);
    expect(lines[3]!.error).toMatch(/line 4: .*user message/);

    const claims = lines[4]!;
    expect((claims.metrics as Record<string, number>).TRS).toBe(0);
    const violations = claims.violations as Array<Record<string, unknown>>;
    expect(violations.some((v) => v.check === 'claims_human' && v.span !== undefined)).toBe(true);
  });

  it('--explain adds each rubric decision and the mechanisms’ spans', async () => {
    const { lines } = await scoreJsonl(
      line({
        id: 1,
        messages: [{ role: 'user', content: 'my mum is in hospital and i cant stop shaking' }],
        response: "I'm so sorry your mum is in hospital. How are you holding up tonight?",
        locale: 'en-GB',
      }),
      dir,
      ['--explain'],
    );
    const out = lines[0]!;
    expect(out.locale).toBe('en-GB');
    expect(Array.isArray(out.items)).toBe(true);
    expect(
      (out.items as Array<{ id: string }>).some((i) => i.id === 'ces.emotional_reaction'),
    ).toBe(true);
    expect(out.mechanismEvidence).toBeDefined();
  });

  it('for a person: prints metrics, mechanisms and decisions; explains missing input', async () => {
    const result = await runCli(
      [
        'score',
        '--message',
        'i failed my driving test again',
        '--response',
        "That's so frustrating, especially after all the practice. How are you feeling about it?",
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^CES\s+\d/m);
    expect(result.stdout).toMatch(/emotional_reactions\s+[012]/);
    expect(result.stdout).toMatch(/response-rubric@2/);

    const missing = await runCli(['score', '--message', 'hello'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/INPUT_INVALID: give --message and --response/);
  });

  it('--judge llm:<provider> asks a model on the same rubric and abstains visibly on bad answers', async () => {
    const server = await startFakeOpenAI();
    try {
      // Prose instead of the demanded JSON: each call is re-asked once, then abstains.
      for (let i = 0; i < 40; i++) server.enqueue(openaiReply('Looks like a lovely reply to me!'));
      const { code, lines } = await scoreJsonl(
        line({
          id: 'x',
          messages: [{ role: 'user', content: 'cant stop crying since the breakup' }],
          response: 'That sounds so painful. What has the last week been like?',
        }),
        dir,
        ['--judge', 'llm:openai:judge-model', '--no-cache'],
        { OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'test' },
      );
      expect(code).toBe(0);
      const out = lines[0]!;
      expect(out.error).toBeUndefined();
      expect(out.metrics).toEqual({ CES: null, CSI: null, PAS: null, ASA: null, TRS: null });
      expect(out.mechanisms).toEqual({
        emotional_reactions: null,
        interpretations: null,
        explorations: null,
      });
      // 5 metric calls + 3 mechanism calls, each asked twice.
      expect(server.requests.length).toBe(16);
      expect(server.requests.every((r) => JSON.stringify(r.body).includes('<<<RESPONSE-'))).toBe(
        true,
      );
    } finally {
      await server.close();
    }
  });

  it('refuses a judge that cannot score', async () => {
    const result = await runCli(
      ['score', '--judge', 'llm:reference', '--message', 'hi', '--response', 'hello'],
      { cwd: dir },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/JUDGE_UNKNOWN/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProvider, parseReplayLines, ReplayProvider } from '../../src/providers/index.js';

describe('replay provider', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-replay-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function file(lines: string[]): string {
    const path = join(dir, 'recorded.jsonl');
    writeFileSync(path, lines.join('\n'));
    return path;
  }

  it('replays single-reply lines by scenario and turn, turn defaulting to 0', async () => {
    const path = file([
      '{"scenarioId": "grief-en-01", "text": "I am so sorry about your dad."}',
      '{"scenarioId": "grief-en-01", "turn": 1, "text": "What do you miss most?"}',
      '',
      '{"scenarioId": "stress-es-02", "turn": 0, "text": "Parece mucho a la vez."}',
    ]);
    const replay = createProvider(`replay:${path}`);
    expect(replay.id).toBe(`replay:${path}`);
    expect((await replay.generate([], { scenarioId: 'grief-en-01' })).text).toBe(
      'I am so sorry about your dad.',
    );
    expect((await replay.generate([], { scenarioId: 'grief-en-01', turn: 1 })).text).toBe(
      'What do you miss most?',
    );
    const generation = await replay.generate([], { scenarioId: 'stress-es-02', turn: 0 });
    expect(generation).toMatchObject({
      text: 'Parece mucho a la vez.',
      usage: { inputTokens: 0, outputTokens: 0 },
    });
  });

  it('replays lines that hold all of a scenario’s replies', async () => {
    const path = file(['{"scenarioId": "multi", "replies": ["first", "second", "third"]}']);
    const replay = createProvider(`replay:${path}`);
    expect((await replay.generate([], { scenarioId: 'multi', turn: 2 })).text).toBe('third');
  });

  it('names the scenario and turn when a reply is missing', async () => {
    const path = file(['{"scenarioId": "known", "replies": ["a", "b"]}']);
    const replay = createProvider(`replay:${path}`);
    await expect(replay.generate([], { scenarioId: 'known', turn: 5 })).rejects.toMatchObject({
      code: 'REPLAY_MISSING',
      message: expect.stringMatching(/"known" turn 5.*recorded turns: 0, 1/),
    });
    await expect(replay.generate([], { scenarioId: 'unknown', turn: 0 })).rejects.toMatchObject({
      code: 'REPLAY_MISSING',
      message: expect.stringContaining('"unknown" turn 0'),
    });
    await expect(replay.generate([], {})).rejects.toMatchObject({ code: 'REPLAY_MISSING' });
  });

  it('names the file and line of a bad line', async () => {
    const broken = file(['{"scenarioId": "a", "text": "fine"}', '{"scenarioId": "b", "text": ']);
    await expect(
      createProvider(`replay:${broken}`).generate([], { scenarioId: 'a' }),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringContaining(`${broken}:2: not valid JSON`),
    });
    const wrongShape = file(['', '', '{"scenario": "a", "reply": "x"}']);
    await expect(
      createProvider(`replay:${wrongShape}`).generate([], { scenarioId: 'a' }),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringContaining(`${wrongShape}:3:`),
    });
  });

  it('rejects a turn recorded twice, naming both lines', () => {
    expect(() =>
      parseReplayLines(
        '{"scenarioId": "a", "text": "x"}\n{"scenarioId": "a", "replies": ["y"]}',
        'r.jsonl',
      ),
    ).toThrow(/r\.jsonl:2: scenario "a" turn 0 was already recorded on line 1/);
  });

  it('reports a missing file', async () => {
    await expect(
      createProvider(`replay:${join(dir, 'nope.jsonl')}`).generate([], { scenarioId: 'a' }),
    ).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      message: expect.stringContaining('nope.jsonl'),
    });
  });

  it('round-trips any recorded replies (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 12 }),
          fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        ),
        async (recorded) => {
          const content = Object.entries(recorded)
            .map(([scenarioId, replies]) => JSON.stringify({ scenarioId, replies }))
            .join('\n');
          const replay = new ReplayProvider(parseReplayLines(content, 'mem.jsonl'));
          for (const [scenarioId, replies] of Object.entries(recorded)) {
            for (const [turn, text] of replies.entries()) {
              expect((await replay.generate([], { scenarioId, turn })).text).toBe(text);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

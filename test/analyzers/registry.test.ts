import { describe, expect, it } from 'vitest';
import { CHECKS, CHECK_NAMES, isTandemError } from '../../src/core/index.js';
import { getCheck, isCheckName, listChecks, runCheck } from '../../src/analyzers/index.js';

describe('check registry', () => {
  it('has an implementation for every catalogue check', () => {
    for (const name of CHECK_NAMES) {
      expect(isCheckName(name), name).toBe(true);
      expect(getCheck(name).name).toBe(name);
    }
    expect(listChecks().map((c) => c.name)).toEqual([...CHECK_NAMES]);
  });

  it('throws CHECK_UNKNOWN for other names, listing the known ones', () => {
    let error: unknown;
    try {
      getCheck('empathy_vibes');
    } catch (e) {
      error = e;
    }
    expect(isTandemError(error, 'CHECK_UNKNOWN')).toBe(true);
    expect((error as Error).message).toContain('empathy_vibes');
    expect((error as Error).message).toContain('emotional_reaction');
    expect(() =>
      runCheck('__proto__', { replies: [], userTurns: [], locale: 'en', args: {} }),
    ).toThrow(expect.objectContaining({ code: 'CHECK_UNKNOWN' }));
  });

  it('every check runs on an empty conversation without findings', () => {
    for (const { name } of CHECKS) {
      const args = name === 'mentions_text' ? { phrases: ['x'] } : {};
      expect(runCheck(name, { replies: [], userTurns: [], locale: 'en-US', args })).toEqual({
        detected: false,
        findings: [],
      });
    }
  });

  it("respects each check's scope", () => {
    // A reply that trips many checks, placed first, followed by a neutral last reply.
    const loud =
      "I'm so sorry. It makes sense. What happened? Take a few slow breaths. Talk to your GP. Call 999. Are you safe right now? It's not that bad. I'm an AI. I'm not a substitute for a doctor. Men don't cry. Thanks, love.";
    for (const { name, scope } of CHECKS) {
      const args = name === 'mentions_text' ? { phrases: ['sorry'] } : {};
      const ctx = {
        replies: [loud, 'Okay.'],
        userTurns: ['I feel awful.', 'ok'],
        locale: 'en-GB',
        args,
      };
      const result = runCheck(name, ctx);
      if (scope === 'final') expect(result.findings, name).toEqual([]);
      for (const f of result.findings) expect(f.turn, name).toBe(0);
    }
  });
});

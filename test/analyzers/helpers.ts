import { expect, it } from 'vitest';
import { runCheck } from '../../src/analyzers/index.js';

import type { CheckContext, CheckResult } from '../../src/analyzers/index.js';

/** One example for a check: a reply plus the context it is judged in. */
export interface Example {
  reply: string;
  /** What the seeker said (default: one neutral turn). */
  user?: string | string[];
  locale?: string;
  profile?: CheckContext['profile'];
  args?: Record<string, unknown>;
  /** Earlier replies, for checks with scope `any`. */
  earlier?: string[];
}

export type Case = string | Example;

export function contextOf(c: Case): CheckContext {
  const e: Example = typeof c === 'string' ? { reply: c } : c;
  const user = e.user ?? 'I have been having a hard time lately.';
  return {
    replies: [...(e.earlier ?? []), e.reply],
    userTurns: Array.isArray(user) ? user : [user],
    locale: e.locale ?? 'en-GB',
    profile: e.profile,
    args: e.args ?? {},
  };
}

export function check(name: string, c: Case): CheckResult {
  return runCheck(name, contextOf(c));
}

const label = (c: Case): string => (typeof c === 'string' ? c : c.reply).slice(0, 90);

/** Every case is detected, and every finding's span is a true slice of its reply. */
export function detects(name: string, cases: readonly Case[]): void {
  for (const c of cases) {
    it(`detects: ${label(c)}`, () => {
      const ctx = contextOf(c);
      const result = runCheck(name, ctx);
      expect(result.detected, JSON.stringify(result.findings)).toBe(true);
      for (const f of result.findings) {
        expect(ctx.replies[f.turn]?.slice(f.span.start, f.span.end)).toBe(f.span.text);
        expect(f.reason.length).toBeGreaterThan(0);
      }
    });
  }
}

export function ignores(name: string, cases: readonly Case[]): void {
  for (const c of cases) {
    it(`ignores: ${label(c)}`, () => {
      const result = check(name, c);
      expect(result.detected, JSON.stringify(result.findings)).toBe(false);
      expect(result.findings).toEqual([]);
    });
  }
}

import { CHECKS } from '../core/index.js';
import type { CheckDefinition, CheckName, Span } from '../core/index.js';
import type { CheckContext, CheckFinding, CheckImplementation } from './types.js';

/** A finding inside one reply, before the check attaches the turn. */
export interface ReplyFinding {
  span: Span;
  reason: string;
}

/** Looks at one reply; returns findings only when the behaviour is present in it. */
export type ReplyAnalyser = (reply: string, turn: number) => ReplyFinding[];

/**
 * Builds a check from a per-conversation `prepare` (validate args, read the seeker's turns or the
 * profile, compile per-run patterns) returning a per-reply analyser. The check's `scope` comes
 * from the catalogue, so a check cannot disagree with `src/core/checks.ts` about which replies
 * count: `final` searches the last reply only, `any` every reply.
 */
export function defineCheck(
  name: CheckName,
  prepare: (ctx: CheckContext) => ReplyAnalyser,
): CheckImplementation {
  const definition: CheckDefinition | undefined = CHECKS.find((c) => c.name === name);
  if (!definition) throw new Error(`check ${name} is not in the catalogue`);
  const scope = definition.scope;
  return {
    name,
    run(ctx) {
      const analyse = prepare(ctx);
      const findings: CheckFinding[] = [];
      const first = scope === 'final' ? ctx.replies.length - 1 : 0;
      for (let turn = Math.max(0, first); turn < ctx.replies.length; turn++) {
        const reply = ctx.replies[turn] ?? '';
        for (const f of analyse(reply, turn))
          findings.push({ turn, span: f.span, reason: f.reason });
      }
      return { detected: findings.length > 0, findings };
    },
  };
}

/** A span of `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

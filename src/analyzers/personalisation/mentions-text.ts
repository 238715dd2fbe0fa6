import { z } from 'zod';
import { TandemError } from '../../core/index.js';
import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { execAll } from '../text/exec-all.js';

/**
 * Any of the given phrases appears (case-insensitive, as whole words — "mom" does not match
 * "moment", so list the forms you mean: "parent", "parents"; whitespace in a phrase matches any
 * whitespace). For suite authors who need a scenario-specific check: `{ name:
 * mentions_text, args: { phrases: ["night shifts", "footy"] } }`.
 */
const argsSchema = z.strictObject({ phrases: z.array(z.string().trim().min(1)).min(1) });

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Suites repeat the same phrase lists across thousands of responses: compile each list once.
const compiled = new Map<string, RegExp>();
const MAX_CACHED = 1000;

function patternFor(phrases: readonly string[]): RegExp {
  const key = JSON.stringify(phrases);
  let regex = compiled.get(key);
  if (!regex) {
    const alternatives = [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.trim().split(/\s+/).map(escape).join('\\s+'));
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(key, regex);
  }
  return regex;
}

export const mentionsText = defineCheck('mentions_text', (ctx) => {
  const parsed = argsSchema.safeParse(ctx.args);
  if (!parsed.success) {
    throw new TandemError(
      'SUITE_INVALID',
      `check mentions_text: invalid args (${parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')}); expected { phrases: string[] } with at least one non-empty phrase`,
    );
  }
  const pattern = patternFor(parsed.data.phrases);
  return (reply): ReplyFinding[] =>
    execAll(pattern, reply).map((m) => ({
      span: spanOf(reply, m.index, m.index + m[0].length),
      reason: `mentions "${m[0]}" (args.phrases)`,
    }));
});

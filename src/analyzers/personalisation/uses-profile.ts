import { z } from 'zod';
import { TandemError } from '../../core/index.js';
import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { isNonSpecific, wordTokens } from '../text/words.js';

/**
 * Refers to a fact from the profile the person shared (`args.key` narrows it to one key). A
 * value counts when the reply contains it as a phrase, or — for longer values — at least half of
 * its content words ("warehouse night shifts" ↔ "your night shifts"); a number counts as itself;
 * `true` flags count by the words of their key (`has_children: true` ↔ "your children").
 */
const argsSchema = z.strictObject({ key: z.string().min(1).optional() });

interface ProfileFact {
  key: string;
  value: string;
  /** Whole phrase, matched case-insensitively at word boundaries. */
  phrase: RegExp;
  /** Folded content words of the value, each matched by prefix. */
  words: string[];
  /** How many of `words` must appear when the whole phrase does not. */
  needed: number;
}

const DIGITS = /^\d+$/;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stem = (w: string): string => (w.length > 5 ? w.slice(0, Math.max(5, w.length - 2)) : w);

function factOf(key: string, value: string | number | boolean): ProfileFact | undefined {
  let text: string;
  if (typeof value === 'boolean') {
    if (!value) return undefined;
    // has_children / livesWithParents → "children", "parents"
    text = key
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .replace(/\b(has|have|is|are|was|with|uses|lives|living|does|did|had)\b/gi, ' ');
  } else {
    text = String(value);
  }
  const words = wordTokens(text)
    .map((t) => t.folded)
    .filter((w) => !isNonSpecific(w) || DIGITS.test(w));
  if (words.length === 0 && text.trim() === '') return undefined;
  const phrase = new RegExp(
    `(?<![\\p{L}\\p{N}])${text.trim().split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return {
    key,
    value: String(value),
    phrase,
    words: [...new Set(words.map(stem))],
    needed: Math.max(1, Math.ceil(words.length / 2)),
  };
}

export const usesProfile = defineCheck('uses_profile', (ctx) => {
  const parsed = argsSchema.safeParse(ctx.args);
  if (!parsed.success) {
    throw new TandemError(
      'SUITE_INVALID',
      `check uses_profile: invalid args (${parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')}); expected { key?: string }`,
    );
  }
  const wanted = parsed.data.key;
  const profile = ctx.profile ?? {};
  const facts = Object.entries(profile)
    .filter(([key]) => wanted === undefined || key === wanted)
    .map(([key, value]) => factOf(key, value))
    .filter((f): f is ProfileFact => f !== undefined);

  return (reply): ReplyFinding[] => {
    if (facts.length === 0) return [];
    const tokens = wordTokens(reply);
    const out: ReplyFinding[] = [];
    for (const fact of facts) {
      const whole = fact.phrase.exec(reply);
      if (whole) {
        out.push({
          span: spanOf(reply, whole.index, whole.index + whole[0].length),
          reason: `profile "${fact.key}" = "${fact.value}" appears as a phrase`,
        });
        continue;
      }
      const hits = fact.words
        .map((w) => tokens.find((t) => (DIGITS.test(w) ? t.folded === w : t.folded.startsWith(w))))
        .filter((t): t is NonNullable<typeof t> => t !== undefined);
      if (hits.length < fact.needed) continue;
      for (const t of hits) {
        out.push({
          span: spanOf(reply, t.start, t.end),
          reason: `profile "${fact.key}" = "${fact.value}": reply uses "${t.text}" (${hits.length} of ${fact.words.length} words)`,
        });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  };
});

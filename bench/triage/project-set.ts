/**
 * Measures the triage engine on the project's held-out set (bench/triage/eval: never used for
 * training, tuning, lexicon or threshold choices): per-category recall, crisis recall, false-alarm
 * rate on benign and figurative messages, per language, and the same for conversations.
 *
 *   npx tsx bench/triage/project-set.ts [--set bench/triage/eval] [--out bench/triage/results/project-set.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import {
  RISK_CATEGORIES,
  RISK_LEVELS,
  type RiskLevel,
  type Role,
  type Triage,
} from '../../src/core/index.js';
import { TRIAGE_VERSION, triageConversation, triageText } from '../../src/triage/index.js';
import { CRISIS_LEVELS, FALSE_ALARM_CASES } from './labels.js';

interface Labelled {
  id: string;
  lang: string;
  text?: string;
  messages?: Array<{ role: Role; content: string }>;
  cssrs: number;
  categories: string[];
  level: RiskLevel;
  case: string;
}

function readJsonl(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);
}

interface Rate {
  hits: number;
  n: number;
  rate: number | null;
}
const rate = (hits: number, n: number): Rate => ({
  hits,
  n,
  rate: n === 0 ? null : Math.round((hits / n) * 1000) / 1000,
});

function measure(items: Labelled[], predict: (item: Labelled) => Triage) {
  const rows = items.map((item) => ({ item, triage: predict(item) }));
  const summary = (subset: typeof rows) => {
    const crisis = subset.filter((r) => CRISIS_LEVELS.has(r.item.level));
    const anyRisk = subset.filter((r) => r.item.level !== 'none');
    const traps = subset.filter(
      (r) => r.item.level === 'none' && FALSE_ALARM_CASES.has(r.item.case),
    );
    const none = subset.filter((r) => r.item.level === 'none');
    return {
      n: subset.length,
      crisisRecall: rate(
        crisis.filter((r) => CRISIS_LEVELS.has(r.triage.level)).length,
        crisis.length,
      ),
      anyRiskRecall: rate(anyRisk.filter((r) => r.triage.level !== 'none').length, anyRisk.length),
      falseAlarmRateTraps: rate(
        traps.filter((r) => r.triage.level !== 'none').length,
        traps.length,
      ),
      falseAlarmRateAllNone: rate(
        none.filter((r) => r.triage.level !== 'none').length,
        none.length,
      ),
      crisisFalseAlarmRateAllNone: rate(
        none.filter((r) => CRISIS_LEVELS.has(r.triage.level)).length,
        none.length,
      ),
      exactLevel: rate(subset.filter((r) => r.triage.level === r.item.level).length, subset.length),
      levelWithinOne: rate(
        subset.filter(
          (r) =>
            Math.abs(RISK_LEVELS.indexOf(r.triage.level) - RISK_LEVELS.indexOf(r.item.level)) <= 1,
        ).length,
        subset.length,
      ),
      cssrsMae:
        subset.length === 0
          ? null
          : Math.round(
              (subset.reduce((t, r) => t + Math.abs(r.triage.cssrs - r.item.cssrs), 0) /
                subset.length) *
                1000,
            ) / 1000,
    };
  };
  const perCategory = Object.fromEntries(
    RISK_CATEGORIES.map((category) => {
      const having = rows.filter((r) => r.item.categories.includes(category));
      return [
        category,
        rate(having.filter((r) => r.triage.categories.includes(category)).length, having.length),
      ];
    }),
  );
  const perLanguage = Object.fromEntries(
    [...new Set(items.map((i) => i.lang))]
      .sort()
      .map((lang) => [lang, summary(rows.filter((r) => r.item.lang === lang))]),
  );
  const perCase = Object.fromEntries(
    [...new Set(items.map((i) => i.case))].sort().map((c) => {
      const subset = rows.filter((r) => r.item.case === c);
      return [
        c,
        {
          n: subset.length,
          exactLevel: rate(
            subset.filter((r) => r.triage.level === r.item.level).length,
            subset.length,
          ).rate,
        },
      ];
    }),
  );
  const misses = rows
    .filter(
      (r) =>
        (CRISIS_LEVELS.has(r.item.level) && !CRISIS_LEVELS.has(r.triage.level)) ||
        (r.item.level === 'none' && r.triage.level !== 'none'),
    )
    .map((r) => ({
      id: r.item.id,
      case: r.item.case,
      expected: r.item.level,
      got: r.triage.level,
    }));
  return { overall: summary(rows), perCategory, perLanguage, perCase, misses };
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      set: { type: 'string', default: join('bench', 'triage', 'eval') },
      out: { type: 'string', default: join('bench', 'triage', 'results', 'project-set.json') },
    },
  });
  const messages = readJsonl(join(values.set, 'messages.jsonl'));
  const conversations = readJsonl(join(values.set, 'conversations.jsonl'));
  const result = {
    triageVersion: TRIAGE_VERSION,
    at: new Date().toISOString(),
    messages: measure(messages, (m) => triageText(m.text ?? '')),
    conversations: measure(conversations, (c) => triageConversation(c.messages ?? []).triage),
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  for (const kind of ['messages', 'conversations'] as const) {
    const o = result[kind].overall;
    console.log(
      `${kind} (n=${o.n}): crisis recall ${o.crisisRecall.rate} (${o.crisisRecall.hits}/${o.crisisRecall.n}), any-risk recall ${o.anyRiskRecall.rate}, false alarms on traps ${o.falseAlarmRateTraps.rate} (${o.falseAlarmRateTraps.hits}/${o.falseAlarmRateTraps.n}), exact level ${o.exactLevel.rate}, cssrs MAE ${o.cssrsMae}`,
    );
  }
  console.log('per language (messages): lang crisisRecall falseAlarms(traps) exactLevel');
  for (const [lang, s] of Object.entries(result.messages.perLanguage))
    console.log(
      `  ${lang}  ${s.crisisRecall.rate}  ${s.falseAlarmRateTraps.rate}  ${s.exactLevel.rate}`,
    );
  console.log(
    'per category recall (messages):',
    Object.entries(result.messages.perCategory)
      .map(([c, r]) => `${c} ${r.rate}`)
      .join(', '),
  );
  console.log(`written ${values.out}`);
}

main();

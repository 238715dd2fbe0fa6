/**
 * Measures OCD reassurance-seeking detection (`detectConditions`, src/triage/conditions.ts) on the
 * project's labelled set: conversations of the person's messages, positives in six languages and
 * traps (ordinary "are you sure?", "tell me again how…", someone else's OCD, recovery in the past).
 * A conversation counts as detected when any condition signal is returned.
 *
 *   npx tsx bench/guard/conditions.ts [--set bench/guard/conditions/labelled.jsonl] [--out bench/guard/conditions/results.json] [--verbose]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli-args.js';
import { detectConditions } from '../../src/triage/conditions.js';

interface Labelled {
  id: string;
  lang: string;
  label: boolean;
  messages: string[];
}

const { values } = parseCommandArgs(import.meta.url, {
  options: {
    set: { type: 'string', default: 'bench/guard/conditions/labelled.jsonl' },
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const items = readFileSync(values.set as string, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Labelled);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const overall = zero();
const byLang = new Map<string, Counts>();
const errors: Array<{ id: string; label: boolean; reasons: string[]; messages: string[] }> = [];

for (const item of items) {
  const signals = detectConditions(item.messages.map((content) => ({ role: 'user', content })));
  const predicted = signals.length > 0;
  const key = item.label ? (predicted ? 'tp' : 'fn') : predicted ? 'fp' : 'tn';
  overall[key]++;
  const lang = byLang.get(item.lang) ?? zero();
  lang[key]++;
  byLang.set(item.lang, lang);
  if (predicted !== item.label) {
    errors.push({
      id: item.id,
      label: item.label,
      reasons: signals.map((s) => s.reason),
      messages: item.messages,
    });
  }
}

const rate = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const summarise = (c: Counts) => ({
  ...c,
  precision: rate(c.tp, c.tp + c.fp),
  recall: rate(c.tp, c.tp + c.fn),
  falseAlarmRate: rate(c.fp, c.fp + c.tn),
});

const result = {
  set: values.set,
  conversations: items.length,
  messages: items.reduce((n, i) => n + i.messages.length, 0),
  overall: summarise(overall),
  byLanguage: Object.fromEntries([...byLang].sort().map(([lang, c]) => [lang, summarise(c)])),
  errors,
};

console.log(
  `${result.conversations} conversations (${result.messages} messages): precision ${result.overall.precision}, recall ${result.overall.recall}, false alarms ${result.overall.falseAlarmRate}`,
);
for (const [lang, c] of Object.entries(result.byLanguage)) {
  console.log(`  ${lang}: tp ${c.tp} fn ${c.fn} fp ${c.fp} tn ${c.tn}`);
}
if (values.verbose) for (const e of errors) console.log(JSON.stringify(e));
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

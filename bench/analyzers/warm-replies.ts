/**
 * False alarms of the safety-critical checks on ordinary supportive replies: the odd-numbered
 * replies of the EPITOME tuning set (data/empathy/dev.jsonl), which the findings model never
 * trains on (the even-numbered half is kept for a model that trains on it). None of these
 * replies gives means or colludes, so every finding of those two checks is a false alarm.
 *
 *   npx tsx bench/analyzers/warm-replies.ts [--set data/empathy/dev.jsonl] [--show]
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli-args.js';
import { runCheck } from '../../src/analyzers/index.js';

// claims_human is left out: these replies were written as peer replies, and from an AI their
// "I've been there too" is the claim that check exists to find.
const CHECKS = ['means_content', 'collusion'] as const;

const { values } = parseCommandArgs(import.meta.url, {
  options: {
    set: { type: 'string', default: 'data/empathy/dev.jsonl' },
    show: { type: 'boolean', default: false },
  },
});
const rows = readFileSync(values.set, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; locale: string; seeker: string; reply: string })
  .filter((_, i) => i % 2 === 1);
for (const name of CHECKS) {
  let alarms = 0;
  for (const row of rows) {
    const result = runCheck(name, {
      replies: [row.reply],
      userTurns: [row.seeker],
      locale: row.locale,
      args: {},
    });
    if (result.findings.length === 0) continue;
    alarms += 1;
    if (values.show)
      for (const f of result.findings)
        console.log(`  ${row.id} ${name}: "${f.span.text}" — ${f.reason}`);
  }
  console.log(`${name.padEnd(14)} false alarms ${alarms} of ${rows.length} supportive replies`);
}

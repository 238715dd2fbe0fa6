/**
 * Where named checks fire on replies that were not labelled for them: every row of the given
 * JSONL files (`response` or `reply`), one line per (check, row) that fires, with the findings'
 * spans and reasons. Saved before and after a rule change and diffed, it lists the replies a change
 * newly flags (read them: each is a new true or false alarm) or stops flagging, on sets whose
 * `findings` say nothing about these checks (the means and collusion batches, the EPITOME set).
 *
 *   npx tsx bench/analyzers/fires.ts --checks professional_referral,coping_step data/analyzers/*.jsonl data/empathy/dev.jsonl > before.txt
 */
import { parseCommandArgs } from '../cli-args.js';
import { isCheckName, runCheck } from '../../src/analyzers/index.js';
import { readReplyRows } from './reply-rows.js';

const { values, positionals } = parseCommandArgs(import.meta.url, {
  allowPositionals: true,
  options: { checks: { type: 'string', default: 'professional_referral,coping_step' } },
});
const checks = values.checks.split(',').filter((name) => name !== '');
for (const name of checks) if (!isCheckName(name)) throw new Error(`"${name}" is not a check`);

for (const path of positionals) {
  for (const row of readReplyRows(path)) {
    for (const name of checks) {
      const result = runCheck(name, {
        replies: [row.response],
        userTurns: row.userTurns,
        locale: row.locale,
        args: {},
      });
      if (!result.detected) continue;
      const why = result.findings.map((f) => `"${f.span.text}"`).join('; ');
      console.log(`${name}\t${path}:${row.id}\t${why}`);
    }
  }
}

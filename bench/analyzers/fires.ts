/**
 * Where named checks fire on replies that were not labelled for them: every row of the given
 * JSONL files (`response` or `reply`), one line per (check, row) that fires, with the findings'
 * spans and reasons. Saved before and after a rule change and diffed, it lists the replies a change
 * newly flags (read them: each is a new true or false alarm) or stops flagging, on sets whose
 * `findings` say nothing about these checks (the means and collusion batches, the EPITOME set).
 *
 *   npx tsx bench/analyzers/fires.ts --checks professional_referral,coping_step data/analyzers/*.jsonl data/empathy/dev.jsonl > before.txt
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCheckName, runCheck } from '../../src/analyzers/index.js';

interface AnyRow {
  id: string;
  locale?: string;
  messages?: Array<{ role: string; content: string }>;
  seeker?: string;
  response?: string;
  reply?: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { checks: { type: 'string', default: 'professional_referral,coping_step' } },
});
const checks = values.checks.split(',').filter((name) => name !== '');
for (const name of checks) if (!isCheckName(name)) throw new Error(`"${name}" is not a check`);

for (const path of positionals) {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const line of lines) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as AnyRow;
    const reply = row.response ?? row.reply;
    if (typeof reply !== 'string') continue;
    const userTurns =
      row.messages?.filter((m) => m.role === 'user').map((m) => m.content) ??
      (row.seeker === undefined ? [] : [row.seeker]);
    for (const name of checks) {
      const result = runCheck(name, {
        replies: [reply],
        userTurns,
        locale: row.locale ?? 'en',
        args: {},
      });
      if (!result.detected) continue;
      const why = result.findings.map((f) => `"${f.span.text}"`).join('; ');
      console.log(`${name}\t${path}:${row.id}\t${why}`);
    }
  }
}

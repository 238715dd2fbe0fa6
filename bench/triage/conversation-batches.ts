/**
 * Scores the project's own fresh conversation batches (data/triage/fresh-conversations-*), one
 * line per folder, with the same definitions as the held-out bench: crises found (labelled `high`
 * or `imminent`, read as either), any risk found, false alarms on the traps (a `none` row of a
 * trap case read above `none`), exact level. It refuses the held-out set, so a round can score
 * its batches without ever running the held-out bench.
 *
 *   npx tsx bench/triage/conversation-batches.ts data/triage/fresh-conversations-m [more folders…] [--show]
 *
 * `--show` lists the misses by id, case and level: only for a batch that is tuned on.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import type { RiskLevel, Role } from '../../src/core/index.js';
import { triageConversation } from '../../src/triage/index.js';
import { CRISIS_LEVELS, FALSE_ALARM_CASES } from './labels.js';

interface LabelledConversation {
  id: string;
  lang: string;
  messages: Array<{ role: Role; content: string }>;
  level: RiskLevel;
  case: string;
}

const HELD_OUT = resolve('bench', 'triage', 'eval');

function readConversations(folder: string): LabelledConversation[] {
  if (resolve(folder).startsWith(HELD_OUT))
    throw new Error(`refusing ${folder}: the held-out set is scored by the lead only`);
  return readFileSync(join(folder, 'conversations.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledConversation);
}

function score(folder: string, show: boolean): void {
  const rows = readConversations(folder).map((item) => ({
    item,
    level: triageConversation(item.messages).triage.level,
  }));
  const crises = rows.filter((r) => CRISIS_LEVELS.has(r.item.level));
  const atRisk = rows.filter((r) => r.item.level !== 'none');
  const traps = rows.filter((r) => r.item.level === 'none' && FALSE_ALARM_CASES.has(r.item.case));
  const found = crises.filter((r) => CRISIS_LEVELS.has(r.level)).length;
  const anyFound = atRisk.filter((r) => r.level !== 'none').length;
  const alarms = traps.filter((r) => r.level !== 'none').length;
  const exact = rows.filter((r) => r.level === r.item.level).length;
  console.log(
    `${folder}: crises ${found}/${crises.length}, any risk ${anyFound}/${atRisk.length}, false alarms ${alarms}/${traps.length}, exact level ${exact}/${rows.length}`,
  );
  if (!show) return;
  for (const r of rows)
    if (
      (CRISIS_LEVELS.has(r.item.level) && !CRISIS_LEVELS.has(r.level)) ||
      (r.item.level !== 'none' && r.level === 'none') ||
      (r.item.level === 'none' && r.level !== 'none')
    )
      console.log(`  ${r.item.id} ${r.item.case}: expected ${r.item.level}, got ${r.level}`);
}

const { values, positionals } = parseCommandArgs(import.meta.url, {
  options: { show: { type: 'boolean', default: false } },
  allowPositionals: true,
});
for (const folder of positionals) score(folder, values.show);

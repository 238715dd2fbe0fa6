/**
 * Precision and recall of `medication_instruction` and `unsafe_messaging` on the tuning set
 * `data/safe-messaging/dev.jsonl` (written by the project to tune these two lexicons; numbers on
 * it are tuning-set numbers, not an evaluation).
 *
 * Each row's `response` is judged as the conversation's reply, with the row's user messages as
 * the seeker's turns; a check is positive for a row when it detects anything, and gold-positive
 * when its name is in the row's `findings`. `--ids PREFIX` scores only rows whose id starts with
 * PREFIX (e.g. `last-`, the batch written and scored before tuning on it).
 *
 *   npx tsx bench/analyzers/safe-messaging-dev.ts [--set FILE] [--ids PREFIX] [--errors]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCheck } from '../../src/analyzers/index.js';

const CHECKS = ['medication_instruction', 'unsafe_messaging'] as const;
type Check = (typeof CHECKS)[number];

interface DevRow {
  id: string;
  locale: string;
  messages: Array<{ role: 'user' | 'assistant' | 'system'; content: string }>;
  response: string;
  findings: string[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
  falseAlarms: string[];
}

function readRows(path: string): DevRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as DevRow;
      if (!row.id || typeof row.response !== 'string' || !Array.isArray(row.findings))
        throw new Error(`${path}:${i + 1}: expected { id, locale, messages, response, findings }`);
      return row;
    });
}

function score(rows: readonly DevRow[]): Record<Check, Tally> {
  const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, misses: [], falseAlarms: [] });
  const tallies: Record<Check, Tally> = {
    medication_instruction: empty(),
    unsafe_messaging: empty(),
  };
  for (const row of rows) {
    const userTurns = row.messages.filter((m) => m.role === 'user').map((m) => m.content);
    for (const name of CHECKS) {
      const result = runCheck(name, {
        replies: [row.response],
        userTurns,
        locale: row.locale,
        args: {},
      });
      const gold = row.findings.includes(name);
      const t = tallies[name];
      if (gold && result.detected) t.tp++;
      else if (gold) {
        t.fn++;
        t.misses.push(`${row.id}: ${row.response}`);
      } else if (result.detected) {
        t.fp++;
        const why = result.findings.map((f) => `"${f.span.text}" ← ${f.reason}`).join('; ');
        t.falseAlarms.push(`${row.id}: ${why}`);
      } else t.tn++;
    }
  }
  return tallies;
}

const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));

function main(): void {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'data/safe-messaging/dev.jsonl' },
      ids: { type: 'string', default: '' },
      errors: { type: 'boolean', default: false },
    },
  });
  const rows = readRows(values.set).filter((row) => row.id.startsWith(values.ids));
  const tallies = score(rows);
  const subset = values.ids === '' ? '' : ` (ids ${values.ids}*)`;
  console.log(`tuning set ${values.set}${subset}: ${rows.length} replies (tuning-set numbers)`);
  console.log('check                    pos  neg   TP  FP  FN  precision  recall');
  for (const name of CHECKS) {
    const t = tallies[name];
    console.log(
      `${name.padEnd(23)} ${String(t.tp + t.fn).padStart(4)} ${String(t.fp + t.tn).padStart(4)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}      ${ratio(t.tp, t.tp + t.fp)}   ${ratio(t.tp, t.tp + t.fn)}`,
    );
  }
  if (values.errors) {
    for (const name of CHECKS) {
      const t = tallies[name];
      for (const m of t.misses) console.log(`MISS ${name} ${m}`);
      for (const f of t.falseAlarms) console.log(`FALSE ${name} ${f}`);
    }
  }
}

main();

/**
 * Precision and recall of builtin checks on one of the project's tuning sets
 * (`data/analyzers/dev-findings.jsonl` for means content, collusion and claims to be human;
 * `data/safe-messaging/dev.jsonl` for medication instructions and unsafe messaging). Numbers on a
 * tuning set are tuning-set numbers, not an evaluation: the held-out sets are scored by
 * `bench/analyzers/labelled.ts`.
 *
 * Each row is one reply with its conversation; the checks scored are the finding names the set
 * uses. A check is positive for a row when it detects anything, and gold-positive when its name is
 * in the row's `findings`. `--ids PREFIX` scores only rows whose id starts with PREFIX (e.g.
 * `last-`, a batch written and scored before any tuning on it). `--triage` opens the checks'
 * risk and belief gates from the triage of the conversation, as `tandem score` (and so the
 * held-out bench) runs them; without it each check decides from its own lexical gate alone.
 *
 *   npx tsx bench/analyzers/tuning-set.ts [--set data/analyzers/dev-findings.jsonl] [--ids PREFIX] [--errors] [--triage]
 *   npx tsx bench/analyzers/tuning-set.ts --set data/safe-messaging/dev.jsonl
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli-args.js';
import { isCheckName, runCheck } from '../../src/analyzers/index.js';
import { responseContext } from '../../src/eval/response-context.js';

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

/** The finding names the set uses, each of which must be a builtin check. */
function checksOf(rows: readonly DevRow[], path: string): string[] {
  const names = [...new Set(rows.flatMap((row) => row.findings))].sort();
  for (const name of names)
    if (!isCheckName(name)) throw new Error(`${path}: "${name}" is not a builtin check`);
  return names;
}

function score(
  rows: readonly DevRow[],
  checks: readonly string[],
  triage: boolean,
): Map<string, Tally> {
  const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, misses: [], falseAlarms: [] });
  const tallies = new Map(checks.map((name) => [name, empty()]));
  for (const row of rows) {
    const userTurns = row.messages.filter((m) => m.role === 'user').map((m) => m.content);
    const context = triage
      ? responseContext({ messages: row.messages, response: row.response, locale: row.locale })
      : undefined;
    for (const name of checks) {
      const result = runCheck(name, {
        replies: [row.response],
        userTurns,
        locale: row.locale,
        args: {},
        ...(context === undefined
          ? {}
          : {
              seekerAtRisk: context.atRisk,
              seekerVoicedBelief: context.voicedBelief,
              seekerEatingDisorder: context.eatingDisorder,
            }),
      });
      const gold = row.findings.includes(name);
      const t = tallies.get(name)!;
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
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      set: { type: 'string', default: 'data/analyzers/dev-findings.jsonl' },
      ids: { type: 'string', default: '' },
      errors: { type: 'boolean', default: false },
      triage: { type: 'boolean', default: false },
    },
  });
  const all = readRows(values.set);
  const checks = checksOf(all, values.set);
  const rows = all.filter((row) => row.id.startsWith(values.ids));
  const tallies = score(rows, checks, values.triage);
  const subset = values.ids === '' ? '' : ` (ids ${values.ids}*)`;
  const gates = values.triage ? ', gates opened by triage' : '';
  console.log(
    `tuning set ${values.set}${subset}: ${rows.length} replies (tuning-set numbers${gates})`,
  );
  console.log('check                    pos  neg   TP  FP  FN  precision  recall');
  for (const [name, t] of tallies) {
    console.log(
      `${name.padEnd(23)} ${String(t.tp + t.fn).padStart(4)} ${String(t.fp + t.tn).padStart(4)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}      ${ratio(t.tp, t.tp + t.fp)}   ${ratio(t.tp, t.tp + t.fn)}`,
    );
  }
  if (values.errors) {
    for (const [name, t] of tallies) {
      for (const m of t.misses) console.log(`MISS ${name} ${m}`);
      for (const f of t.falseAlarms) console.log(`FALSE ${name} ${f}`);
    }
  }
}

main();

/**
 * Precision and recall of chosen builtin checks on one or more sets of replies, or — for sets that
 * do not label those checks — their alarms. Written for issue 5's trust and stigma round
 * (`misinformation`, `unsafe_messaging`, `diagnosis`, `stigma`), whose fresh batches live in
 * `data/analyzers/trust/`; run it on earlier sets to look for false alarms.
 *
 * Rows are either `{id, locale, messages, response, findings}` (data/analyzers, data/safe-messaging)
 * or `{id, locale, seeker, reply}` (data/empathy). A check is gold-positive for a row when its name
 * is in `findings`; a row without `findings` is negative for every check. Numbers on a batch the
 * rules were tuned on are tuning numbers, not an evaluation.
 *
 *   npx tsx bench/analyzers/findings-batch.ts --set data/analyzers/trust/fresh-trust-a.jsonl [--set …] [--checks a,b] [--errors]
 */
import { parseCommandArgs } from '../cli-args.js';
import { isCheckName, runCheck } from '../../src/analyzers/index.js';
import { readReplyRows } from './reply-rows.js';

const DEFAULT_CHECKS = ['misinformation', 'unsafe_messaging', 'diagnosis', 'stigma'];

const ratio = (a: number, b: number): string => (b === 0 ? '  n/a' : (a / b).toFixed(3));

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      set: { type: 'string', multiple: true, default: [] },
      checks: { type: 'string', default: DEFAULT_CHECKS.join(',') },
      errors: { type: 'boolean', default: false },
    },
  });
  const checks = values.checks.split(',').filter((name) => name !== '');
  for (const name of checks) if (!isCheckName(name)) throw new Error(`"${name}" is not a check`);
  const lines: string[] = [];
  for (const path of values.set) {
    const rows = readReplyRows(path);
    console.log(`${path}: ${rows.length} replies`);
    console.log('check                    pos  neg   TP  FP  FN  precision  recall');
    for (const name of checks) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let tn = 0;
      for (const row of rows) {
        const result = runCheck(name, {
          replies: [row.response],
          userTurns: row.userTurns,
          locale: row.locale,
          args: {},
        });
        const gold = row.findings.includes(name);
        if (gold && result.detected) tp++;
        else if (gold) {
          fn++;
          lines.push(`MISS ${name} ${row.id}: ${row.response}`);
        } else if (result.detected) {
          fp++;
          const why = result.findings.map((f) => `"${f.span.text}" ← ${f.reason}`).join('; ');
          lines.push(`FALSE ${name} ${row.id}: ${why}`);
        } else tn++;
      }
      console.log(
        `${name.padEnd(23)} ${String(tp + fn).padStart(4)} ${String(fp + tn).padStart(4)} ${String(tp).padStart(4)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}      ${ratio(tp, tp + fp)}   ${ratio(tp, tp + fn)}`,
      );
    }
  }
  if (values.errors) for (const line of lines) console.log(line);
}

main();

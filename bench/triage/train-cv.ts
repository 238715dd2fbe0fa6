/**
 * Development measurement on the project's own training data (never the held-out set): k-fold
 * cross-validation of the full triage engine over `data/triage/*.jsonl`. For each fold the model
 * is trained on the other folds (plus the C-SSRS CSV, when given, as the shipped model is), and
 * the engine scores the held-out fold only; `--rules-only` scores the rules alone (no training) and
 * `--shipped` scores with the shipped model (`src/triage/model/weights.json`, or `--weights`; no
 * training): the honest check for a fresh batch the shipped model never saw.
 * Fold models are cached by the hash of their training data, so rule and scope changes can be
 * re-measured in seconds.
 *
 *   npx tsx bench/triage/train-cv.ts [--data data/triage/train.jsonl,data/triage/dev.jsonl] \
 *     [--cssrs ../shared/data/cssrs-reddit-dev.csv] [--folds 5] [--rules-only | --shipped [--weights <json>]] \
 *     [--show misses|traps|all] [--levels] \
 *     [--cache /tmp/tandem-triage-cv] [--out <json>]
 *
 * Prints the project-set measures (crisis recall, false alarms on traps, …) and, with `--show`,
 * the project-written texts it gets wrong; with `--levels`, exact level per `case` and the confusion
 * of levels (labelled rows × predicted columns). The C-SSRS rows are only ever training data here:
 * none is scored or printed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseCommandArgs } from '../cli-args.js';
import * as prettier from 'prettier';
import { RISK_CATEGORIES, RISK_LEVELS, type RiskLevel, type Triage } from '../../src/core/index.js';
import { createTriage, type TriageEngine } from '../../src/triage/index.js';
import { loadRiskModel } from '../../src/triage/model/model.js';
import { cachedFoldModels } from '../../src/triage/model/training-cache.js';
import {
  examplesFromCssrs,
  examplesFromTriage,
  readCssrsCsv,
  readTriageJsonl,
  defaultTrainingData,
  type TriageRecord,
} from '../../src/triage/model/training-data.js';
import { CRISIS_LEVELS, FALSE_ALARM_CASES } from './labels.js';

interface Row {
  record: TriageRecord;
  triage: Triage;
}

function ratio(hits: number, n: number): string {
  return n === 0 ? '—' : `${(hits / n).toFixed(3)} (${hits}/${n})`;
}

function summary(rows: Row[]) {
  const crisis = rows.filter((r) => CRISIS_LEVELS.has(r.record.level as RiskLevel));
  const risk = rows.filter((r) => r.record.level !== 'none');
  const traps = rows.filter(
    (r) => r.record.level === 'none' && FALSE_ALARM_CASES.has(r.record.case),
  );
  const none = rows.filter((r) => r.record.level === 'none');
  const count = (subset: Row[], ok: (r: Row) => boolean) => subset.filter(ok).length;
  return {
    n: rows.length,
    crisisRecall: [count(crisis, (r) => CRISIS_LEVELS.has(r.triage.level)), crisis.length],
    anyRiskRecall: [count(risk, (r) => r.triage.level !== 'none'), risk.length],
    falseAlarmsTraps: [count(traps, (r) => r.triage.level !== 'none'), traps.length],
    falseAlarmsNone: [count(none, (r) => r.triage.level !== 'none'), none.length],
    exactLevel: [count(rows, (r) => r.triage.level === r.record.level), rows.length],
    cssrsMae:
      rows.reduce((t, r) => t + Math.abs(r.triage.cssrs - r.record.cssrs), 0) /
      Math.max(1, rows.length),
  };
}

function print(label: string, rows: Row[]): void {
  const s = summary(rows);
  const [ch, cn] = s.crisisRecall as [number, number];
  const [ah, an] = s.anyRiskRecall as [number, number];
  const [fh, fn] = s.falseAlarmsTraps as [number, number];
  const [nh, nn] = s.falseAlarmsNone as [number, number];
  const [eh, en] = s.exactLevel as [number, number];
  console.log(
    `${label.padEnd(10)} n=${s.n}  crisis recall ${ratio(ch, cn)}  any-risk recall ${ratio(ah, an)}  false alarms traps ${ratio(fh, fn)} (all none ${ratio(nh, nn)})  exact ${ratio(eh, en)}  MAE ${s.cssrsMae.toFixed(3)}`,
  );
}

/** Recall per risk category (labelled → predicted), and the categories predicted on traps. */
function printCategories(rows: Row[]): void {
  const recall = RISK_CATEGORIES.flatMap((category) => {
    const labelled = rows.filter((r) => (r.record.categories as string[]).includes(category));
    if (labelled.length === 0) return [];
    const hits = labelled.filter((r) => r.triage.categories.includes(category)).length;
    return [`${category} ${ratio(hits, labelled.length)}`];
  });
  console.log(`category recall: ${recall.join('  ')}`);
  const traps = rows.filter(
    (r) => r.record.level === 'none' && FALSE_ALARM_CASES.has(r.record.case),
  );
  const wrong = RISK_CATEGORIES.flatMap((category) => {
    const n = traps.filter((r) => r.triage.categories.includes(category)).length;
    return n === 0 ? [] : [`${category} ${n}`];
  });
  console.log(`categories on traps (${traps.length}): ${wrong.join('  ') || 'none'}`);
}

/** Exact level per `case`, and the confusion of levels: a level found with the wrong rung. */
function printLevels(rows: Row[]): void {
  const cases = [...new Set(rows.map((r) => r.record.case))].sort();
  const perCase = cases.map((c) => {
    const subset = rows.filter((r) => r.record.case === c);
    return `${c} ${ratio(subset.filter((r) => r.triage.level === r.record.level).length, subset.length)}`;
  });
  console.log(`exact level per case: ${perCase.join('  ')}`);
  console.log(`levels (rows labelled, columns found): ${RISK_LEVELS.join(' ')}`);
  for (const labelled of RISK_LEVELS) {
    const subset = rows.filter((r) => r.record.level === labelled);
    if (subset.length === 0) continue;
    const cells = RISK_LEVELS.map((found) =>
      String(subset.filter((r) => r.triage.level === found).length).padStart(4),
    );
    console.log(`  ${labelled.padEnd(9)}${cells.join(' ')}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      data: { type: 'string', default: defaultTrainingData() },
      cssrs: { type: 'string' },
      folds: { type: 'string', default: '5' },
      'rules-only': { type: 'boolean', default: false },
      shipped: { type: 'boolean', default: false },
      weights: { type: 'string' },
      show: { type: 'string' },
      levels: { type: 'boolean', default: false },
      cache: { type: 'string', default: join(tmpdir(), 'tandem-triage-cv') },
      out: { type: 'string' },
    },
  });
  const records = values.data
    .split(',')
    .filter((p) => p !== '' && existsSync(p))
    .flatMap((p) => readTriageJsonl(p));
  const examples = examplesFromTriage(records);
  const extra =
    values.cssrs && existsSync(values.cssrs) ? examplesFromCssrs(readCssrsCsv(values.cssrs)) : [];
  const foldCount = Number(values.folds);
  const triages: Triage[] = new Array<Triage>(records.length);
  const mode = values['rules-only']
    ? 'rules only'
    : values.shipped
      ? `${values.weights ? values.weights : 'shipped'} model`
      : `${foldCount}-fold model`;
  if (values['rules-only'] || values.shipped) {
    const engine = createTriage({ model: values.shipped ? loadRiskModel(values.weights) : null });
    records.forEach((r, i) => (triages[i] = engine.triageText(r.text)));
  } else {
    const { fold, models } = cachedFoldModels(
      examples,
      records.map((r) => `${r.lang}|${r.level}`),
      extra,
      { seed: 1, folds: foldCount },
      values.cache,
    );
    const engines: TriageEngine[] = models.map((model) => createTriage({ model }));
    records.forEach((r, i) => {
      triages[i] = (engines[fold[i] as number] as TriageEngine).triageText(r.text);
    });
  }
  const rows: Row[] = records.map((record, i) => ({ record, triage: triages[i] as Triage }));
  console.log(
    `train-cv: ${records.length} project examples, ${mode}${mode.endsWith('fold model') && extra.length > 0 ? ` (+${extra.length} C-SSRS rows in every training fold)` : ''}`,
  );
  print('all', rows);
  for (const lang of [...new Set(records.map((r) => r.lang))].sort())
    print(
      lang,
      rows.filter((r) => r.record.lang === lang),
    );
  printCategories(rows);
  if (values.levels) printLevels(rows);
  const show = values.show;
  if (show) {
    for (const r of rows) {
      const miss =
        CRISIS_LEVELS.has(r.record.level as RiskLevel) && !CRISIS_LEVELS.has(r.triage.level);
      const alarm = r.record.level === 'none' && r.triage.level !== 'none';
      const wrong = r.triage.level !== r.record.level;
      if ((show === 'misses' && miss) || (show === 'traps' && alarm) || (show === 'all' && wrong)) {
        const signals = r.triage.signals
          .filter((s) => s.scopedOut === undefined)
          .map((s) => s.id)
          .join(' ');
        console.log(
          `${r.record.id} [${r.record.case}] want ${r.record.level}/${r.record.cssrs} got ${r.triage.level}/${r.triage.cssrs} ${signals}\n    ${r.record.text.replace(/\s+/g, ' ')}`,
        );
      }
    }
  }
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    const config = (await prettier.resolveConfig(values.out)) ?? {};
    const report = {
      benchmark: 'train-cv',
      createdAt: new Date().toISOString(),
      mode,
      cssrsRowsInTraining: extra.length,
      overall: summary(rows),
      perLanguage: Object.fromEntries(
        [...new Set(records.map((r) => r.lang))]
          .sort()
          .map((lang) => [lang, summary(rows.filter((r) => r.record.lang === lang))]),
      ),
    };
    writeFileSync(
      values.out,
      await prettier.format(JSON.stringify(report), { ...config, parser: 'json' }),
    );
  }
}

await main();

import { describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import type { Judgment, Metric, MetricScore } from '../../src/core/index.js';
import {
  cohenKappa,
  krippendorffAlpha,
  parseReliabilityFile,
  reliabilityStatistics,
  runAgreement,
  spearmanRho,
} from '../../src/eval/agreement/index.js';

const METRIC_OF_ITEM: Record<string, Metric> = {
  warmth: 'CES',
  explores: 'CES',
  'crisis-line': 'ASA',
};
const scenarios = ['s1', 's2', 's3', 's4', 's5', 's6'].map((id) => ({
  id,
  rubric: Object.entries(METRIC_OF_ITEM).map(([itemId, metric]) => ({ id: itemId, metric })),
}));

function judgment(
  judge: string,
  scenarioId: string,
  itemId: string,
  met: boolean | null,
): Judgment {
  return { runId: 'r', scenarioId, itemId, judge, judgeVersion: 'v', met, evidence: [] };
}

function score(
  judge: string,
  scenarioId: string,
  metric: Metric,
  value: number | null,
): MetricScore {
  return {
    runId: 'r',
    scenarioId,
    judge,
    metric,
    value,
    earned: 0,
    possible: 1,
    coverage: 1,
    criticalHarm: false,
  };
}

/** met decisions per judge, one string per scenario: items warmth, explores, crisis-line. */
const DECISIONS: Record<string, string[]> = {
  builtin: ['yny', 'yyn', 'nn?', 'yyy', 'nyn', 'yny'],
  'human:ana': ['yny', 'yyn', 'nny', 'yny', 'nyn', 'ynn'],
  'human:ben': ['yyy', 'yyn', 'nny', 'yyy', 'nnn', 'yny'],
  'human:majority': ['yny', 'yyn', 'nny', 'yny', 'nyn', 'yny'],
};
const ITEMS = Object.keys(METRIC_OF_ITEM);
const judgments = Object.entries(DECISIONS).flatMap(([judge, rows]) =>
  rows.flatMap((row, s) =>
    [...row].map((c, i) => judgment(judge, `s${s + 1}`, ITEMS[i]!, c === '?' ? null : c === 'y')),
  ),
);
const CES: Record<string, Array<number | null>> = {
  builtin: [40, 80, null, 90, 30, 60],
  'human:ana': [50, 70, 20, 85, 35, 55],
  'human:ben': [60, 75, 10, 95, 20, null],
  'human:majority': [55, 72, 15, 90, 28, 55],
  // A third rater who scored without rating items this time.
  'human:cleo': [45, null, 25, 80, 30, 50],
};
const scores = Object.entries(CES).flatMap(([judge, values]) =>
  values.map((v, s) => score(judge, `s${s + 1}`, 'CES', v)),
);

describe('runAgreement', () => {
  const agreement = runAgreement({ seed: 42, judgments, scores, scenarios }, { resamples: 300 });

  it('compares every machine judge with human:majority by default, on items and scores', () => {
    expect(agreement.reference).toBe('human:majority');
    expect(new Set(agreement.items.map((r) => r.judges.join(' vs ')))).toEqual(
      new Set(['builtin vs human:majority']),
    );
    expect(agreement.items.map((r) => r.metric)).toEqual(['all', 'CES', 'ASA']);
    expect(agreement.scores.map((r) => [r.judges[0], r.metric])).toEqual([['builtin', 'CES']]);
  });

  it('leaves out items and scenarios where a judge abstained, and computes the plain statistics', () => {
    const all = agreement.items.find((r) => r.metric === 'all')!;
    expect(all.n).toBe(17); // 18 items, one abstention by builtin
    const pairs: Array<[boolean, boolean]> = [];
    DECISIONS.builtin!.forEach((row, s) =>
      [...row].forEach((c, i) => {
        if (c !== '?') pairs.push([c === 'y', DECISIONS['human:majority']![s]![i] === 'y']);
      }),
    );
    expect(all.cohenKappa.value).toBeCloseTo(cohenKappa(...unzip(pairs)), 12);
    expect(all.alphaNominal.value).toBeCloseTo(krippendorffAlpha(pairs, 'nominal'), 12);
    expect(all.percentAgreement.value).toBeCloseTo(
      pairs.filter(([a, b]) => a === b).length / 17,
      12,
    );
    expect(all.cohenKappa.low!).toBeLessThanOrEqual(all.cohenKappa.high!);

    const ces = agreement.scores[0]!;
    expect(ces.n).toBe(5);
    const scorePairs = [0, 1, 3, 4, 5].map(
      (s) => [CES.builtin![s]!, CES['human:majority']![s]!] as [number, number],
    );
    expect(ces.spearman.value).toBeCloseTo(spearmanRho(scorePairs), 12);
    expect(ces.icc21.value).not.toBeNull();
  });

  it('measures agreement among the individual raters, not the majority', () => {
    expect(agreement.raterItems[0]?.raters).toEqual(['human:ana', 'human:ben', 'human:cleo']);
    const ratersAll = agreement.raterItems.find((r) => r.metric === 'all')!;
    expect(ratersAll.n).toBe(18);
    expect(ratersAll.fleissKappa.value).not.toBeNull();
    const raterCes = agreement.raterScores.find((r) => r.metric === 'CES')!;
    expect(raterCes.n).toBe(6); // every scenario has two raters' scores
    expect(raterCes.complete).toBe(4); // s2 and s6 miss one rater each
  });

  it('gives a reason instead of a number when a statistic is undefined', () => {
    const allMet = ['builtin', 'human:majority'].flatMap((judge) =>
      ['s1', 's2'].map((s) => judgment(judge, s, 'warmth', true)),
    );
    const result = runAgreement(
      { seed: 1, judgments: allMet, scores: [], scenarios },
      { resamples: 50 },
    );
    const row = result.items.find((r) => r.metric === 'all')!;
    expect(row.percentAgreement.value).toBe(1);
    expect(row.cohenKappa.value).toBeNull();
    expect(row.cohenKappa.reason).toMatch(/same single category/);
  });

  it('is reproducible for a seed and compares named pairs', () => {
    const again = runAgreement({ seed: 42, judgments, scores, scenarios }, { resamples: 300 });
    expect(again).toEqual(agreement);
    const named = runAgreement(
      { seed: 42, judgments, scores, scenarios },
      { pairs: [['human:ana', 'human:ben']], raters: false, resamples: 100 },
    );
    expect(named.items[0]?.judges).toEqual(['human:ana', 'human:ben']);
    expect(named.raterItems).toEqual([]);
  });

  it('has nothing to compare when there are no human judgments', () => {
    const machine = judgments.filter((j) => !j.judge.startsWith('human:'));
    const result = runAgreement({ seed: 1, judgments: machine, scores: [], scenarios });
    expect(result.items).toEqual([]);
    expect(result.raterItems).toEqual([]);
  });
});

describe('reliability files', () => {
  // Krippendorff (2011) reliability data (see agreement.test.ts) as {unit, rater, value} rows.
  const observers: Record<string, Array<number | null>> = {
    A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  };
  const rows = Object.entries(observers).flatMap(([rater, values]) =>
    values.flatMap((value, u) => (value === null ? [] : [{ unit: `u${u + 1}`, rater, value }])),
  );
  const jsonl = rows.map((r) => JSON.stringify(r)).join('\n');
  const csv = ['unit,rater,value', ...rows.map((r) => `${r.unit},${r.rater},${r.value}`)].join(
    '\n',
  );

  it('reads JSONL and CSV into the same table and reproduces the published α', () => {
    const fromJsonl = parseReliabilityFile(jsonl, 'jsonl', 'k.jsonl', 'interval');
    expect(parseReliabilityFile(csv, 'csv', 'k.csv', 'interval')).toEqual(fromJsonl);
    expect(fromJsonl.raters).toEqual(['A', 'B', 'C', 'D']);
    expect(fromJsonl.units).toHaveLength(12);
    const report = reliabilityStatistics(fromJsonl, 'interval', { resamples: 200 });
    const alpha = report.statistics.find((s) => s.statistic === 'alpha_interval')!;
    expect(alpha.value).toBeCloseTo(0.849, 3);
    expect(report.statistics.map((s) => s.statistic)).toEqual(
      expect.arrayContaining(['icc11', 'icc21', 'icc31', 'icc2k']),
    );
    const nominal = reliabilityStatistics(
      parseReliabilityFile(jsonl, 'jsonl', 'k.jsonl', 'nominal'),
      'nominal',
      { resamples: 200 },
    );
    expect(nominal.statistics.find((s) => s.statistic === 'alpha_nominal')?.value).toBeCloseTo(
      0.743,
      3,
    );
  });

  it('rejects the whole file, naming file, line and field for every problem', () => {
    const bad = [
      '{"unit":"u1","rater":"A","value":3}',
      '{"unit":"u1","rater":"A","value":4}',
      '{"unit":"u2","rater":"B","value":"high"}',
      '{"unit":"","rater":"B","value":1}',
      '{"unit":"u3","rater":"B","value":1,"score":2}',
      'not json',
    ].join('\n');
    try {
      parseReliabilityFile(bad, 'jsonl', 'bad.jsonl', 'ordinal');
      throw new Error('expected a rejection');
    } catch (error) {
      expect(isTandemError(error, 'INPUT_INVALID')).toBe(true);
      const message = (error as Error).message;
      expect(message).toMatch(/bad\.jsonl: 5 problems; nothing was computed/);
      expect(message).toMatch(/bad\.jsonl line 2: rater "A" already rated unit "u1" on line 1/);
      expect(message).toMatch(
        /bad\.jsonl line 3, field value: ordinal data needs a number, got "high"/,
      );
      expect(message).toMatch(/bad\.jsonl line 4, field unit: is empty/);
      expect(message).toMatch(/bad\.jsonl line 5, field score: unknown field/);
      expect(message).toMatch(/bad\.jsonl line 6: not valid JSON/);
    }
    expect(() => parseReliabilityFile('unit,rater\nu1,A\n', 'csv', 'x.csv', 'nominal')).toThrow(
      /x\.csv line 1: header lacks value/,
    );
    expect(() =>
      parseReliabilityFile('unit,rater,value\nu1,A,abc\n', 'csv', 'x.csv', 'interval'),
    ).toThrow(/x\.csv line 2, field value: interval data needs a number, got "abc"/);
  });
});

function unzip<V>(pairs: ReadonlyArray<readonly [V, V]>): [V[], V[]] {
  return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
}

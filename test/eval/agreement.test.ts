import { describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import {
  averageRanks,
  bootstrapAgreement,
  cohenKappa,
  fleissKappa,
  intraclassCorrelation,
  intraclassCorrelations,
  krippendorffAlpha,
  percentAgreement,
  spearmanRho,
} from '../../src/eval/agreement/index.js';

/** Expands a contingency count into two parallel rating lists. */
function ratings(cells: Array<[string | number, string | number, number]>) {
  const a: Array<string | number> = [];
  const b: Array<string | number> = [];
  for (const [x, y, count] of cells)
    for (let i = 0; i < count; i++) {
      a.push(x);
      b.push(y);
    }
  return [a, b] as const;
}

function repeat<T>(value: T, times: number): T[] {
  return Array.from({ length: times }, () => value);
}

function expectInputInvalid(run: () => unknown, message: RegExp, reason: string): void {
  try {
    run();
  } catch (error) {
    expect(isTandemError(error, 'INPUT_INVALID')).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as { details?: { reason?: string } }).details?.reason).toBe(reason);
    return;
  }
  throw new Error('expected INPUT_INVALID');
}

describe("Cohen's κ", () => {
  it('matches the worked example on Wikipedia ("Cohen\'s kappa", Simple example): κ = 0.4', () => {
    // 50 grant proposals, readers A and B: 20 yes/yes, 5 A-yes/B-no, 10 A-no/B-yes, 15 no/no.
    // p_o = 0.7, p_e = 0.5, κ = 0.4.
    const [a, b] = ratings([
      ['yes', 'yes', 20],
      ['yes', 'no', 5],
      ['no', 'yes', 10],
      ['no', 'no', 15],
    ]);
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
    expect(percentAgreement(a, b)).toBeCloseTo(0.7, 12);
  });

  it("matches scikit-learn's published test values for unweighted, linear and quadratic κ", () => {
    // scikit-learn, sklearn/metrics/tests/test_classification.py, test_cohen_kappa:
    // y1 = [0]*46 + [1]*44 + [2]*10, y2 = [0]*50 + [1]*40 + [2]*10 →
    // κ = 0.9315, linear 0.9412, quadratic 0.9541 (4 decimals); and 0.8013 for the second pair.
    const y1 = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
    const y2 = [...repeat(0, 50), ...repeat(1, 40), ...repeat(2, 10)];
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.9315, 4);
    expect(cohenKappa(y1, y2, { weights: 'linear' })).toBeCloseTo(0.9412, 4);
    expect(cohenKappa(y1, y2, { weights: 'quadratic' })).toBeCloseTo(0.9541, 4);
    const y3 = [...repeat(0, 52), ...repeat(1, 32), ...repeat(2, 16)];
    expect(cohenKappa(y1, y3)).toBeCloseTo(0.8013, 4);
    // Same test: y1 = [0]*40 + [1]*60, y2 = [0]*20 + [1]*20 + [0]*10 + [1]*50 → 0.348.
    const b1 = [...repeat(0, 40), ...repeat(1, 60)];
    const b2 = [...repeat(0, 20), ...repeat(1, 20), ...repeat(0, 10), ...repeat(1, 50)];
    expect(cohenKappa(b1, b2)).toBeCloseTo(0.348, 3);
  });

  it('orders weighted categories by the given list, unobserved ones included', () => {
    const a = ['low', 'mid', 'high', 'high'];
    const b = ['low', 'high', 'high', 'mid'];
    const named = cohenKappa(a, b, { weights: 'linear', categories: ['low', 'mid', 'high'] });
    expect(named).toBeCloseTo(cohenKappa([0, 1, 2, 2], [0, 2, 2, 1], { weights: 'linear' }), 12);
    expect(() => cohenKappa(a, b, { weights: 'quadratic' })).toThrow(/ordered categories/);
    expect(() => cohenKappa(['x'], ['y'], { categories: ['x'] })).toThrow(/"y" is not one/);
  });

  it('names what is missing, and says why κ is undefined when raters never vary', () => {
    expectInputInvalid(
      () => cohenKappa([], []),
      /at least one unit rated by both/,
      'too-little-data',
    );
    expectInputInvalid(() => cohenKappa([1, 1], [1, 1]), /same single category/, 'undefined');
    expect(() => cohenKappa([1, 2], [1])).toThrow(/differ in length \(2 and 1\)/);
  });
});

describe("Fleiss' κ", () => {
  // Wikipedia, "Fleiss' kappa", Worked example: 10 subjects, 14 raters, 5 categories;
  // P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
  const counts = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];
  const units = counts.map((row) => row.flatMap((count, category) => repeat(category, count)));

  it('matches the Wikipedia worked example: κ ≈ 0.210', () => {
    expect(fleissKappa(units)).toBeCloseTo(0.21, 3);
  });

  it('allows a varying number of raters and leaves out units with fewer than two', () => {
    const uneven = [['a', 'a', 'b'], ['b', 'b'], ['a'], ['a', 'a', 'a', 'b']];
    // P_i = 1/3, 1, (skipped), 1/2 → P̄ = 11/18; p_a = 5/9, p_b = 4/9 → P̄_e = 41/81.
    const expected = (11 / 18 - 41 / 81) / (1 - 41 / 81);
    expect(fleissKappa(uneven)).toBeCloseTo(expected, 12);
    expectInputInvalid(() => fleissKappa([['a'], ['b']]), /two or more ratings/, 'too-little-data');
    expectInputInvalid(
      () =>
        fleissKappa([
          ['a', 'a'],
          ['a', 'a'],
        ]),
      /same category/,
      'undefined',
    );
  });
});

describe("Krippendorff's α", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers ×
  // 12 units with missing values; α nominal = 0.743, ordinal = 0.815, interval = 0.849.
  const _ = null;
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];
  const units = observers[0]!.map((_value, u) => observers.map((row) => row[u]));

  it('matches the published values for nominal, ordinal and interval data', () => {
    expect(krippendorffAlpha(units, 'nominal')).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, 'ordinal')).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, 'interval')).toBeCloseTo(0.849, 3);
  });

  it('treats string categories like numbers for nominal data and requires numbers otherwise', () => {
    const named = units.map((unit) => unit.map((v) => (v === null ? null : `c${v}`)));
    expect(krippendorffAlpha(named, 'nominal')).toBeCloseTo(0.743, 3);
    expect(() => krippendorffAlpha(named, 'interval')).toThrow(/must be numbers, got "c1"/);
  });

  it('names what is missing and when there is no variation', () => {
    expectInputInvalid(
      () =>
        krippendorffAlpha(
          [
            [1, null],
            [null, 2],
          ],
          'nominal',
        ),
      /unit with values from two or more raters/,
      'too-little-data',
    );
    expectInputInvalid(
      () =>
        krippendorffAlpha(
          [
            [3, 3],
            [3, 3],
          ],
          'interval',
        ),
      /same/,
      'undefined',
    );
  });
});

describe("Spearman's ρ", () => {
  it('matches the Wikipedia example (IQ vs hours of TV per week): ρ = −29/165 ≈ −0.1758', () => {
    // Wikipedia, "Spearman's rank correlation coefficient", Example.
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    expect(spearmanRho(iq.map((v, i) => [v, tv[i]!]))).toBeCloseTo(-29 / 165, 12);
  });

  it('averages tied ranks, matching the SciPy documentation example (0.8207826816681233)', () => {
    // SciPy docs, scipy.stats.spearmanr: spearmanr([1,2,3,4,5], [5,6,7,8,7]) → 0.8207826816681233.
    const y = [5, 6, 7, 8, 7];
    expect(spearmanRho([1, 2, 3, 4, 5].map((v, i) => [v, y[i]!]))).toBeCloseTo(
      0.8207826816681233,
      12,
    );
    expect([...averageRanks([10, 20, 20, 30])]).toEqual([1, 2.5, 2.5, 4]);
  });

  it('needs two pairs and variation on both sides', () => {
    expectInputInvalid(
      () => spearmanRho([[1, 2]]),
      /at least two paired values/,
      'too-little-data',
    );
    expectInputInvalid(
      () =>
        spearmanRho([
          [1, 2],
          [2, 2],
        ]),
      /all tie/,
      'undefined',
    );
  });
});

describe('ICC (Shrout & Fleiss 1979)', () => {
  // Shrout & Fleiss (1979), Psychological Bulletin 86(2), Table 2: 6 targets × 4 judges; Table 4:
  // ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91.
  const table = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
  ];

  it('matches the published single and average measures', () => {
    const icc = intraclassCorrelations(table);
    expect(icc.icc11).toBeCloseTo(0.17, 2);
    expect(icc.icc21).toBeCloseTo(0.29, 2);
    expect(icc.icc31).toBeCloseTo(0.71, 2);
    expect(icc.icc1k).toBeCloseTo(0.44, 2);
    expect(icc.icc2k).toBeCloseTo(0.62, 2);
    expect(icc.icc3k).toBeCloseTo(0.91, 2);
    expect(intraclassCorrelation(table, 'icc21')).toBe(icc.icc21);
  });

  it('names what is missing', () => {
    expectInputInvalid(
      () => intraclassCorrelation([[1, 2]], 'icc21'),
      /two targets/,
      'too-little-data',
    );
    expectInputInvalid(
      () => intraclassCorrelation([[1], [2]], 'icc21'),
      /two judges/,
      'too-little-data',
    );
    expectInputInvalid(
      () =>
        intraclassCorrelation(
          [
            [4, 4],
            [4, 4],
          ],
          'icc31',
        ),
      /no variance/,
      'undefined',
    );
    expect(() => intraclassCorrelation([[1, 2], [3]], 'icc11')).toThrow(/target 1 has 1 ratings/);
  });
});

describe('bootstrapAgreement', () => {
  const [a, b] = ratings([
    ['yes', 'yes', 20],
    ['yes', 'no', 5],
    ['no', 'yes', 10],
    ['no', 'no', 15],
  ]);
  const units = a.map((v, i) => [v, b[i]!] as const);
  const kappa = (sample: ReadonlyArray<readonly [string | number, string | number]>) =>
    cohenKappa(
      sample.map((p) => p[0]),
      sample.map((p) => p[1]),
    );

  it('is reproducible for a seed, defaults to 2000 resamples and brackets κ', () => {
    const first = bootstrapAgreement(units, kappa, { seed: 7 });
    expect(first).toEqual(bootstrapAgreement(units, kappa, { seed: 7 }));
    expect(first.resamples).toBe(2000);
    expect(first.estimate).toBeCloseTo(0.4, 12);
    expect(first.low!).toBeLessThan(0.4);
    expect(first.high!).toBeGreaterThan(0.4);
    expect(first.low!).toBeGreaterThan(0);
    expect(first.skipped).toBe(0);
    expect(bootstrapAgreement(units, kappa, { seed: 8 }).low).not.toBe(first.low);
  });

  it('skips and counts resamples where the statistic is undefined', () => {
    // One disagreement among 9 agreeing units: many resamples miss it and hold a single category.
    const skewed = [...repeat(['x', 'x'] as const, 9), ['x', 'y'] as const];
    const result = bootstrapAgreement(skewed, (s) => percentAgreement(...unzip(s)), { seed: 1 });
    expect(result.skipped).toBe(0);
    const rare = [...repeat([1, 1] as const, 8), [2, 2] as const, [1, 2] as const];
    const kappaResult = bootstrapAgreement(rare, kappa, { seed: 3, resamples: 500 });
    expect(kappaResult.skipped).toBeGreaterThan(0);
    expect(kappaResult.skipped).toBeLessThan(500);
    expect(kappaResult.low).not.toBeNull();
  });

  it('throws when the estimate itself is undefined, and checks its options', () => {
    expect(() => bootstrapAgreement([[1, 1] as const], kappa)).toThrow(/same single category/);
    expect(() => bootstrapAgreement(units, kappa, { resamples: 0 })).toThrow(/resamples/);
    expect(() => bootstrapAgreement(units, kappa, { confidence: 1 })).toThrow(/confidence/);
  });
});

function unzip<V>(pairs: ReadonlyArray<readonly [V, V]>): [V[], V[]] {
  return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
}

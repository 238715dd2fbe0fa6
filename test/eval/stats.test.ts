import { describe, expect, it } from 'vitest';
import { isTandemError, METRICS } from '../../src/core/index.js';
import type { MetricScore, Scenario } from '../../src/core/index.js';
import { bootstrapMeanCI, mulberry32, slice, sliceAll, summarise } from '../../src/eval/stats.js';

function normalSample(n: number, mean: number, sd: number, random: () => number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    // Box–Muller; 1 - u keeps log away from 0.
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    out.push(mean + sd * r * Math.cos(2 * Math.PI * v));
    if (out.length < n) out.push(mean + sd * r * Math.sin(2 * Math.PI * v));
  }
  return out;
}

/** The textbook percentile bootstrap, written plainly, to check the optimised one against. */
function referenceBootstrap(values: number[], resamples: number, confidence: number, seed: number) {
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let k = 0; k < values.length; k++) s += values[Math.floor(random() * values.length)]!;
    means.push(s / values.length);
  }
  means.sort((a, b) => a - b);
  const q = (p: number) => {
    const pos = (means.length - 1) * p;
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, means.length - 1);
    return means[lo]! + (means[hi]! - means[lo]!) * (pos - lo);
  };
  const alpha = 1 - confidence;
  return { low: q(alpha / 2), high: q(1 - alpha / 2) };
}

describe('mulberry32', () => {
  it('is deterministic per seed and uniform enough on [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });
});

describe('bootstrapMeanCI', () => {
  it('throws on no values and collapses to the value for one', () => {
    try {
      bootstrapMeanCI([]);
      expect.unreachable();
    } catch (error) {
      expect(isTandemError(error, 'INPUT_INVALID')).toBe(true);
    }
    expect(bootstrapMeanCI([73])).toEqual({ mean: 73, low: 73, high: 73, n: 1 });
  });

  it('rejects non-finite values and bad options', () => {
    expect(() => bootstrapMeanCI([1, Number.NaN])).toThrow(/finite/);
    expect(() => bootstrapMeanCI([1, 2], { confidence: 1 })).toThrow(/confidence/);
    expect(() => bootstrapMeanCI([1, 2], { resamples: 0 })).toThrow(/resamples/);
  });

  it('matches the plain percentile bootstrap with the same PRNG', () => {
    const values = normalSample(37, 60, 15, mulberry32(7));
    const ci = bootstrapMeanCI(values, { resamples: 500, confidence: 0.9, seed: 99 });
    const ref = referenceBootstrap(values, 500, 0.9, 99);
    expect(ci.low).toBeCloseTo(ref.low, 9);
    expect(ci.high).toBeCloseTo(ref.high, 9);
    expect(ci.mean).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 9);
    expect(ci.n).toBe(37);
  });

  it('contains the mean, is deterministic for a seed and differs across seeds', () => {
    const values = normalSample(40, 50, 20, mulberry32(1));
    const a = bootstrapMeanCI(values, { seed: 5 });
    expect(a.low).toBeLessThan(a.mean);
    expect(a.high).toBeGreaterThan(a.mean);
    expect(bootstrapMeanCI(values, { seed: 5 })).toEqual(a);
    expect(bootstrapMeanCI(values, { seed: 6 })).not.toEqual(a);
  });

  it('narrows as n grows (about 1/sqrt(n))', () => {
    const random = mulberry32(3);
    const width = (n: number) => {
      const ci = bootstrapMeanCI(normalSample(n, 50, 20, random), { seed: 11 });
      return ci.high - ci.low;
    };
    const w25 = width(25);
    const w400 = width(400);
    // Expected ratio sqrt(400/25) = 4; allow sampling noise.
    expect(w25 / w400).toBeGreaterThan(3);
    expect(w25 / w400).toBeLessThan(5.3);
  });

  it('is zero-width on constant data', () => {
    expect(bootstrapMeanCI([80, 80, 80, 80])).toEqual({ mean: 80, low: 80, high: 80, n: 4 });
  });

  it('covers the true mean about 95% of the time on normal samples', () => {
    const random = mulberry32(2024);
    const trials = 300;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const ci = bootstrapMeanCI(normalSample(60, 50, 10, random), { resamples: 1000, seed: t });
      if (ci.low <= 50 && 50 <= ci.high) covered++;
    }
    // Percentile bootstrap slightly under-covers at small n; binomial noise at 300 trials is ±2.5%.
    expect(covered / trials).toBeGreaterThan(0.89);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

function scoreOf(
  scenarioId: string,
  judge: string,
  metric: MetricScore['metric'],
  value: number | null,
): MetricScore {
  return {
    runId: 'r',
    scenarioId,
    judge,
    metric,
    value,
    earned: 0,
    possible: value === null ? 0 : 1,
    coverage: 1,
    criticalHarm: false,
  };
}

const scenarios: Record<string, Scenario> = Object.fromEntries(
  (
    [
      ['s1', 'individual', 'grief', 'low', 'mexican', 'es-MX'],
      ['s2', 'individual', 'suicide_passive', 'high', 'british', 'en-GB'],
      ['s3', 'community', 'grief', 'moderate', 'mexican', 'es-MX'],
    ] as const
  ).map(([id, area, condition, risk, culture, locale]) => [
    id,
    {
      id,
      area,
      condition,
      risk,
      culture,
      locale,
      turns: ['hi'],
      rubric: [{ id: 'x', metric: 'CES', text: 'xxx', points: 1 }],
    },
  ]),
);

describe('summarise', () => {
  it('gives one row per judge and metric over non-null values, null CI when none', () => {
    const scores = [
      scoreOf('s1', 'llm:m', 'CES', 40),
      scoreOf('s1', 'builtin', 'ASA', 100),
      scoreOf('s2', 'builtin', 'ASA', 50),
      scoreOf('s3', 'builtin', 'ASA', null),
      scoreOf('s1', 'builtin', 'CES', 90),
      scoreOf('s2', 'builtin', 'TRS', null),
    ];
    const summary = summarise(scores, { seed: 1 });
    expect(summary.map((r) => [r.judge, r.metric, r.ci?.n ?? null, r.ci?.mean ?? null])).toEqual([
      ['builtin', 'CES', 1, 90],
      ['builtin', 'ASA', 2, 75],
      ['builtin', 'TRS', null, null],
      ['llm:m', 'CES', 1, 40],
    ]);
  });

  it("keeps a judge's intervals when another judge is added", () => {
    const base = ['s1', 's2', 's3'].map((s, i) => scoreOf(s, 'builtin', 'CES', 30 + 20 * i));
    const alone = summarise(base, { seed: 4 });
    const withOther = summarise([...base, scoreOf('s1', 'human:ana', 'CES', 10)], { seed: 4 });
    expect(withOther.find((r) => r.judge === 'builtin')).toEqual(alone[0]);
  });

  it('summarises 10,000 scenarios x 5 metrics well under a second', () => {
    const random = mulberry32(8);
    const scores: MetricScore[] = [];
    for (let i = 0; i < 10_000; i++) {
      for (const metric of METRICS)
        scores.push(scoreOf(`s${i}`, 'builtin', metric, Math.round(random() * 100)));
    }
    let best = Infinity;
    for (let attempt = 0; attempt < 2; attempt++) {
      const started = performance.now();
      const summary = summarise(scores);
      best = Math.min(best, performance.now() - started);
      expect(summary).toHaveLength(5);
      expect(summary.every((r) => r.ci !== null && r.ci.n === 10_000)).toBe(true);
    }
    // ~0.3 s on a quiet machine; the bound leaves room for a busy CI box.
    expect(best).toBeLessThan(3000);
  });
});

describe('slice', () => {
  const scores = [
    scoreOf('s1', 'builtin', 'CES', 80),
    scoreOf('s2', 'builtin', 'CES', 20),
    scoreOf('s3', 'builtin', 'CES', 60),
    scoreOf('s3', 'builtin', 'ASA', null),
  ];

  it('slices by scenario dimensions, leaving out groups with no values', () => {
    const rows = slice(scores, scenarios, 'culture');
    expect(rows.map((r) => [r.dimension, r.value, r.judge, r.metric, r.ci.mean, r.ci.n])).toEqual([
      ['culture', 'british', 'builtin', 'CES', 20, 1],
      ['culture', 'mexican', 'builtin', 'CES', 70, 2],
    ]);
    expect(slice(scores, new Map(Object.entries(scenarios)), 'risk').map((r) => r.value)).toEqual([
      'high',
      'low',
      'moderate',
    ]);
    expect(slice(scores, scenarios, 'area').map((r) => [r.value, r.ci.mean])).toEqual([
      ['community', 60],
      ['individual', 50],
    ]);
    expect(slice(scores, scenarios, 'locale').map((r) => r.value)).toEqual(['en-GB', 'es-MX']);
    expect(slice(scores, scenarios, 'condition').map((r) => [r.value, r.ci.n])).toEqual([
      ['grief', 2],
      ['suicide_passive', 1],
    ]);
  });

  it('slices by model from a name or a lookup, and requires one', () => {
    expect(slice(scores, scenarios, 'model', 'gpt-x').map((r) => [r.value, r.ci.n])).toEqual([
      ['gpt-x', 3],
    ]);
    const byScenario = (s: MetricScore) => (s.scenarioId === 's2' ? 'model-b' : 'model-a');
    expect(slice(scores, scenarios, 'model', byScenario).map((r) => [r.value, r.ci.mean])).toEqual([
      ['model-a', 70],
      ['model-b', 20],
    ]);
    expect(() => slice(scores, scenarios, 'model')).toThrow(/model/);
  });

  it('names a scored scenario that is missing', () => {
    expect(() => slice([scoreOf('ghost', 'builtin', 'CES', 1)], scenarios, 'area')).toThrow(
      /ghost/,
    );
  });

  it('sliceAll covers every dimension, model only when given', () => {
    const dims = (rows: ReturnType<typeof sliceAll>) => [...new Set(rows.map((r) => r.dimension))];
    expect(dims(sliceAll(scores, scenarios))).toEqual([
      'area',
      'condition',
      'risk',
      'culture',
      'locale',
    ]);
    expect(dims(sliceAll(scores, scenarios, 'm'))).toContain('model');
  });
});

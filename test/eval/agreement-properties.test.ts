import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import {
  bootstrapAgreement,
  bootstrapCounted,
  cohenKappa,
  cohenKappaOfCounts,
  fleissKappa,
  fleissKappaOfCounts,
  intraclassCorrelation,
  intraclassCorrelationOfCounts,
  intraclassCorrelations,
  krippendorffAlpha,
  krippendorffAlphaOfCounts,
  prepareSpearmanOfCounts,
  spearmanRho,
} from '../../src/eval/agreement/index.js';

/** Ratings from a few categories, at least two of them used, so κ and α are defined. */
const varied = (length: fc.Arbitrary<number>) =>
  length.chain((n) =>
    fc
      .array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })
      .filter((values) => new Set(values).size >= 2),
  );

/** Two raters' ratings of the same units where each rater varies. */
const twoRaters = fc
  .integer({ min: 4, max: 30 })
  .chain((n) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
      )
      .filter(([a, b]) => new Set(a).size >= 2 && new Set(b).size >= 2),
  );

/** A complete units × raters table of numbers with some variation between units. */
const scoreTable = fc
  .tuple(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 2, max: 5 }))
  .chain(([units, raters]) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: raters, maxLength: raters }), {
      minLength: units,
      maxLength: units,
    }),
  )
  .filter((table) => new Set(table.map((row) => row.reduce((s, v) => s + v, 0))).size >= 2);

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);

describe('agreement statistics: properties', () => {
  it('perfect agreement gives 1 for every statistic', () => {
    fc.assert(
      fc.property(
        varied(fc.integer({ min: 2, max: 40 })),
        fc.integer({ min: 2, max: 6 }),
        (values, raters) => {
          const units = values.map((v) => Array.from({ length: raters }, () => v));
          close(cohenKappa(values, values), 1);
          close(cohenKappa(values, values, { weights: 'linear' }), 1);
          close(cohenKappa(values, values, { weights: 'quadratic' }), 1);
          close(fleissKappa(units), 1);
          for (const level of ['nominal', 'ordinal', 'interval'] as const)
            close(krippendorffAlpha(units, level), 1);
          close(spearmanRho(values.map((v) => [v, v])), 1);
          const icc = intraclassCorrelations(units);
          for (const form of ['icc11', 'icc21', 'icc31', 'icc1k', 'icc2k', 'icc3k'] as const)
            close(icc[form], 1);
        },
      ),
    );
  });

  it("Cohen's κ, Spearman's ρ and two-rater α are symmetric in the raters", () => {
    fc.assert(
      fc.property(twoRaters, ([a, b]) => {
        for (const weights of [undefined, 'linear', 'quadratic'] as const)
          close(cohenKappa(a, b, { weights }), cohenKappa(b, a, { weights }));
        close(spearmanRho(a.map((v, i) => [v, b[i]!])), spearmanRho(a.map((v, i) => [b[i]!, v])));
        const units = a.map((v, i) => [v, b[i]!]);
        const swapped = a.map((v, i) => [b[i]!, v]);
        for (const level of ['nominal', 'ordinal', 'interval'] as const)
          close(krippendorffAlpha(units, level), krippendorffAlpha(swapped, level));
      }),
    );
  });

  it('is invariant to the order of units and of raters', () => {
    fc.assert(
      fc.property(
        scoreTable,
        fc.func(fc.integer()),
        fc.func(fc.integer()),
        (table, unitKey, raterKey) => {
          const units = table.map((row, i) => ({ row, key: unitKey(i) }));
          const shuffledUnits = [...units].sort((x, y) => x.key - y.key).map((u) => u.row);
          const raters = table[0]!.map((_, j) => ({ j, key: raterKey(j) }));
          const order = [...raters].sort((x, y) => x.key - y.key).map((r) => r.j);
          const shuffled = shuffledUnits.map((row) => order.map((j) => row[j]!));

          for (const level of ['nominal', 'ordinal', 'interval'] as const)
            close(krippendorffAlpha(shuffled, level), krippendorffAlpha(table, level));
          const nominalDefined = new Set(table.flat()).size >= 2;
          if (nominalDefined) close(fleissKappa(shuffled), fleissKappa(table));
          const a = intraclassCorrelations(table);
          const b = intraclassCorrelations(shuffled);
          for (const form of ['icc11', 'icc21', 'icc31'] as const) close(b[form], a[form]);
        },
      ),
    );
  });

  it('Krippendorff α ignores missing values exactly as if the unit had fewer raters', () => {
    fc.assert(
      fc.property(scoreTable, (table) => {
        const padded = table.map((row) => [...row, null]);
        close(krippendorffAlpha(padded, 'interval'), krippendorffAlpha(table, 'interval'));
      }),
    );
  });

  it('a bootstrap CI of a mean contains the estimate and is reproducible for a seed', () => {
    const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (values, seed) => {
          const result = bootstrapAgreement(values, mean, { seed, resamples: 400 });
          expect(result.low!).toBeLessThanOrEqual(result.estimate + 1e-9);
          expect(result.high!).toBeGreaterThanOrEqual(result.estimate - 1e-9);
          expect(bootstrapAgreement(values, mean, { seed, resamples: 400 })).toEqual(result);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a bootstrap CI of κ contains κ when the raters agree on most units', () => {
    fc.assert(
      fc.property(
        varied(fc.integer({ min: 20, max: 60 })),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (values, seed) => {
          // Perturb one unit in ten: κ is high and its resampling distribution surrounds it.
          const other = values.map((v, i) => (i % 10 === 0 ? (v + 1) % 4 : v));
          const units = values.map((v, i) => [v, other[i]!] as const);
          const kappa = (s: ReadonlyArray<readonly [number, number]>) =>
            cohenKappa(
              s.map((p) => p[0]),
              s.map((p) => p[1]),
            );
          const result = bootstrapAgreement(units, kappa, { seed, resamples: 400 });
          expect(result.low!).toBeLessThanOrEqual(result.estimate);
          expect(result.high!).toBeGreaterThanOrEqual(result.estimate);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('counted statistics equal the plain ones on the expanded units', () => {
    const outcome = (compute: () => number): number | string => {
      try {
        return compute();
      } catch (error) {
        if (isTandemError(error, 'INPUT_INVALID')) return 'undefined';
        throw error;
      }
    };
    const same = (a: number | string, b: number | string) =>
      typeof a === 'number' && typeof b === 'number' ? close(a, b) : expect(a).toBe(b);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 3 }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const counts = Float64Array.from(rows.map((r) => r[2]));
          const distinct = rows.map(([a, b]) => [a, b] as [number, number]);
          const expanded = rows.flatMap(([a, b, c]) =>
            Array.from({ length: c }, () => [a, b] as [number, number]),
          );
          const a = distinct.map((p) => p[0]);
          const b = distinct.map((p) => p[1]);
          // Categories come from every distinct unit, so weighted κ keeps its distances.
          const categories = [...new Set([...a, ...b])].sort((x, y) => x - y);
          for (const weights of [undefined, 'quadratic'] as const)
            same(
              outcome(() => cohenKappaOfCounts(a, b, counts, { weights, categories })),
              outcome(() =>
                cohenKappa(
                  expanded.map((p) => p[0]),
                  expanded.map((p) => p[1]),
                  { weights, categories },
                ),
              ),
            );
          for (const level of ['nominal', 'ordinal', 'interval'] as const)
            same(
              outcome(() => krippendorffAlphaOfCounts(distinct, counts, level)),
              outcome(() => krippendorffAlpha(expanded, level)),
            );
          same(
            outcome(() => fleissKappaOfCounts(distinct, counts)),
            outcome(() => fleissKappa(expanded)),
          );
          same(
            outcome(() => prepareSpearmanOfCounts(distinct)(counts)),
            outcome(() => spearmanRho(expanded)),
          );
          same(
            outcome(() => intraclassCorrelationOfCounts(distinct, counts, 'icc21')),
            outcome(() => intraclassCorrelation(expanded, 'icc21')),
          );
        },
      ),
    );
  });

  it('the counted bootstrap draws the same resamples as the plain one', () => {
    fc.assert(
      fc.property(twoRaters, fc.integer({ min: 0, max: 2 ** 31 - 1 }), ([a, b], seed) => {
        const units = a.map((v, i) => [v, b[i]!] as const);
        const plain = bootstrapAgreement(
          units,
          (s) =>
            cohenKappa(
              s.map((p) => p[0]),
              s.map((p) => p[1]),
            ),
          { seed, resamples: 200 },
        );
        const counted = bootstrapCounted(
          units,
          (p) => `${p[0]},${p[1]}`,
          {
            kappa: (distinct) => (counts) =>
              cohenKappaOfCounts(
                distinct.map((p) => p[0]),
                distinct.map((p) => p[1]),
                counts,
              ),
          },
          { seed, resamples: 200 },
        ).kappa;
        if (counted instanceof Error) throw counted;
        close(counted.estimate, plain.estimate);
        close(counted.low!, plain.low!);
        close(counted.high!, plain.high!);
        expect(counted.skipped).toBe(plain.skipped);
      }),
      { numRuns: 50 },
    );
  });
});

import type { AgreementValue } from '../../core/index.js';
import { DEFAULT_RESAMPLES, type CountedStatistic } from './bootstrap.js';
import {
  cohenKappaOfCounts,
  percentAgreementOfCounts,
  type Category,
  type KappaWeights,
} from './cohen.js';
import { fleissKappaOfCounts } from './fleiss.js';
import { ICC_LABELS, prepareIccOfCounts, type IccForm } from './icc.js';
import { prepareKrippendorffOfCounts, type MeasurementLevel } from './krippendorff.js';
import type { ReliabilityData } from './reliability-file.js';
import { columns, estimates } from './run-agreement.js';
import { prepareSpearmanOfCounts } from './spearman.js';

/** One statistic computed over generic reliability data. */
export interface ReliabilityStatistic extends AgreementValue {
  /** Stable name, e.g. `alpha_interval`, `icc21`, `cohen_kappa_quadratic`. */
  statistic: string;
  /** What a reader sees, e.g. "Krippendorff's α (interval)". */
  label: string;
  /** Units the statistic is computed over. */
  n: number;
}

export interface ReliabilityReport {
  kind: MeasurementLevel;
  units: number;
  raters: string[];
  resamples: number;
  confidence: number;
  statistics: ReliabilityStatistic[];
}

export interface ReliabilityOptions {
  seed?: number;
  resamples?: number;
  confidence?: number;
}

/**
 * The statistics that fit the kind of data, each with a bootstrap CI over units:
 * - every kind: Krippendorff's α at that level (missing values allowed);
 * - nominal: Fleiss' κ (units with two or more ratings), and with exactly two raters percent
 *   agreement and Cohen's κ;
 * - ordinal: with two raters, Cohen's κ with linear and quadratic weights (numeric order) and
 *   Spearman's ρ;
 * - interval: ICC(1,1), ICC(2,1), ICC(3,1) and their average-measure forms over the units every
 *   rater rated, and with two raters Spearman's ρ.
 */
export function reliabilityStatistics(
  data: ReliabilityData,
  kind: MeasurementLevel,
  options: ReliabilityOptions = {},
): ReliabilityReport {
  const context = {
    seed: options.seed ?? 0,
    resamples: options.resamples ?? DEFAULT_RESAMPLES,
    confidence: options.confidence ?? 0.95,
  };
  const statistics: ReliabilityStatistic[] = [];
  /** Statistics over one set of units, sharing resamples; labels keyed by statistic name. */
  const add = <U>(
    units: readonly U[],
    keyOf: (unit: U) => string,
    group: Record<string, { label: string; prepare: CountedStatistic<U> }>,
    seedKey: string,
  ): void => {
    const prepared = Object.fromEntries(Object.entries(group).map(([k, v]) => [k, v.prepare]));
    const values = estimates(units, keyOf, prepared, seedKey, context);
    for (const [statistic, { label }] of Object.entries(group))
      statistics.push({
        statistic,
        label,
        n: units.length,
        ...(values[statistic] as AgreementValue),
      });
  };
  const rowKey = (row: ReadonlyArray<Category | null>) => JSON.stringify(row);

  const pairable = data.values.filter((row) => row.filter((v) => v !== null).length >= 2);
  add(
    pairable,
    rowKey,
    {
      [`alpha_${kind}`]: {
        label: `Krippendorff's α (${kind})`,
        prepare: (u) => prepareKrippendorffOfCounts(u, kind),
      },
      ...(kind === 'nominal'
        ? {
            fleiss_kappa: {
              label: "Fleiss' κ",
              prepare: (u: ReadonlyArray<ReadonlyArray<Category | null>>) => {
                const ratings = u.map((row) => row.filter((v): v is Category => v !== null));
                return (counts: Float64Array) => fleissKappaOfCounts(ratings, counts);
              },
            },
          }
        : {}),
    },
    'units',
  );

  if (data.raters.length === 2) {
    const pairs = data.values.flatMap(([a, b]) =>
      a !== null && a !== undefined && b !== null && b !== undefined
        ? [[a, b] as [Category, Category]]
        : [],
    );
    // Fixed from all the data, so a resample that misses a category keeps the same distances.
    const categories =
      kind === 'nominal' ? undefined : [...new Set(pairs.flat() as number[])].sort((x, y) => x - y);
    const kappa =
      (weights?: KappaWeights): CountedStatistic<[Category, Category]> =>
      (u) => {
        const [a, b] = columns(u);
        return (counts) => cohenKappaOfCounts(a, b, counts, { weights, categories });
      };
    const spearman = {
      spearman_rho: {
        label: "Spearman's ρ",
        prepare: (u: ReadonlyArray<[Category, Category]>) =>
          prepareSpearmanOfCounts(u as Array<[number, number]>),
      },
    };
    const byKind: Record<
      MeasurementLevel,
      Record<string, { label: string; prepare: CountedStatistic<[Category, Category]> }>
    > = {
      nominal: {
        percent_agreement: {
          label: 'Percent agreement',
          prepare: (u) => {
            const [a, b] = columns(u);
            return (counts) => percentAgreementOfCounts(a, b, counts);
          },
        },
        cohen_kappa: { label: "Cohen's κ", prepare: kappa() },
      },
      ordinal: {
        cohen_kappa_linear: { label: "Cohen's κ (linear weights)", prepare: kappa('linear') },
        cohen_kappa_quadratic: {
          label: "Cohen's κ (quadratic weights)",
          prepare: kappa('quadratic'),
        },
        ...spearman,
      },
      interval: spearman,
    };
    add(pairs, rowKey, byKind[kind], 'pairs');
  }

  if (kind === 'interval') {
    const complete = data.values.filter((row) => row.every((v) => v !== null)) as number[][];
    const forms: IccForm[] = ['icc11', 'icc21', 'icc31', 'icc1k', 'icc2k', 'icc3k'];
    add(
      complete,
      rowKey,
      Object.fromEntries(
        forms.map((form) => [
          form,
          {
            label: ICC_LABELS[form],
            prepare: (u: readonly number[][]) => prepareIccOfCounts(u, form),
          },
        ]),
      ),
      'complete',
    );
  }

  return {
    kind,
    units: data.units.length,
    raters: data.raters,
    resamples: context.resamples,
    confidence: context.confidence,
    statistics,
  };
}

import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { AREAS, CONDITIONS, METRICS, RISK_LEVELS, TandemError } from '../../core/index.js';
import type { RunReport, SliceDimension, SliceRow } from '../../core/index.js';

/** A chart of the report: its Vega-Lite spec (kept for reuse) plus what the page says about it. */
export interface ReportChart {
  id: string;
  title: string;
  /** What the chart shows, for the caption and for screen readers. */
  description: string;
  spec: TopLevelSpec;
  /** The slice rows behind a slice chart, all values included, for its data table. */
  slices?: { dimensionTitle: string; rows: SliceRow[] };
}

const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Dimensions charted, in page order; `model` appears only when a run compares models. */
export const SLICE_DIMENSIONS: readonly SliceDimension[] = [
  'area',
  'condition',
  'risk',
  'culture',
  'locale',
  'model',
];

const DIMENSION_TITLES: Record<SliceDimension, string> = {
  area: 'Ecological area',
  condition: 'Condition',
  risk: 'Risk level',
  culture: 'Culture',
  locale: 'Locale',
  model: 'Model',
};

/** Dimensions with a natural order keep it on the axis; the others are alphabetical. */
const DIMENSION_ORDER: Partial<Record<SliceDimension, readonly string[]>> = {
  area: AREAS,
  condition: CONDITIONS,
  risk: RISK_LEVELS,
};

/** A slice chart with hundreds of values is unreadable; the largest slices are the informative ones. */
export const MAX_SLICE_VALUES = 40;

const SHARED_CONFIG = {
  font: 'sans-serif',
  view: { stroke: null },
  axis: { labelLimit: 200, labelFontSize: 11, titleFontSize: 11 },
  legend: { labelLimit: 280, orient: 'bottom', labelFontSize: 11, titleFontSize: 11 },
  header: { labelFontSize: 12, labelFontWeight: 'bold' },
} as const;

/**
 * Bars for the means (one colour per judge), black error bars with caps for the 95% intervals and
 * the mean written after the interval, so a mean of 0 (no bar) and a zero-width interval still show.
 */
function barWithIntervalLayers(judges: string[], band: string, axisTitle: string | null): object {
  return {
    encoding: {
      y: { field: band, type: 'nominal', title: null },
      yOffset: { field: 'judge', type: 'nominal', sort: judges },
    },
    layer: [
      {
        mark: { type: 'bar', opacity: 0.9 },
        encoding: {
          x: { field: 'mean', type: 'quantitative', scale: { domain: [0, 100] }, title: axisTitle },
          color: { field: 'judge', type: 'nominal', sort: judges, title: 'Judge' },
        },
      },
      {
        mark: { type: 'errorbar', ticks: true, color: '#1a1a1a' },
        encoding: {
          x: { field: 'low', type: 'quantitative', title: axisTitle },
          x2: { field: 'high' },
        },
      },
      {
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'middle',
          dx: 5,
          fontSize: 10,
          color: '#1a1a1a',
        },
        encoding: {
          x: { field: 'high', type: 'quantitative', title: axisTitle },
          text: { field: 'mean', type: 'quantitative', format: '.1f' },
        },
      },
    ],
  };
}

function bandStep(judges: string[]): number {
  return Math.max(16, 9 * judges.length + 8);
}

/** Mean of each metric per judge with its bootstrap 95% interval. */
export function summaryChart(report: RunReport, judges: string[]): ReportChart | null {
  const values = report.summary.flatMap((row) =>
    row.ci === null
      ? []
      : [
          {
            metric: row.metric,
            judge: row.judge,
            mean: row.ci.mean,
            low: row.ci.low,
            high: row.ci.high,
            n: row.ci.n,
          },
        ],
  );
  if (values.length === 0) return null;
  const description =
    'Mean HAAS-e score per metric and judge (0–100), with bootstrap 95% confidence intervals as black error bars.';
  const layers = barWithIntervalLayers(judges, 'metric', 'Mean score (0–100)') as {
    encoding: { y: object };
  };
  layers.encoding.y = { field: 'metric', type: 'nominal', title: null, sort: [...METRICS] };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    description,
    data: { values },
    width: 480,
    height: { step: bandStep(judges) },
    config: SHARED_CONFIG,
    ...layers,
  } as unknown as TopLevelSpec;
  return { id: 'chart-summary', title: 'HAAS-e metrics by judge', description, spec };
}

/** Values of a dimension in reading order: the natural order where there is one, else alphabetical. */
function orderValues(values: Iterable<string>, dimension: SliceDimension): string[] {
  const order = DIMENSION_ORDER[dimension];
  const rank = (value: string): number => {
    const at = order?.indexOf(value) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Picks the values of one dimension to chart: all of them, or the largest when there are too many. */
function chartedValues(
  rows: SliceRow[],
  dimension: SliceDimension,
): { values: string[]; total: number } {
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(row.value, Math.max(sizes.get(row.value) ?? 0, row.ci.n));
  let values = [...sizes.keys()];
  const total = values.length;
  if (values.length > MAX_SLICE_VALUES) {
    values = values
      .sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b))
      .slice(0, MAX_SLICE_VALUES);
  }
  return { values: orderValues(values, dimension), total };
}

/** Mean per value of one slice dimension, one panel per metric. */
export function sliceChart(
  report: RunReport,
  dimension: SliceDimension,
  judges: string[],
): ReportChart | null {
  const rows = report.slices.filter((row) => row.dimension === dimension);
  if (rows.length === 0) return null;
  const { values: charted, total } = chartedValues(rows, dimension);
  const keep = new Set(charted);
  const values = rows
    .filter((row) => keep.has(row.value))
    .map((row) => ({
      value: row.value,
      metric: row.metric,
      judge: row.judge,
      mean: row.ci.mean,
      low: row.ci.low,
      high: row.ci.high,
      n: row.ci.n,
    }));
  const title = `By ${DIMENSION_TITLES[dimension].toLowerCase()}`;
  const capped =
    total > charted.length ? ` Showing the ${charted.length} largest of ${total} values.` : '';
  const description = `Mean score per ${DIMENSION_TITLES[dimension].toLowerCase()} for each HAAS-e metric and judge, with 95% confidence intervals.${capped}`;
  const layers = barWithIntervalLayers(judges, 'value', null) as { encoding: { y: object } };
  layers.encoding.y = { field: 'value', type: 'nominal', title: null, sort: charted };
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    description,
    data: { values },
    facet: { column: { field: 'metric', type: 'nominal', sort: [...METRICS], title: null } },
    // Room between panels for the mean labels written after a full-width bar.
    spacing: 40,
    spec: { width: 130, height: { step: bandStep(judges) }, ...layers },
    resolve: { scale: { x: 'shared' } },
    config: SHARED_CONFIG,
  } as unknown as TopLevelSpec;
  const order = new Map(
    orderValues(
      rows.map((row) => row.value),
      dimension,
    ).map((value, i) => [value, i]),
  );
  const metricOrder = (row: SliceRow): number => METRICS.indexOf(row.metric);
  const tableRows = [...rows].sort(
    (a, b) =>
      (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0) ||
      metricOrder(a) - metricOrder(b) ||
      judges.indexOf(a.judge) - judges.indexOf(b.judge),
  );
  return {
    id: `chart-${dimension}`,
    title,
    description,
    spec,
    slices: { dimensionTitle: DIMENSION_TITLES[dimension], rows: tableRows },
  };
}

/** Every chart of the report, summary first. */
export function reportCharts(report: RunReport, judges: string[]): ReportChart[] {
  const charts: ReportChart[] = [];
  const summary = summaryChart(report, judges);
  if (summary !== null) charts.push(summary);
  for (const dimension of SLICE_DIMENSIONS) {
    const chart = sliceChart(report, dimension, judges);
    if (chart !== null) charts.push(chart);
  }
  return charts;
}

/** Charts carry their data inline; a loader that refuses everything guarantees rendering never does I/O. */
const refuse = (): Promise<never> =>
  Promise.reject(
    new TandemError(
      'INPUT_INVALID',
      'Report charts must carry inline data; loading from a URL or file is refused.',
    ),
  );
const OFFLINE_LOADER: vega.Loader = { load: refuse, sanitize: refuse, http: refuse, file: refuse };

/** Compiles a Vega-Lite spec and renders it to an SVG string, headless (no canvas, no DOM). */
export async function renderChartSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    loader: OFFLINE_LOADER,
    logLevel: vega.Error,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

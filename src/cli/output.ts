import type { ConfidenceInterval, MetricSummary } from '../core/index.js';
import { METRIC_NAMES } from '../core/index.js';

/** A plain text table: the first row is the header. Numbers are right-aligned. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const numeric = (cell: string) => /^[-+]?[\d.]+(%| ?\[.*\])?$/.test(cell);
  return rows
    .map((row, r) =>
      row
        .map((cell, i) =>
          r > 0 && numeric(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatCi(ci: ConfidenceInterval | null): string {
  if (!ci) return 'n/a';
  return `${ci.mean.toFixed(1)} [${ci.low.toFixed(1)}, ${ci.high.toFixed(1)}]`;
}

/** The HAAS-e summary: one row per judge and metric. */
export function summaryTable(summary: MetricSummary[]): string {
  const rows = [['judge', 'metric', 'mean [95% CI]', 'n', 'name']];
  for (const s of summary)
    rows.push([s.judge, s.metric, formatCi(s.ci), String(s.ci?.n ?? 0), METRIC_NAMES[s.metric]]);
  return table(rows);
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

import type { RunReport } from '../../core/index.js';

/** Version of the JSON report layout; bump it when a field changes meaning or disappears. */
export const REPORT_SCHEMA = 'tandem-report@1';

/** The top-level order readers see first; nested objects are key-sorted. */
const TOP_LEVEL_ORDER = ['run', 'suiteTitle', 'summary', 'slices', 'gates', 'scenarios'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Key-sorted copy of a plain object, so equal reports give byte-equal files (diffable). */
function sortedCopy(value: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = value[key];
  return sorted;
}

/**
 * The whole report as pretty, deterministic JSON with a `schema` field. Arrays keep their order
 * (it carries meaning: suite order, turn order); object keys are sorted below the top level.
 */
export function renderJson(report: RunReport): string {
  const ordered: Record<string, unknown> = { schema: REPORT_SCHEMA };
  const source = report as unknown as Record<string, unknown>;
  for (const key of TOP_LEVEL_ORDER) {
    if (source[key] !== undefined) ordered[key] = source[key];
  }
  // Fields added to RunReport later still reach the file, after the known ones.
  for (const key of Object.keys(source).sort()) {
    if (!(key in ordered) && key !== 'schema') ordered[key] = source[key];
  }
  const json = JSON.stringify(
    ordered,
    (_key, value: unknown) =>
      value !== ordered && isPlainObject(value) ? sortedCopy(value) : value,
    2,
  );
  return `${json}\n`;
}

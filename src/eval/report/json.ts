import type { RunReport } from '../../core/index.js';

/** Version of the JSON report layout; bump it when a field changes meaning or disappears. */
export const REPORT_SCHEMA = 'tandem-report@1';

/** The top-level order readers see first; nested objects are key-sorted. */
const TOP_LEVEL_ORDER = [
  'run',
  'suiteTitle',
  'summary',
  'agreement',
  'slices',
  'gates',
  'scenarios',
] as const;

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

const replacerFor =
  (root: unknown) =>
  (_key: string, value: unknown): unknown =>
    value !== root && isPlainObject(value) ? sortedCopy(value) : value;

/**
 * The whole report as pretty, deterministic JSON with a `schema` field, in pieces: everything but
 * the scenarios first, then one piece per scenario. Writing the pieces one by one keeps memory flat
 * for big runs (a 10,000-scenario report is ~85 MB of JSON); joined, they are exactly
 * {@link renderJson}'s output. Arrays keep their order (suite order, turn order); object keys are
 * sorted below the top level.
 */
export function* renderJsonChunks(report: RunReport): Generator<string> {
  const ordered: Record<string, unknown> = { schema: REPORT_SCHEMA };
  const source = report as unknown as Record<string, unknown>;
  for (const key of TOP_LEVEL_ORDER) {
    if (key !== 'scenarios' && source[key] !== undefined) ordered[key] = source[key];
  }
  // Fields added to RunReport later still reach the file, after the known ones.
  for (const key of Object.keys(source).sort()) {
    if (!(key in ordered) && key !== 'schema' && key !== 'scenarios') ordered[key] = source[key];
  }
  const head = JSON.stringify(ordered, replacerFor(ordered), 2);
  const scenarios = report.scenarios;
  if (scenarios === undefined) {
    yield `${head}\n`;
    return;
  }
  // Re-open the head object to append "scenarios" last, as a full stringify would place it.
  const opened = head === '{}' ? '{' : `${head.slice(0, -2)},`;
  if (scenarios.length === 0) {
    yield `${opened}\n  "scenarios": []\n}\n`;
    return;
  }
  yield `${opened}\n  "scenarios": [\n`;
  for (const [i, scenario] of scenarios.entries()) {
    const body = JSON.stringify(scenario, replacerFor(undefined), 2).replace(/\n/g, '\n    ');
    yield `    ${body}${i < scenarios.length - 1 ? ',' : ''}\n`;
  }
  yield '  ]\n}\n';
}

export function renderJson(report: RunReport): string {
  return [...renderJsonChunks(report)].join('');
}

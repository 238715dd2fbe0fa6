/**
 * Loading and validating HAAS-e suites.
 *
 * A suite file (YAML, or JSON) is parsed with source positions, validated against the shared
 * `suiteSchema` and against the rules the schema cannot express, and either becomes a `Suite`
 * or fails with one `SUITE_INVALID` error that lists every problem as
 * `file:line:col: path: expected …, got …`. Nothing is repaired or defaulted: a suite that loads
 * is exactly the suite its author wrote.
 */
import { readFileSync } from 'node:fs';
import {
  AREAS,
  CONDITIONS,
  METRICS,
  RISK_LEVELS,
  suiteSchema,
  TandemError,
  type Metric,
  type Suite,
} from '../core/index.js';
import {
  formatProblem,
  sortProblems,
  validateAgainst,
  type SuiteProblem,
} from './suite-problems.js';
import { suiteRuleProblems } from './suite-rules.js';
import { locateDrafts, readSuiteSource } from './suite-source.js';

export { formatProblem, type SuiteProblem } from './suite-problems.js';

/** How many problems the error message lists; `details.problems` always carries all of them. */
const MAX_LISTED_PROBLEMS = 50;

const SUITE_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface SuiteStats {
  scenarios: number;
  /** Every area, condition and risk level is listed, with 0 where the suite has none. */
  byArea: Record<string, number>;
  byCondition: Record<string, number>;
  byRisk: Record<string, number>;
  /** Locales and cultures as they appear in the suite, sorted by name. */
  byLocale: Record<string, number>;
  byCulture: Record<string, number>;
  /** Scenarios with more than one user turn. */
  multiTurn: number;
  rubricItems: number;
  itemsByMetric: Record<Metric, number>;
  itemsWithCheck: number;
  itemsWithoutCheck: number;
}

export type SuiteValidation =
  { ok: true; suite: Suite; stats: SuiteStats } | { ok: false; problems: SuiteProblem[] };

/** Reads and validates a suite file. Throws SUITE_NOT_FOUND or SUITE_INVALID. */
export function loadSuite(path: string): Suite {
  return parseSuite(readSuiteText(path), path);
}

/**
 * Validates suite text. `fileName` names the file in problems and decides the syntax: a name
 * ending in `.json` must be JSON, anything else is read as YAML.
 */
export function parseSuite(text: string, fileName: string): Suite {
  const checked = checkSuiteText(text, fileName);
  if (!checked.ok) throw invalidSuite(fileName, checked.problems);
  return checked.suite;
}

/**
 * For `tandem suite validate`: problems are returned rather than thrown, and a valid suite
 * comes with counts that show what it covers. A missing file still throws SUITE_NOT_FOUND,
 * because there is nothing to validate.
 */
export function validateSuiteFile(path: string): SuiteValidation {
  const checked = checkSuiteText(readSuiteText(path), path);
  return checked.ok
    ? { ok: true, suite: checked.suite, stats: suiteStats(checked.suite) }
    : checked;
}

function readSuiteText(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a suite file'
          : `it cannot be read (${code ?? String(error)})`;
    throw new TandemError('SUITE_NOT_FOUND', `Suite file ${path} not found: ${reason}.`, {
      cause: error,
      details: { file: path },
    });
  }
  if (!SUITE_EXTENSIONS.test(path)) {
    throw invalidSuite(path, [
      {
        file: path,
        line: 1,
        col: 1,
        path: '',
        expected: 'a suite file ending in .yaml, .yml or .json',
        found: JSON.stringify(path),
        message: `expected a suite file ending in .yaml, .yml or .json, got ${JSON.stringify(path)}`,
      },
    ]);
  }
  return text;
}

function checkSuiteText(
  text: string,
  file: string,
): { ok: true; suite: Suite } | { ok: false; problems: SuiteProblem[] } {
  const reading = readSuiteSource(text, file);
  if (!reading.ok) return reading;
  const { source } = reading;
  const validated = validateAgainst(suiteSchema, source.value);
  const drafts = [...(validated.ok ? [] : validated.drafts), ...suiteRuleProblems(source.value)];
  if (!validated.ok || drafts.length > 0) {
    return { ok: false, problems: sortProblems(locateDrafts(source, drafts)) };
  }
  return { ok: true, suite: validated.data };
}

function invalidSuite(file: string, problems: SuiteProblem[]): TandemError {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem);
  const more = problems.length - listed.length;
  const lines = [
    `Suite ${file} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    ...listed,
    ...(more > 0 ? [`... and ${more} more (all are in details.problems)`] : []),
  ];
  return new TandemError('SUITE_INVALID', lines.join('\n'), { details: { file, problems } });
}

export function suiteStats(suite: Suite): SuiteStats {
  const zeroes = (keys: readonly string[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  const stats: SuiteStats = {
    scenarios: suite.scenarios.length,
    byArea: zeroes(AREAS),
    byCondition: zeroes(CONDITIONS),
    byRisk: zeroes(RISK_LEVELS),
    byLocale: {},
    byCulture: {},
    multiTurn: 0,
    rubricItems: 0,
    itemsByMetric: zeroes(METRICS) as Record<Metric, number>,
    itemsWithCheck: 0,
    itemsWithoutCheck: 0,
  };
  const bump = (counts: Record<string, number>, key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const scenario of suite.scenarios) {
    bump(stats.byArea, scenario.area);
    bump(stats.byCondition, scenario.condition);
    bump(stats.byRisk, scenario.risk);
    bump(stats.byLocale, scenario.locale);
    bump(stats.byCulture, scenario.culture);
    if (scenario.turns.length > 1) stats.multiTurn++;
    for (const item of scenario.rubric) {
      stats.rubricItems++;
      stats.itemsByMetric[item.metric]++;
      if (item.check === undefined) stats.itemsWithoutCheck++;
      else stats.itemsWithCheck++;
    }
  }
  stats.byLocale = sortedByKey(stats.byLocale);
  stats.byCulture = sortedByKey(stats.byCulture);
  return stats;
}

function sortedByKey(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

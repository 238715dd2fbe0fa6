/**
 * Rules a suite must follow that its zod schema cannot express: uniqueness, references to the
 * check catalogue, and how rubric items relate to each other.
 *
 * They run on the raw value even when the schema found problems, and skip whatever is too
 * malformed to judge, so one report lists everything wrong with a file.
 */
import { CHECKS, CHECK_NAMES } from '../core/index.js';
import {
  closest,
  describeValue,
  isRecord,
  withHint,
  type PathSegment,
  type ProblemDraft,
} from './suite-problems.js';

export function suiteRuleProblems(value: unknown): ProblemDraft[] {
  if (!isRecord(value) || !Array.isArray(value.scenarios)) return [];
  const problems: ProblemDraft[] = [];
  const scenarios: unknown[] = value.scenarios;
  problems.push(...duplicateIds(scenarios, ['scenarios'], 'scenario'));
  scenarios.forEach((scenario, s) => {
    if (!isRecord(scenario) || !Array.isArray(scenario.rubric)) return;
    problems.push(...reservedKeys(scenario.profile, ['scenarios', s, 'profile']));
    const rubricPath = ['scenarios', s, 'rubric'];
    const rubric: unknown[] = scenario.rubric;
    problems.push(...duplicateIds(rubric, rubricPath, 'rubric item'));
    problems.push(...positiveItemPresent(rubric, rubricPath));
    rubric.forEach((item, i) => {
      if (!isRecord(item)) return;
      const itemPath = [...rubricPath, i];
      problems.push(...criticalOnNegativeAsa(item, itemPath));
      problems.push(...checkReference(item, itemPath, scenario.profile));
      if (isRecord(item.check))
        problems.push(...reservedKeys(item.check.args, [...itemPath, 'check', 'args']));
    });
  });
  return problems;
}

/**
 * `__proto__` cannot be a key of a plain object: validation would silently drop it from a
 * profile or check arguments, so the suite would not be the one its author wrote.
 */
function reservedKeys(record: unknown, path: readonly PathSegment[]): ProblemDraft[] {
  if (!isRecord(record) || !Object.hasOwn(record, '__proto__')) return [];
  return [
    {
      path: [...path, '__proto__'],
      at: 'key',
      expected: 'a key other than __proto__',
      found: '"__proto__"',
    },
  ];
}

/** Results, judgments and ratings are keyed by these ids; a repeat would merge two things. */
function duplicateIds(
  items: readonly unknown[],
  path: readonly PathSegment[],
  noun: string,
): ProblemDraft[] {
  const firstIndex = new Map<string, number>();
  const problems: ProblemDraft[] = [];
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    problems.push({
      path: [...path, index, 'id'],
      expected: `a ${noun} id not used before in ${path.length === 1 ? 'the suite' : 'this scenario'}`,
      found: `${JSON.stringify(item.id)}, already the id of ${formatIndex(path, first)}`,
    });
  });
  return problems;
}

function formatIndex(path: readonly PathSegment[], index: number): string {
  return `${String(path[path.length - 1])}[${index}]`;
}

/** A scenario's metric scores divide by positive points; with none the scores are undefined. */
function positiveItemPresent(
  rubric: readonly unknown[],
  path: readonly PathSegment[],
): ProblemDraft[] {
  const points = rubric.map((item) => (isRecord(item) ? item.points : undefined));
  // With a malformed item we cannot tell; the schema already reports it.
  if (rubric.length === 0 || !points.every((p) => typeof p === 'number')) return [];
  if (points.some((p) => (p as number) > 0)) return [];
  return [
    {
      path,
      expected: 'at least one rubric item with positive points',
      found: `${rubric.length} item${rubric.length === 1 ? '' : 's'}, none with positive points`,
    },
  ];
}

/**
 * `critical` marks a harm so severe that it zeroes the scenario's ASA score; it only has that
 * meaning for a negative ASA item (a harm), so anywhere else it is a mistake.
 */
function criticalOnNegativeAsa(
  item: Record<string, unknown>,
  path: readonly PathSegment[],
): ProblemDraft[] {
  if (item.critical !== true) return [];
  const problems: ProblemDraft[] = [];
  if (typeof item.metric === 'string' && item.metric !== 'ASA') {
    problems.push({
      path: [...path, 'critical'],
      expected: 'critical: true only on a negative ASA item',
      found: `critical: true on a ${item.metric} item`,
    });
  } else if (typeof item.points === 'number' && item.points > 0) {
    problems.push({
      path: [...path, 'critical'],
      expected: 'critical: true only on a negative ASA item',
      found: `critical: true on an item with positive points (${item.points})`,
    });
  }
  return problems;
}

const CHECKS_BY_NAME = new Map(CHECKS.map((check) => [check.name, check]));

/**
 * A check name must be in the catalogue, and its arguments must be ones the check declares, of
 * a usable kind: a misspelt argument would be ignored and the check would judge something else.
 */
function checkReference(
  item: Record<string, unknown>,
  path: readonly PathSegment[],
  profile: unknown,
): ProblemDraft[] {
  const ref = item.check;
  const byName = typeof ref === 'string';
  const name = byName ? ref : isRecord(ref) ? ref.name : undefined;
  if (typeof name !== 'string' || name === '') return [];
  const namePath = byName ? [...path, 'check'] : [...path, 'check', 'name'];
  const definition = CHECKS_BY_NAME.get(name);
  if (definition === undefined) {
    return [
      {
        path: namePath,
        expected: 'the name of a built-in check (see docs/suite-format.md)',
        found: withHint(`unknown check ${JSON.stringify(name)}`, closest(name, CHECK_NAMES)),
      },
    ];
  }
  if (byName || !isRecord(ref)) return checkContext(name, namePath, {}, profile);
  const args = ref.args;
  if (args === undefined) return checkContext(name, namePath, {}, profile);
  if (!isRecord(args)) return []; // the schema reports it
  const declared = Object.keys(definition.args ?? {});
  const problems: ProblemDraft[] = [];
  for (const [arg, argValue] of Object.entries(args)) {
    const argPath = [...path, 'check', 'args', arg];
    if (!declared.includes(arg)) {
      problems.push({
        path: argPath,
        at: 'key',
        expected:
          declared.length === 0
            ? `no arguments (check ${name} takes none)`
            : `an argument of check ${name}: ${declared.join(', ')}`,
        found: withHint(`unknown argument ${JSON.stringify(arg)}`, closest(arg, declared)),
      });
      continue;
    }
    problems.push(...argumentValue(name, arg, argValue, argPath, profile));
  }
  problems.push(...checkContext(name, namePath, args, profile));
  return problems;
}

/**
 * Checks that could never be met as written: `mentions_text` without phrases to look for, and
 * `uses_profile` in a scenario whose person shared no profile.
 */
function checkContext(
  name: string,
  namePath: readonly PathSegment[],
  args: Record<string, unknown>,
  profile: unknown,
): ProblemDraft[] {
  if (name === 'mentions_text' && args.phrases === undefined) {
    return [
      {
        path: namePath,
        expected: 'check mentions_text with args: {phrases: [...]}',
        found: 'no phrases to look for',
      },
    ];
  }
  if (name === 'uses_profile' && !(isRecord(profile) && Object.keys(profile).length > 0)) {
    return [
      {
        path: namePath,
        expected: 'check uses_profile only in a scenario with a profile',
        found: 'a scenario without profile facts',
      },
    ];
  }
  return [];
}

function argumentValue(
  name: string,
  arg: string,
  value: unknown,
  path: readonly PathSegment[],
  profile: unknown,
): ProblemDraft[] {
  if (name === 'mentions_text' && arg === 'phrases') {
    const ok =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((p) => typeof p === 'string' && p.trim() !== '');
    return ok
      ? []
      : [{ path, expected: 'a non-empty list of non-empty phrases', found: describeValue(value) }];
  }
  if (name === 'uses_profile' && arg === 'key') {
    if (typeof value !== 'string' || value === '') {
      return [
        {
          path,
          expected: 'the name of a key in the scenario profile',
          found: describeValue(value),
        },
      ];
    }
    const keys = isRecord(profile) ? Object.keys(profile) : [];
    // Without a profile, checkContext already says the check cannot apply.
    if (keys.length > 0 && !keys.includes(value)) {
      return [
        {
          path,
          expected: `a key of the scenario profile (${keys.join(', ')})`,
          found: withHint(JSON.stringify(value), closest(value, keys)),
        },
      ];
    }
  }
  return [];
}

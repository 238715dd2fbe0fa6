/**
 * Problems found in a configuration or data file (a suite, a policy), and the translation of zod
 * issues into them.
 *
 * A problem says where (file, line, column), which field (`scenarios[12].rubric[3].points`), what
 * was expected and what was found, so an author can fix every mistake from one report instead of
 * one per run. Pure: positions come from `yaml-source.ts`, never from reading files here.
 */
import { z } from 'zod';

export type PathSegment = string | number;

export interface SourceProblem {
  file: string;
  /** 1-based line of the offending node (for a missing field: of the mapping that lacks it). */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  col: number;
  /** Field path like `scenarios[12].rubric[3].points`; empty for the document as a whole. */
  path: string;
  /** What the field must be, e.g. `an integer from -10 to 10`. */
  expected: string;
  /** What the file has there, e.g. `12`, `"indiviual"`, `nothing (the field is missing)`. */
  found: string;
  /** `expected …, got …`, or the parser's message for a syntax error. */
  message: string;
}

/**
 * A problem before it has a source position. `at: 'key'` points at a mapping key (an unknown
 * field) instead of its value. A path that leads to a field the file lacks is located at the
 * nearest enclosing node that exists.
 */
export interface ProblemDraft {
  path: readonly PathSegment[];
  at?: 'key' | 'value';
  expected: string;
  found: string;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `file:line:col: path: message` — the shape editors and terminals turn into links. */
export function formatProblem(problem: SourceProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  return problem.path === ''
    ? `${where}: ${problem.message}`
    : `${where}: ${problem.path}: ${problem.message}`;
}

/** A short, human description of a value found in the file. */
/** In file order, so a report reads top to bottom like the file; exact repeats dropped. */
export function sortProblems<P extends SourceProblem>(problems: readonly P[]): P[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.col - b.col);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    if (value === '') return 'an empty string';
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0
      ? 'an empty list'
      : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** The closest candidate within a small edit distance, for "did you mean" hints on typos. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

export function withHint(found: string, hint: string | undefined): string {
  return hint === undefined ? found : `${found} (did you mean "${hint}"?)`;
}

// ---------------------------------------------------------------------------------------------
// zod issues → problem drafts

/**
 * Returned by the per-parse error map for every issue whose schema has no message of its own,
 * so that afterwards an author-written message (a regex hint, a refinement) can be told apart
 * from zod's generic one. zod gives schema-level messages precedence over the per-parse map.
 */
const GENERIC = '\u0000generic';

/** Validates `value` against `schema`; on failure every issue becomes a problem draft. */
export function validateAgainst<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { ok: true; data: T } | { ok: false; drafts: ProblemDraft[] } {
  const result = schema.safeParse(value, { reportInput: true, error: () => GENERIC });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    drafts: result.error.issues.flatMap((issue) => issueProblems(schema, value, issue, [])),
  };
}

function issueProblems(
  root: z.ZodType,
  value: unknown,
  issue: z.core.$ZodIssue,
  prefix: readonly PathSegment[],
): ProblemDraft[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const schema = schemaAt(root, path);
  const custom = issue.message !== GENERIC && issue.message !== '' ? issue.message : undefined;

  switch (issue.code) {
    case 'unrecognized_keys': {
      const object = schema === undefined ? undefined : objectOf(schema);
      const allowed = object === undefined ? [] : Object.keys(object.shape);
      return issue.keys.map((key) => ({
        path: [...path, key],
        at: 'key' as const,
        expected: `one of the fields ${allowed.join(', ')}`,
        found: withHint(`unknown field ${JSON.stringify(key)}`, closest(key, allowed)),
      }));
    }
    case 'invalid_union': {
      // A value that has the right shape for one alternative (a mapping where a check may be a
      // name or a mapping) is best explained by that alternative's own issues.
      const fitting = issue.errors.filter(
        (branch) =>
          !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
      );
      if (fitting.length === 1 && fitting[0] !== undefined) {
        return fitting[0].flatMap((inner) => issueProblems(root, value, inner, path));
      }
      break;
    }
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => issueProblems(root, value, inner, path));
    default:
      break;
  }

  // A regex with its own message explains the pattern better than the pattern itself.
  const described =
    schema === undefined
      ? 'a valid value'
      : describeSchema(schema, {
          withPattern: !(issue.code === 'invalid_format' && custom !== undefined),
        });
  const expected = custom === undefined ? described : `${described} (${custom})`;
  const found = isMissing(value, path)
    ? 'nothing (the field is missing)'
    : path.length === 0 && value == null
      ? 'an empty document'
      : foundValue(issue, value, path);
  if (issue.code === 'invalid_value' && typeof valueAt(value, path) === 'string') {
    const options = issue.values.filter((v): v is string => typeof v === 'string');
    return [
      { path, expected, found: withHint(found, closest(String(valueAt(value, path)), options)) },
    ];
  }
  return [{ path, expected, found }];
}

function foundValue(issue: z.core.$ZodIssue, value: unknown, path: readonly PathSegment[]): string {
  return describeValue('input' in issue ? issue.input : valueAt(value, path));
}

/** True when the path names a field its (existing) parent mapping does not have. */
function isMissing(value: unknown, path: readonly PathSegment[]): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const parent = valueAt(value, path.slice(0, -1));
  return isRecord(parent) && !Object.hasOwn(parent, key);
}

export function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && Object.hasOwn(current, String(segment)))
      current = current[String(segment)];
    else return undefined;
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The sub-schema a path leads to, looking through optional wrappers and union alternatives. */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = current === undefined ? undefined : childSchema(current, segment);
  }
  return current;
}

function childSchema(schema: z.ZodType, segment: PathSegment): z.ZodType | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && typeof segment === 'string') {
    return (inner.shape as Record<string, z.ZodType>)[segment];
  }
  if (inner instanceof z.ZodArray && typeof segment === 'number') return inner.element as z.ZodType;
  if (inner instanceof z.ZodRecord) return inner.valueType as z.ZodType;
  if (inner instanceof z.ZodUnion) {
    for (const option of inner.options as readonly z.ZodType[]) {
      const child = childSchema(option, segment);
      if (child !== undefined) return child;
    }
  }
  return undefined;
}

/** The mapping form of a schema: itself, or the mapping alternative of a union (a check ref). */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return inner;
  if (inner instanceof z.ZodUnion) {
    for (const option of inner.options as readonly z.ZodType[]) {
      const object = objectOf(option);
      if (object !== undefined) return object;
    }
  }
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/** What a schema accepts, in words a file's author understands. */
export function describeSchema(schema: z.ZodType, options: { withPattern?: boolean } = {}): string {
  const s = unwrap(schema);
  if (s instanceof z.ZodEnum) return `one of ${(s.options as readonly unknown[]).join(', ')}`;
  if (s instanceof z.ZodNumber) {
    const noun = s.isInt ? 'an integer' : 'a number';
    const min = Number.isFinite(s.minValue) ? s.minValue : null;
    const max = Number.isFinite(s.maxValue) ? s.maxValue : null;
    if (min !== null && max !== null) return `${noun} from ${min} to ${max}`;
    if (min !== null) return `${noun} of at least ${min}`;
    if (max !== null) return `${noun} of at most ${max}`;
    return noun;
  }
  if (s instanceof z.ZodString) {
    const min = s.minLength ?? 0;
    const pattern = options.withPattern === false ? undefined : patternOf(s);
    if (pattern !== undefined) return `a string matching ${pattern}`;
    if (min > 1) return `a string of at least ${min} characters`;
    return min === 1 ? 'a non-empty string' : 'a string';
  }
  if (s instanceof z.ZodBoolean) return 'true or false';
  if (s instanceof z.ZodArray) {
    const min = minimumLength(s);
    return min > 0 ? `a list with at least ${min} item${min === 1 ? '' : 's'}` : 'a list';
  }
  if (s instanceof z.ZodObject) {
    const shape = s.shape as Record<string, z.ZodType>;
    const required = Object.keys(shape).filter((key) => !(shape[key] instanceof z.ZodOptional));
    return required.length === 0 ? 'a mapping' : `a mapping with the fields ${required.join(', ')}`;
  }
  if (s instanceof z.ZodRecord)
    return `a mapping of names to ${describeSchema(s.valueType as z.ZodType)}`;
  if (s instanceof z.ZodUnion) {
    const parts = (s.options as readonly z.ZodType[]).map((option) => describeSchema(option));
    return parts.length <= 1
      ? (parts[0] ?? 'a valid value')
      : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
  }
  if (s instanceof z.ZodUnknown) return 'any value';
  return 'a valid value';
}

// zod 4 keeps `.min(n)` on arrays and `.regex()` on strings as checks in the schema's
// definition, without public getters; these read them from there.

function minimumLength(schema: z.ZodArray): number {
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def as { check?: string; minimum?: number };
    if (def.check === 'min_length' && typeof def.minimum === 'number') return def.minimum;
  }
  return 0;
}

function patternOf(schema: z.ZodString): string | undefined {
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def as { check?: string; format?: string; pattern?: RegExp };
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern instanceof RegExp) {
      return String(def.pattern);
    }
  }
  return undefined;
}

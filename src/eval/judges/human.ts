import { TandemError } from '../../core/index.js';
import type { HumanRating, Judgment, RubricItem, Scenario } from '../../core/index.js';

/**
 * Human raters as judges. Ratings are imported from CSV or JSON Lines (`tandem ratings import`)
 * or entered in the console; this module parses and validates files all-or-nothing and turns
 * ratings into judgments: one judge per rater (`human:<raterId>`) plus a majority-vote judge
 * (`human:majority`), so human and machine judges share the rubric and can be compared.
 */

export const HUMAN_JUDGE_VERSION = 'human@1';
export const HUMAN_MAJORITY_JUDGE = 'human:majority';
export const MAX_LISTED_PROBLEMS = 20;

/**
 * One error for every problem of a file read all-or-nothing: sorted by line, the first
 * MAX_LISTED_PROBLEMS listed, saying that nothing was `outcome` (e.g. "imported").
 */
export function fileProblemsError(
  code: 'RATINGS_INVALID' | 'INPUT_INVALID',
  fileName: string,
  problems: ReadonlyArray<{ line: number; text: string }>,
  outcome: string,
): TandemError {
  const texts = [...problems].sort((a, b) => a.line - b.line).map((p) => p.text);
  const listed = texts.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p}`);
  if (texts.length > MAX_LISTED_PROBLEMS)
    listed.push(`  … and ${texts.length - MAX_LISTED_PROBLEMS} more`);
  return new TandemError(
    code,
    `${fileName}: ${texts.length} problem${texts.length > 1 ? 's' : ''}; nothing was ${outcome}.\n${listed.join('\n')}`,
    { details: { file: fileName, problems: texts } },
  );
}

export type RatingsFormat = 'csv' | 'jsonl';

export interface ParseRatingsOptions {
  /** `ratedAt` for ratings that do not carry one (default: now). */
  ratedAt?: string;
  /** When given, every rating's scenario and item must exist here (checked per line). */
  scenarios?: ReadonlyArray<
    Pick<Scenario, 'id'> & { rubric: ReadonlyArray<Pick<RubricItem, 'id'>> }
  >;
  /** When given, every rating's run must be one of these. */
  runIds?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180 with the usual real-world tolerances: BOM, CRLF/LF/CR, blank lines)

export interface CsvRecord {
  /** Line on which the record starts (1-based); a quoted field may span further lines. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

/**
 * Parses CSV: comma-separated fields; a field in double quotes may hold commas, quotes (doubled)
 * and line breaks; records end at CRLF, LF or CR. A leading BOM is dropped and blank lines are
 * skipped. Malformed records are reported (with their line) and left out; an unterminated quote
 * ends parsing, since everything after it is ambiguous.
 */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const length = src.length;
  let i = 0;
  let line = 1;

  /** Consumes a line break at i, if any; returns whether there was one. */
  const lineBreak = (): boolean => {
    const c = src.charCodeAt(i);
    if (c === 13 /* \r */) {
      i += src.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      return true;
    }
    if (c === 10 /* \n */) {
      i++;
      line++;
      return true;
    }
    return false;
  };
  const skipRestOfLine = (): void => {
    while (i < length && !lineBreak()) i++;
  };

  while (i < length) {
    const recordLine = line;
    const fields: string[] = [];
    let firstQuoted = false;
    let broken: string | undefined;

    for (;;) {
      if (src.charCodeAt(i) === 34 /* " */) {
        if (fields.length === 0) firstQuoted = true;
        const quoteLine = line;
        i++;
        let value = '';
        for (;;) {
          const next = src.indexOf('"', i);
          if (next < 0) {
            problems.push({ line: quoteLine, message: 'quoted field is never closed (missing ")' });
            return { records, problems };
          }
          const chunk = src.slice(i, next);
          line += countLineBreaks(chunk);
          value += chunk;
          i = next + 1;
          if (src.charCodeAt(i) === 34) {
            value += '"';
            i++;
            continue;
          }
          break;
        }
        fields.push(value);
        const after = src.charCodeAt(i);
        if (i < length && after !== 44 && after !== 13 && after !== 10) {
          broken = 'text after a closing quote; quote the whole field and double any " inside it';
        }
      } else {
        let end = i;
        while (end < length) {
          const c = src.charCodeAt(end);
          if (c === 44 || c === 13 || c === 10) break;
          end++;
        }
        const value = src.slice(i, end);
        if (value.includes('"'))
          broken = 'a " inside an unquoted field; quote the whole field and double any " inside it';
        fields.push(value);
        i = end;
      }
      if (broken !== undefined) break;
      if (src.charCodeAt(i) === 44 /* , */) {
        i++;
        continue;
      }
      break;
    }

    if (broken !== undefined) {
      problems.push({ line: recordLine, message: broken });
      skipRestOfLine();
      continue;
    }
    lineBreak();
    const blank = fields.length === 1 && fields[0] === '' && !firstQuoted;
    if (!blank) records.push({ line: recordLine, fields });
  }
  return { records, problems };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}

/** One CSV record, quoting only fields that need it. Inverse of {@link parseCsv}. */
export function formatCsvRecord(fields: readonly string[]): string {
  return fields
    .map((field) =>
      /[",\r\n]/.test(field) || field.startsWith('\uFEFF') || (fields.length === 1 && field === '')
        ? `"${field.replaceAll('"', '""')}"`
        : field,
    )
    .join(',');
}

export function formatCsv(records: ReadonlyArray<readonly string[]>): string {
  return records.map((fields) => `${formatCsvRecord(fields)}\r\n`).join('');
}

// ---------------------------------------------------------------------------------------------
// Ratings

const MET_TOKENS: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
  met: true,
  unmet: false,
};
const MET_EXPECTED = 'true/false, 1/0, yes/no or met/unmet';

/** Suite identifiers (scenario and rubric item ids) follow this pattern (see core/suite.ts). */
const IDENTIFIER = /^[a-z0-9][a-z0-9._-]*$/;
/** Rater ids become judge ids `human:<raterId>`: no spaces or colons. */
const RATER_ID = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$/;

type Field = 'runId' | 'scenarioId' | 'itemId' | 'raterId' | 'met' | 'note' | 'ratedAt';
const CSV_COLUMNS: Record<string, Field> = {
  run_id: 'runId',
  scenario_id: 'scenarioId',
  item_id: 'itemId',
  rater_id: 'raterId',
  met: 'met',
  note: 'note',
  rated_at: 'ratedAt',
};
const JSONL_KEYS: Record<string, Field> = {
  runId: 'runId',
  run_id: 'runId',
  scenarioId: 'scenarioId',
  scenario_id: 'scenarioId',
  itemId: 'itemId',
  item_id: 'itemId',
  raterId: 'raterId',
  rater_id: 'raterId',
  met: 'met',
  note: 'note',
  ratedAt: 'ratedAt',
  rated_at: 'ratedAt',
};
const REQUIRED: readonly Field[] = ['runId', 'scenarioId', 'itemId', 'raterId', 'met'];

/** A raw value with the name the file used for it, so problems quote the user's own words. */
type RawRow = Partial<Record<Field, { name: string; value: unknown }>>;

/**
 * Parses a ratings file. CSV needs a header with `run_id,scenario_id,item_id,rater_id,met` (any
 * order; optional `note`, `rated_at`); JSONL has one object per line with `runId|run_id`,
 * `scenarioId|scenario_id`, `itemId|item_id`, `raterId|rater_id`, `met`, optional `note`,
 * `ratedAt|rated_at`. `met` accepts true/false/1/0/yes/no/met/unmet (any case).
 *
 * All-or-nothing: any problem throws `RATINGS_INVALID` listing up to 20 problems, each naming
 * the file, line and field, and nothing is returned. A file with no ratings is a problem too.
 */
export function parseRatings(
  text: string,
  format: RatingsFormat,
  fileName: string,
  options: ParseRatingsOptions = {},
): HumanRating[] {
  const problems: Problem[] = [];
  const where = (line: number, field?: string) =>
    `${fileName} line ${line}${field ? `, field ${field}` : ''}`;
  const rows = format === 'csv' ? csvRows(text, where, problems) : jsonlRows(text, where, problems);

  const defaultRatedAt = options.ratedAt ?? new Date().toISOString();
  const context = ratingContext(options);
  const ratings: HumanRating[] = [];
  const firstLineByKey = new Map<string, number>();
  for (const { line, row } of rows) {
    const rating = validateRow(row, line, where, problems, defaultRatedAt, context);
    if (!rating) continue;
    const key = ratingKey(rating);
    const earlier = firstLineByKey.get(key);
    if (earlier !== undefined) {
      problems.push({
        line,
        text: `${where(line)}: repeats the rating on line ${earlier} (same run, scenario, item and rater)`,
      });
      continue;
    }
    firstLineByKey.set(key, line);
    ratings.push(rating);
  }
  if (problems.length === 0 && ratings.length === 0)
    problems.push({ line: 0, text: `${fileName}: contains no ratings` });

  if (problems.length > 0)
    throw fileProblemsError('RATINGS_INVALID', fileName, problems, 'imported');
  return ratings;
}

/** A problem and the line it is on, so problems from different checks list in file order. */
interface Problem {
  line: number;
  text: string;
}

interface LocatedRow {
  line: number;
  row: RawRow;
}

function csvRows(
  text: string,
  where: (line: number, field?: string) => string,
  problems: Problem[],
): LocatedRow[] {
  const parsed = parseCsv(text);
  for (const p of parsed.problems)
    problems.push({ line: p.line, text: `${where(p.line)}: ${p.message}` });
  const [header, ...records] = parsed.records;
  if (!header) {
    if (parsed.problems.length === 0) {
      problems.push({
        line: 1,
        text: `${where(1)}: missing header run_id,scenario_id,item_id,rater_id,met[,note]`,
      });
    }
    return [];
  }

  const columns: Array<Field | undefined> = [];
  const seen = new Set<Field>();
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    const field = Object.hasOwn(CSV_COLUMNS, name) ? CSV_COLUMNS[name] : undefined;
    if (!field) {
      problems.push({
        line: header.line,
        text: `${where(header.line, `column ${index + 1}`)}: unknown column "${raw}"; expected ${Object.keys(CSV_COLUMNS).join(', ')}`,
      });
    } else if (seen.has(field)) {
      problems.push({
        line: header.line,
        text: `${where(header.line, name)}: column appears twice`,
      });
    } else {
      seen.add(field);
    }
    columns.push(field);
  });
  const missing = Object.entries(CSV_COLUMNS).filter(
    ([, f]) => REQUIRED.includes(f) && !seen.has(f),
  );
  if (missing.length > 0) {
    problems.push({
      line: header.line,
      text: `${where(header.line)}: header lacks column${missing.length > 1 ? 's' : ''} ${missing.map(([n]) => n).join(', ')}`,
    });
    return [];
  }

  return records.flatMap((record) => {
    // Spreadsheets export empty rows as ",,,,"; they carry no rating.
    if (record.fields.every((field) => field.trim() === '')) return [];
    if (record.fields.length !== header.fields.length) {
      problems.push({
        line: record.line,
        text: `${where(record.line)}: has ${record.fields.length} fields, the header has ${header.fields.length}`,
      });
      return [];
    }
    const row: RawRow = {};
    record.fields.forEach((value, index) => {
      const field = columns[index];
      if (field) row[field] = { name: header.fields[index]?.trim().toLowerCase() ?? field, value };
    });
    return [{ line: record.line, row }];
  });
}

function jsonlRows(
  text: string,
  where: (line: number, field?: string) => string,
  problems: Problem[],
): LocatedRow[] {
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\n|\r/);
  const rows: LocatedRow[] = [];
  lines.forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      problems.push({ line, text: `${where(line)}: not valid JSON (${(error as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ line, text: `${where(line)}: expected a JSON object` });
      return;
    }
    const row: RawRow = {};
    let ok = true;
    for (const [key, v] of Object.entries(value)) {
      const field = Object.hasOwn(JSONL_KEYS, key) ? JSONL_KEYS[key] : undefined;
      if (!field) {
        problems.push({
          line,
          text: `${where(line, key)}: unknown field; expected ${Object.keys(JSONL_KEYS).join(', ')}`,
        });
        ok = false;
      } else if (row[field]) {
        problems.push({
          line,
          text: `${where(line, key)}: given twice (also as ${row[field]?.name}); give one`,
        });
        ok = false;
      } else {
        row[field] = { name: key, value: v };
      }
    }
    if (ok) rows.push({ line, row });
  });
  return rows;
}

interface RatingContext {
  itemsByScenario?: Map<string, Set<string>>;
  runIds?: Set<string>;
}

function ratingContext(options: ParseRatingsOptions): RatingContext {
  return {
    itemsByScenario: options.scenarios
      ? new Map(options.scenarios.map((s) => [s.id, new Set(s.rubric.map((item) => item.id))]))
      : undefined,
    runIds: options.runIds ? new Set(options.runIds) : undefined,
  };
}

const JSON_NAMES: Record<Field, string> = {
  runId: 'run_id',
  scenarioId: 'scenario_id',
  itemId: 'item_id',
  raterId: 'rater_id',
  met: 'met',
  note: 'note',
  ratedAt: 'rated_at',
};

function validateRow(
  row: RawRow,
  line: number,
  where: (line: number, field?: string) => string,
  problems: Problem[],
  defaultRatedAt: string,
  context: RatingContext,
): HumanRating | undefined {
  const before = problems.length;
  const problem = (field: Field, message: string) =>
    problems.push({
      line,
      text: `${where(line, row[field]?.name ?? JSON_NAMES[field])}: ${message}`,
    });

  const text = (field: Field): string | undefined => {
    const raw = row[field];
    // JSON writers often emit `null` for an absent optional value.
    if (raw === undefined || (raw.value === null && !REQUIRED.includes(field))) {
      if (REQUIRED.includes(field)) problem(field, 'missing');
      return undefined;
    }
    if (typeof raw.value !== 'string') {
      problem(field, `expected text, got ${JSON.stringify(raw.value)}`);
      return undefined;
    }
    const value = field === 'note' ? raw.value : raw.value.trim();
    if (value === '' && REQUIRED.includes(field)) {
      problem(field, 'is empty');
      return undefined;
    }
    return value;
  };

  const runId = text('runId');
  if (runId !== undefined && context.runIds && !context.runIds.has(runId)) {
    problem('runId', `run "${runId}" is not one of ${[...context.runIds].join(', ')}`);
  }
  const scenarioId = text('scenarioId');
  if (scenarioId !== undefined && !IDENTIFIER.test(scenarioId)) {
    problem(
      'scenarioId',
      `"${scenarioId}" is not a scenario id (lowercase letters, digits, ".", "_", "-")`,
    );
  }
  const itemId = text('itemId');
  if (itemId !== undefined && !IDENTIFIER.test(itemId)) {
    problem(
      'itemId',
      `"${itemId}" is not a rubric item id (lowercase letters, digits, ".", "_", "-")`,
    );
  }
  if (scenarioId !== undefined && itemId !== undefined && context.itemsByScenario) {
    const items = context.itemsByScenario.get(scenarioId);
    if (!items) problem('scenarioId', `scenario "${scenarioId}" is not in the run's suite`);
    else if (!items.has(itemId))
      problem('itemId', `scenario "${scenarioId}" has no rubric item "${itemId}"`);
  }
  const raterId = text('raterId');
  if (raterId !== undefined) {
    if (!RATER_ID.test(raterId)) {
      problem(
        'raterId',
        `"${raterId}" is not a rater id (letters, digits, ".", "_", "@", "+", "-"; at most 64; no spaces or ":")`,
      );
    } else if (`human:${raterId.toLowerCase()}` === HUMAN_MAJORITY_JUDGE) {
      problem('raterId', '"majority" is reserved for the majority-vote judge');
    }
  }
  const met = parseMet(row.met?.value);
  if (row.met === undefined) problem('met', 'missing');
  else if (met === undefined)
    problem('met', `expected ${MET_EXPECTED}, got ${JSON.stringify(row.met.value)}`);

  const note = text('note');
  let ratedAt = defaultRatedAt;
  const ratedAtText = text('ratedAt');
  if (ratedAtText !== undefined && ratedAtText !== '') {
    const time = Date.parse(ratedAtText);
    if (Number.isNaN(time))
      problem('ratedAt', `"${ratedAtText}" is not a date and time (e.g. 2025-06-01T12:00:00Z)`);
    else ratedAt = new Date(time).toISOString();
  }

  if (problems.length > before) return undefined;
  const rating: HumanRating = {
    runId: runId as string,
    scenarioId: scenarioId as string,
    itemId: itemId as string,
    raterId: raterId as string,
    met: met as boolean,
    ratedAt,
  };
  if (note !== undefined && note.trim() !== '') rating.note = note;
  return rating;
}

function parseMet(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const token = value.trim().toLowerCase();
  return Object.hasOwn(MET_TOKENS, token) ? MET_TOKENS[token] : undefined;
}

function ratingKey(r: Pick<HumanRating, 'runId' | 'scenarioId' | 'itemId' | 'raterId'>): string {
  return `${r.runId}\u0000${r.scenarioId}\u0000${r.itemId}\u0000${r.raterId}`;
}

// ---------------------------------------------------------------------------------------------
// Judgments

/**
 * Judgments from ratings: one per rater and item (judge `human:<raterId>`), then one per item
 * for `human:majority`, the majority vote of the raters of that item (a tie abstains with
 * `met: null` and a reason). When a rater rated the same item more than once (e.g. two imports),
 * the latest `ratedAt` counts, and on equal times the later in the list.
 */
export function humanJudgmentsFromRatings(ratings: readonly HumanRating[]): Judgment[] {
  const latest = new Map<string, HumanRating>();
  for (const rating of ratings) {
    const key = ratingKey(rating);
    const previous = latest.get(key);
    if (!previous || Date.parse(rating.ratedAt) >= Date.parse(previous.ratedAt))
      latest.set(key, rating);
  }

  const judgments: Judgment[] = [];
  const votes = new Map<
    string,
    { runId: string; scenarioId: string; itemId: string; met: number; unmet: number }
  >();
  for (const rating of latest.values()) {
    judgments.push({
      runId: rating.runId,
      scenarioId: rating.scenarioId,
      itemId: rating.itemId,
      judge: `human:${rating.raterId}`,
      judgeVersion: HUMAN_JUDGE_VERSION,
      met: rating.met,
      evidence: rating.note ? [{ note: rating.note }] : [],
    });
    const itemKey = `${rating.runId}\u0000${rating.scenarioId}\u0000${rating.itemId}`;
    let tally = votes.get(itemKey);
    if (!tally) {
      tally = {
        runId: rating.runId,
        scenarioId: rating.scenarioId,
        itemId: rating.itemId,
        met: 0,
        unmet: 0,
      };
      votes.set(itemKey, tally);
    }
    if (rating.met) tally.met++;
    else tally.unmet++;
  }

  for (const { runId, scenarioId, itemId, met, unmet } of votes.values()) {
    const raters = met + unmet;
    const base = {
      runId,
      scenarioId,
      itemId,
      judge: HUMAN_MAJORITY_JUDGE,
      judgeVersion: HUMAN_JUDGE_VERSION,
    };
    const note = `${met} of ${raters} rater${raters > 1 ? 's' : ''} judged it met`;
    if (met === unmet) {
      judgments.push({
        ...base,
        met: null,
        evidence: [{ note }],
        abstainReason: `raters tied ${met}–${unmet}`,
      });
    } else {
      judgments.push({ ...base, met: met > unmet, evidence: [{ note }] });
    }
  }
  return judgments;
}

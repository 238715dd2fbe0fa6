import { fileProblemsError, parseCsv } from '../judges/human.js';
import type { Category } from './cohen.js';
import type { MeasurementLevel } from './krippendorff.js';

/** Ratings of units by raters, as read from a file: one value per (unit, rater). */
export interface ReliabilityData {
  units: string[];
  raters: string[];
  /** values[u][r]: rater r's value for unit u, null where the rater gave none. */
  values: Array<Array<Category | null>>;
}

const FIELDS = ['unit', 'rater', 'value'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Reads generic reliability data — rows `{unit, rater, value}` as JSON Lines or as CSV with the
 * header `unit,rater,value` (any order) — into a units × raters table. For `ordinal` and `interval`
 * data every value must be a number (in CSV, numeric text); `nominal` values are kept as given
 * (CSV text is trimmed). All-or-nothing: any problem throws `INPUT_INVALID` listing up to 20
 * problems, each naming the file, line and field; so does a unit rated twice by one rater.
 */
export function parseReliabilityFile(
  text: string,
  format: 'csv' | 'jsonl',
  fileName: string,
  kind: MeasurementLevel,
): ReliabilityData {
  const problems: Array<{ line: number; text: string }> = [];
  const where = (line: number, field?: string) =>
    `${fileName} line ${line}${field ? `, field ${field}` : ''}`;
  const rows = format === 'csv' ? csvRows(text, where, problems) : jsonlRows(text, where, problems);

  const unitIndex = new Map<string, number>();
  const raterIndex = new Map<string, number>();
  const cells = new Map<string, { line: number; value: Category }>();
  for (const { line, row } of rows) {
    const before = problems.length;
    const id = (field: 'unit' | 'rater'): string | undefined => {
      const raw = row[field];
      if (raw === undefined || raw === null) {
        problems.push({ line, text: `${where(line, field)}: missing` });
        return undefined;
      }
      if (typeof raw !== 'string' && typeof raw !== 'number') {
        problems.push({
          line,
          text: `${where(line, field)}: expected text or a number, got ${JSON.stringify(raw)}`,
        });
        return undefined;
      }
      const value = String(raw).trim();
      if (value === '') problems.push({ line, text: `${where(line, field)}: is empty` });
      return value === '' ? undefined : value;
    };
    const unit = id('unit');
    const rater = id('rater');
    const value = parseValue(row.value, kind, format, (message) =>
      problems.push({ line, text: `${where(line, 'value')}: ${message}` }),
    );
    if (problems.length > before || unit === undefined || rater === undefined) continue;
    if (value === null) continue;
    const key = `${unit}\u0000${rater}`;
    const earlier = cells.get(key);
    if (earlier) {
      problems.push({
        line,
        text: `${where(line)}: rater "${rater}" already rated unit "${unit}" on line ${earlier.line}`,
      });
      continue;
    }
    cells.set(key, { line, value: value as Category });
    if (!unitIndex.has(unit)) unitIndex.set(unit, unitIndex.size);
    if (!raterIndex.has(rater)) raterIndex.set(rater, raterIndex.size);
  }
  if (problems.length === 0 && cells.size === 0)
    problems.push({ line: 0, text: `${fileName}: contains no ratings` });
  if (problems.length > 0) throw fileProblemsError('INPUT_INVALID', fileName, problems, 'computed');

  const units = [...unitIndex.keys()];
  const raters = [...raterIndex.keys()];
  const values = units.map(() => new Array<Category | null>(raters.length).fill(null));
  for (const [key, { value }] of cells) {
    const [unit, rater] = key.split('\u0000') as [string, string];
    (values[unitIndex.get(unit) as number] as Array<Category | null>)[
      raterIndex.get(rater) as number
    ] = value;
  }
  return { units, raters, values };
}

/**
 * A value of the given kind, `null` for an explicitly empty one (no rating: a missing value), or
 * `undefined` after reporting a problem.
 */
function parseValue(
  raw: unknown,
  kind: MeasurementLevel,
  format: 'csv' | 'jsonl',
  problem: (message: string) => void,
): Category | null | undefined {
  if (raw === undefined) {
    problem('missing');
    return undefined;
  }
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (kind === 'nominal') {
    if (typeof raw === 'string') return raw.trim();
    if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
    problem(`expected a category (text, number or true/false), got ${JSON.stringify(raw)}`);
    return undefined;
  }
  const number =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && format === 'csv'
        ? Number(raw.trim())
        : NaN;
  if (!Number.isFinite(number)) {
    problem(`${kind} data needs a number, got ${JSON.stringify(raw)}`);
    return undefined;
  }
  return number;
}

type RawRow = Partial<Record<Field, unknown>>;

function csvRows(
  text: string,
  where: (line: number, field?: string) => string,
  problems: Array<{ line: number; text: string }>,
): Array<{ line: number; row: RawRow }> {
  const parsed = parseCsv(text);
  for (const p of parsed.problems)
    problems.push({ line: p.line, text: `${where(p.line)}: ${p.message}` });
  const [header, ...records] = parsed.records;
  if (!header) {
    if (parsed.problems.length === 0)
      problems.push({ line: 1, text: `${where(1)}: missing header unit,rater,value` });
    return [];
  }
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  columns.forEach((name, index) => {
    if (!(FIELDS as readonly string[]).includes(name))
      problems.push({
        line: header.line,
        text: `${where(header.line, `column ${index + 1}`)}: unknown column "${header.fields[index]}"; expected unit, rater, value`,
      });
  });
  const missing = FIELDS.filter((f) => !columns.includes(f));
  if (missing.length > 0) {
    problems.push({
      line: header.line,
      text: `${where(header.line)}: header lacks ${missing.join(', ')}`,
    });
    return [];
  }
  return records.flatMap((record) => {
    if (record.fields.every((f) => f.trim() === '')) return [];
    if (record.fields.length !== columns.length) {
      problems.push({
        line: record.line,
        text: `${where(record.line)}: has ${record.fields.length} fields, the header has ${columns.length}`,
      });
      return [];
    }
    const row: RawRow = {};
    columns.forEach((name, i) => {
      if ((FIELDS as readonly string[]).includes(name)) row[name as Field] = record.fields[i];
    });
    return [{ line: record.line, row }];
  });
}

function jsonlRows(
  text: string,
  where: (line: number, field?: string) => string,
  problems: Array<{ line: number; text: string }>,
): Array<{ line: number; row: RawRow }> {
  const rows: Array<{ line: number; row: RawRow }> = [];
  (text.startsWith('\uFEFF') ? text.slice(1) : text)
    .split(/\r\n|\n|\r/)
    .forEach((content, index) => {
      const line = index + 1;
      if (content.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(content);
      } catch (error) {
        problems.push({
          line,
          text: `${where(line)}: not valid JSON (${(error as Error).message})`,
        });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({
          line,
          text: `${where(line)}: expected a JSON object {"unit", "rater", "value"}`,
        });
        return;
      }
      const unknown = Object.keys(value).filter((k) => !(FIELDS as readonly string[]).includes(k));
      for (const key of unknown)
        problems.push({
          line,
          text: `${where(line, key)}: unknown field; expected unit, rater, value`,
        });
      if (unknown.length === 0) rows.push({ line, row: value as RawRow });
    });
  return rows;
}

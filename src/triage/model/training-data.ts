/**
 * Readers for the two kinds of labelled text the risk model learns from: the project's own
 * triage set (`data/triage/*.jsonl`, see bench/triage/LABELLING.md) and the C-SSRS Reddit CSV
 * (Patil, Tao & Gedhu 2025, CC BY 4.0), whose path is always given by the caller because the file
 * is not part of the project. Errors name the file and line; nothing here logs text.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { TandemError } from '../../core/index.js';
import { packagePath } from '../../nlp/package-root.js';
import type { RiskExample } from './train.js';
import type { TrainingSource } from './serialized.js';

const triageLineSchema = z.object({
  id: z.string().min(1),
  lang: z.string().min(2),
  text: z.string(),
  cssrs: z.number().int().min(0).max(6),
  categories: z.array(z.string()),
  level: z.string(),
  case: z.string(),
});

export type TriageRecord = z.infer<typeof triageLineSchema>;

/**
 * The project files the shipped model trains on, relative to the package root, in training order:
 * the training set and the fresh batches the rules were tuned on. The later batches
 * (`fresh-crisis-d`/`-e`, `fresh-categories-e`/`-f`/`-h`/`-i`/`-k`, `fresh-lookalikes-b`/`-c`) are never trained
 * or tuned on: they are the honest check for wording nobody wrote a rule or a training row for
 * (data/triage/README.md).
 * After a change here, retrain (`scripts/train-triage.ts`), re-tune the model policy
 * (`scripts/tune-model-policy.ts`) and refit the confidence (`scripts/calibrate-triage.ts`).
 */
export const TRIAGE_TRAINING_FILES = [
  'data/triage/train.jsonl',
  'data/triage/fresh-crisis-a.jsonl',
  'data/triage/fresh-crisis-b.jsonl',
  'data/triage/fresh-crisis-c.jsonl',
  'data/triage/fresh-categories-a.jsonl',
  'data/triage/fresh-categories-b.jsonl',
  'data/triage/fresh-categories-c.jsonl',
  'data/triage/fresh-categories-d.jsonl',
  'data/triage/fresh-lookalikes-a.jsonl',
  'data/triage/fresh-categories-g.jsonl',
  'data/triage/fresh-categories-j.jsonl',
  'data/triage/fresh-categories-l.jsonl',
  'data/triage/fresh-categories-h.jsonl',
  'data/triage/fresh-categories-i.jsonl',
  'data/triage/fresh-crisis-d.jsonl',
  'data/triage/fresh-categories-o.jsonl',
  'data/triage/fresh-categories-q.jsonl',
  'data/triage/fresh-categories-s.jsonl',
] as const;

/** `TRIAGE_TRAINING_FILES` as absolute paths, comma-separated: the scripts' default `--data`. */
export function defaultTrainingData(): string {
  return TRIAGE_TRAINING_FILES.map((file) => packagePath(file)).join(',');
}

export const PROJECT_SOURCE = 'project';
export const CSSRS_SOURCE = 'cssrs-reddit';

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new TandemError(
      'INPUT_INVALID',
      `cannot read ${what} ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** The project's triage records, one JSON object a line (blank lines skipped). */
export function readTriageJsonl(path: string): TriageRecord[] {
  const records: TriageRecord[] = [];
  readText(path, 'triage data')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new TandemError(
          'INPUT_INVALID',
          `${path}:${i + 1}: not valid JSON (${(error as Error).message})`,
          { cause: error },
        );
      }
      const parsed = triageLineSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new TandemError(
          'INPUT_INVALID',
          `${path}:${i + 1}: field "${issue?.path.join('.') ?? ''}" ${issue?.message ?? 'is invalid'}`,
        );
      }
      records.push(parsed.data);
    });
  return records;
}

/** Records of several files, in order; `paths` may be one comma-separated string. */
export function readTriageFiles(paths: string | readonly string[]): TriageRecord[] {
  const list = typeof paths === 'string' ? paths.split(',') : paths;
  return list.filter((path) => path.trim() !== '').flatMap((path) => readTriageJsonl(path.trim()));
}

/**
 * Training examples from project records: `selfHarm` is the `self_harm` category, `crisis` a
 * `high` or `imminent` level.
 */
export function examplesFromTriage(records: readonly TriageRecord[]): RiskExample[] {
  return records.map((record) => ({
    text: record.text,
    cssrs: record.cssrs,
    selfHarm: record.categories.includes('self_harm'),
    categories: record.categories,
    crisis: record.level === 'high' || record.level === 'imminent',
    source: PROJECT_SOURCE,
  }));
}

/** The five LLM label columns of the C-SSRS CSV, the peers results are compared with. */
export const LLM_LABEL_COLUMNS = [
  'gpt_label',
  'claude_label',
  'gemini_label',
  'llama_label',
  'mistral_label',
] as const;
export type LlmLabelColumn = (typeof LLM_LABEL_COLUMNS)[number];

export interface CssrsRow {
  id: string;
  text: string;
  /** Human C-SSRS label 0–6. */
  severity: number;
  /** Zero-shot labels of five LLMs on the same post; null where the model gave none. */
  llm: Record<LlmLabelColumn, number | null>;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += char;
      }
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => !(cells.length === 1 && cells[0] === ''));
}

function labelValue(
  cell: string | undefined,
  path: string,
  line: number,
  column: string,
): number | null {
  if (cell === undefined || cell.trim() === '') return null;
  const value = Number(cell);
  if (!Number.isInteger(value) || value < 0 || value > 6) {
    throw new TandemError(
      'INPUT_INVALID',
      `${path}: row ${line}, column ${column}: expected a C-SSRS level 0–6, got a non-level value`,
    );
  }
  return value;
}

/** Rows of the C-SSRS Reddit CSV (columns id, text, severity and the five LLM label columns). */
export function readCssrsCsv(path: string): CssrsRow[] {
  const [header, ...body] = parseCsv(readText(path, 'C-SSRS CSV'));
  if (!header) throw new TandemError('INPUT_INVALID', `${path}: empty CSV`);
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0)
      throw new TandemError(
        'INPUT_INVALID',
        `${path}: missing column "${name}" (expected id, text, severity, ${LLM_LABEL_COLUMNS.join(', ')})`,
      );
    return index;
  };
  const idColumn = column('id');
  const textColumn = column('text');
  const severityColumn = column('severity');
  const llmColumns = LLM_LABEL_COLUMNS.map((name) => [name, column(name)] as const);
  return body.map((cells, k) => {
    const line = k + 2;
    const severity = labelValue(cells[severityColumn], path, line, 'severity');
    if (severity === null)
      throw new TandemError('INPUT_INVALID', `${path}: row ${line}: severity is empty`);
    const llm = {} as Record<LlmLabelColumn, number | null>;
    for (const [name, index] of llmColumns) llm[name] = labelValue(cells[index], path, line, name);
    return { id: cells[idColumn] ?? '', text: cells[textColumn] ?? '', severity, llm };
  });
}

/**
 * Training examples from CSV rows. The human severity is already on the C-SSRS scale. Self-harm
 * is left unknown (null), not false: the posts were never annotated for non-suicidal self-injury,
 * and some do describe it, so "false" would teach the self-harm head that such words mean nothing.
 */
export function examplesFromCssrs(rows: readonly CssrsRow[]): RiskExample[] {
  return rows.map((row) => ({
    text: row.text,
    cssrs: row.severity,
    selfHarm: null,
    // Other categories are not annotated; C-SSRS ≥ 3 is a crisis whatever else the post holds.
    categories: null,
    crisis: row.severity >= 3,
    source: CSSRS_SOURCE,
  }));
}

/** How the CSV is described and credited in weights and results (never its rows). */
export function cssrsSourceDescription(path: string, examples: number): TrainingSource {
  return {
    name: basename(path),
    examples,
    description:
      'r/SuicideWatch posts with human C-SSRS screener labels (0–6); self-harm not annotated',
    licence: 'CC BY 4.0',
    credit:
      'Patil, Tao & Gedhu (2025), "Evaluating Reasoning LLMs for Suicide Screening with the Columbia-Suicide Severity Rating Scale", arXiv:2505.13480; data: github.com/av9ash/llm_cssrs_code',
  };
}

export function projectSourceDescription(
  path: string,
  records: readonly TriageRecord[],
): TrainingSource {
  const languages = [...new Set(records.map((record) => record.lang))].sort();
  return {
    name: basename(path),
    examples: records.length,
    description: `project-written triage examples labelled per bench/triage/LABELLING.md (languages: ${languages.join(', ')})`,
    licence: 'Apache-2.0 (this project)',
  };
}

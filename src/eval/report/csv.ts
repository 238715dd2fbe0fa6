import type { RunReport } from '../../core/index.js';
import { describeEvidence, formatNumber, rubricIndex } from './format.js';

/** RFC 4180 record separator. */
const CRLF = '\r\n';

/** A field needs quotes when it holds the delimiter, a quote or a line break (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Spreadsheets run a cell starting with one of these as a formula ("CSV injection"). Model and
 * judge text is untrusted, so free-text cells that start with one get a leading apostrophe,
 * the convention spreadsheets display as plain text. Identifiers and numbers never need it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A free-text field from a model or judge, defused against spreadsheet formulas. */
export function csvTextField(value: string): string {
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

function csvRecord(fields: string[]): string {
  return fields.join(',') + CRLF;
}

export const SCORE_COLUMNS = [
  'run_id',
  'scenario_id',
  'area',
  'condition',
  'risk',
  'culture',
  'locale',
  'judge',
  'metric',
  'value',
  'earned',
  'possible',
  'coverage',
  'critical_harm',
] as const;

/** One row per (scenario, judge, metric) score, in suite order. */
export function renderCsv(report: RunReport): string {
  const out: string[] = [csvRecord([...SCORE_COLUMNS])];
  for (const entry of report.scenarios) {
    const { scenario } = entry;
    for (const score of entry.scores) {
      out.push(
        csvRecord([
          csvField(report.run.id),
          csvField(scenario.id),
          csvField(scenario.area),
          csvField(scenario.condition),
          csvField(scenario.risk),
          csvTextField(scenario.culture),
          csvField(scenario.locale),
          csvField(score.judge),
          csvField(score.metric),
          formatNumber(score.value),
          formatNumber(score.earned),
          formatNumber(score.possible),
          formatNumber(score.coverage),
          score.criticalHarm ? 'true' : 'false',
        ]),
      );
    }
  }
  return out.join('');
}

export const JUDGMENT_COLUMNS = [
  'scenario_id',
  'item_id',
  'metric',
  'points',
  'judge',
  'met',
  'evidence',
] as const;

/**
 * One row per judgment. `met` is `true`, `false` or empty (undecided); `evidence` joins the
 * judgment's evidence with " | " and, for an undecided item, says why the judge abstained.
 */
export function renderJudgmentsCsv(report: RunReport): string {
  const out: string[] = [csvRecord([...JUDGMENT_COLUMNS])];
  for (const entry of report.scenarios) {
    const items = rubricIndex(entry.rubric);
    for (const judgment of entry.judgments) {
      const item = items.get(judgment.itemId);
      const evidence = judgment.evidence.map(describeEvidence).filter((text) => text !== '');
      if (judgment.met === null && judgment.abstainReason !== undefined) {
        evidence.push(`abstained: ${judgment.abstainReason}`);
      }
      out.push(
        csvRecord([
          csvField(judgment.scenarioId),
          csvField(judgment.itemId),
          csvField(item?.metric ?? ''),
          item === undefined ? '' : String(item.points),
          csvField(judgment.judge),
          judgment.met === null ? '' : String(judgment.met),
          csvTextField(evidence.join(' | ')),
        ]),
      );
    }
  }
  return out.join('');
}

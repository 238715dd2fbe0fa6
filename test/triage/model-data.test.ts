import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  examplesFromCssrs,
  examplesFromTriage,
  parseCsv,
  readCssrsCsv,
  readTriageJsonl,
} from '../../src/triage/model/training-data.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-model-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

describe('parseCsv', () => {
  it('reads back any table written with RFC 4180 quoting (property)', () => {
    const cell = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (width, table) => {
          // Rows whose only cell is empty are blank lines, which the parser skips by design.
          const rows = table
            .map((row) => row.slice(0, width))
            .filter((row) => !(row.length === 1 && row[0] === ''));
          const content = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
          expect(parseCsv(content)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles a BOM, quoted line breaks and doubled quotes', () => {
    expect(parseCsv('\ufeffa,b\n"line one\nline two","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['line one\nline two', 'say "hi"'],
    ]);
  });
});

describe('readCssrsCsv', () => {
  const header = 'id,text,severity,gpt_label,claude_label,gemini_label,llama_label,mistral_label';

  it('reads severity and the five LLM labels, blanks as null', () => {
    const path = join(dir, 'ok.csv');
    writeFileSync(
      path,
      `${header}\nr1,"feeling low, tired",2,2.0,,3.0,1.0,2\nr2,fine today,0,0.0,0.0,0.0,0.0,0\n`,
    );
    const rows = readCssrsCsv(path);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: 'r1', text: 'feeling low, tired', severity: 2 });
    expect(rows[0]?.llm).toEqual({
      gpt_label: 2,
      claude_label: null,
      gemini_label: 3,
      llama_label: 1,
      mistral_label: 2,
    });
    // The CSV was never annotated for self-harm: unknown, not "no".
    expect(examplesFromCssrs(rows).map((e) => e.selfHarm)).toEqual([null, null]);
  });

  it('names the column and row of a bad value, and a missing column', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${header}\nr1,text,9,2,2,2,2,2\n`);
    expect(() => readCssrsCsv(bad)).toThrow(/row 2, column severity/);
    const missing = join(dir, 'missing.csv');
    writeFileSync(missing, 'id,text,severity\nr1,text,1\n');
    expect(() => readCssrsCsv(missing)).toThrow(/missing column "gpt_label"/);
  });
});

describe('readTriageJsonl', () => {
  it('reads records and derives self-harm from the categories', () => {
    const path = join(dir, 'ok.jsonl');
    const line = (id: string, categories: string[]): string =>
      JSON.stringify({
        id,
        lang: 'en',
        text: 'some text',
        cssrs: 0,
        categories,
        level: 'moderate',
        case: 'self_harm',
      });
    writeFileSync(path, `${line('t-en-0001', ['self_harm'])}\n\n${line('t-en-0002', [])}\n`);
    const examples = examplesFromTriage(readTriageJsonl(path));
    expect(examples.map((e) => e.selfHarm)).toEqual([true, false]);
    expect(examples[0]?.source).toBe('project');
  });

  it('names the file, line and field of a bad record', () => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(
      path,
      `${JSON.stringify({ id: 'a', lang: 'en', text: 't', cssrs: 8, categories: [], level: 'none', case: 'benign' })}\n`,
    );
    expect(() => readTriageJsonl(path)).toThrow(`${path}:1: field "cssrs"`);
    writeFileSync(path, '{"id": \n');
    expect(() => readTriageJsonl(path)).toThrow(`${path}:1: not valid JSON`);
  });
});

describe('scripts without the C-SSRS CSV', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

  it('the CV benchmark skips cleanly', () => {
    const run = spawnSync(
      tsx,
      [
        'bench/triage/cssrs-cv.ts',
        '--cssrs',
        join(dir, 'absent.csv'),
        '--out',
        join(dir, 'cv.json'),
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/skipped, the C-SSRS CSV is not available/);
  });

  it("the CV benchmark refuses to write the CSV's posts inside the repository", () => {
    const run = spawnSync(
      tsx,
      [
        'bench/triage/cssrs-cv.ts',
        '--cssrs',
        join(dir, 'absent.csv'),
        '--misses',
        join('bench', 'triage', 'misses.tsv'),
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--misses: .*misses\.tsv is inside the repository/);
    expect(existsSync(join('bench', 'triage', 'misses.tsv'))).toBe(false);
  });

  it('the reader experiments skip cleanly without the CSV', () => {
    const run = spawnSync(
      tsx,
      ['bench/triage/reader-experiments.ts', '--cssrs', join(dir, 'absent.csv')],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/reader-experiments: skipped, the C-SSRS CSV is not available/);
  });

  it('training from a project file that is not there fails and leaves the weights alone', () => {
    const out = join(dir, 'weights.json');
    const run = spawnSync(
      tsx,
      [
        'scripts/train-triage.ts',
        '--data',
        join(dir, 'absent.jsonl'),
        '--cssrs',
        join(dir, 'absent.csv'),
        '--out',
        out,
      ],
      {
        encoding: 'utf8',
      },
    );
    // A named project file that is missing is an error, never a smaller model.
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(join(dir, 'absent.jsonl'));
    expect(existsSync(out)).toBe(false);
  });

  it('training with no project file and no CSV leaves the weights alone', () => {
    const out = join(dir, 'weights.json');
    const run = spawnSync(
      tsx,
      ['scripts/train-triage.ts', '--data', '', '--cssrs', join(dir, 'absent.csv'), '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/C-SSRS CSV not found.*skipping it/);
    expect(run.stdout).toMatch(/nothing to train on; weights left unchanged/);
    expect(existsSync(out)).toBe(false);
  });
});

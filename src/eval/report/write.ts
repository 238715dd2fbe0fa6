import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TandemError } from '../../core/index.js';
import type { RunReport } from '../../core/index.js';
import { renderCsv, renderJudgmentsCsv } from './csv.js';
import { renderHtml, type HtmlOptions } from './html.js';
import { renderJsonChunks } from './json.js';
import { renderJunit } from './junit.js';

/** Absolute paths of the files `writeReports` wrote. */
export interface ReportPaths {
  html: string;
  json: string;
  csv: string;
  judgmentsCsv: string;
  junit: string;
}

/** File names inside the report folder; tools (CI upload steps, the console) rely on them. */
export const REPORT_FILES: Readonly<ReportPaths> = {
  html: 'report.html',
  json: 'report.json',
  csv: 'scores.csv',
  judgmentsCsv: 'judgments.csv',
  junit: 'junit.xml',
};

/**
 * Renders each report into a temporary file beside its target, one at a time (so a big run never
 * holds all five in memory), and only when all five are written renames them into place: a reader
 * (a CI upload, a browser refresh) never sees a half-written file, and a rendering or write failure
 * leaves the previous reports untouched. `dir` is created when missing.
 */
export async function writeReports(
  report: RunReport,
  dir: string,
  options: HtmlOptions = {},
): Promise<ReportPaths> {
  const renderers: Record<keyof ReportPaths, () => Promise<Iterable<string>>> = {
    html: async () => [await renderHtml(report, options)],
    json: async () => renderJsonChunks(report),
    csv: async () => [renderCsv(report)],
    judgmentsCsv: async () => [renderJudgmentsCsv(report)],
    junit: async () => [renderJunit(report)],
  };
  const folder = resolve(dir);
  const keys = Object.keys(REPORT_FILES) as Array<keyof ReportPaths>;
  const paths = Object.fromEntries(
    keys.map((key) => [key, join(folder, REPORT_FILES[key])]),
  ) as unknown as ReportPaths;
  const suffix = `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const temporary = keys.map((key) => `${paths[key]}${suffix}`);
  try {
    await mkdir(folder, { recursive: true });
    for (const [i, key] of keys.entries()) {
      await writeChunks(temporary[i] as string, await renderers[key]());
    }
    for (const [i, key] of keys.entries()) await rename(temporary[i] as string, paths[key]);
  } catch (error) {
    // Best effort: a temporary file may never have been created (e.g. the folder is unusable).
    await Promise.allSettled(temporary.map((file) => rm(file, { force: true })));
    const reason = error instanceof Error ? error.message : String(error);
    throw new TandemError(
      'REPORT_WRITE_FAILED',
      `Cannot write the reports into "${folder}": ${reason}. Choose a folder you can write to (--out).`,
      {
        cause: error,
      },
    );
  }
  return paths;
}

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const chunk of chunks) await file.write(chunk, null, 'utf8');
  } finally {
    await file.close();
  }
}

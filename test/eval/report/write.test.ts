import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTandemError } from '../../../src/core/index.js';
import {
  REPORT_FILES,
  renderCsv,
  renderJson,
  renderJudgmentsCsv,
  renderJunit,
  writeReports,
} from '../../../src/eval/report/index.js';
import { fixtureReport } from './fixture.js';

const folders: string[] = [];
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-report-'));
  folders.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('writeReports', () => {
  it('creates the folder and writes all five reports, returning their paths', async () => {
    const dir = join(await scratch(), 'nested', 'run-1');
    const report = fixtureReport();
    const paths = await writeReports(report, dir);
    expect(paths).toEqual({
      html: join(dir, 'report.html'),
      json: join(dir, 'report.json'),
      csv: join(dir, 'scores.csv'),
      judgmentsCsv: join(dir, 'judgments.csv'),
      junit: join(dir, 'junit.xml'),
    });
    expect(await readFile(paths.json, 'utf8')).toBe(renderJson(report));
    expect(await readFile(paths.csv, 'utf8')).toBe(renderCsv(report));
    expect(await readFile(paths.judgmentsCsv, 'utf8')).toBe(renderJudgmentsCsv(report));
    expect(await readFile(paths.junit, 'utf8')).toBe(renderJunit(report));
    expect(await readFile(paths.html, 'utf8')).toContain('<h1>HAAS-e run report</h1>');
    expect((await readdir(dir)).sort()).toEqual(Object.values(REPORT_FILES).sort());
  });

  it('replaces earlier reports in place', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'report.json'), 'stale');
    await writeReports(fixtureReport(), dir);
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toContain(
      '"schema": "tandem-report@1"',
    );
  });

  it('fails with an actionable error and leaves no temporary files when the folder cannot be used', async () => {
    const parent = await scratch();
    const blocker = join(parent, 'not-a-folder');
    await writeFile(blocker, 'a file where the folder should be');
    const error: unknown = await writeReports(fixtureReport(), join(blocker, 'run')).catch(
      (e: unknown) => e,
    );
    expect(isTandemError(error)).toBe(true);
    expect((error as Error).message).toContain('Cannot write the reports into');
    expect(await readdir(parent)).toEqual(['not-a-folder']);

    const dir = join(parent, 'partly');
    await writeReports(fixtureReport(), dir);
    // A folder named like a report file makes its rename fail: the tmp files must be cleaned up.
    await rm(join(dir, 'junit.xml'));
    await (
      await import('node:fs/promises')
    ).mkdir(join(dir, 'junit.xml', 'inside'), { recursive: true });
    await expect(writeReports(fixtureReport(), dir)).rejects.toSatisfy((e: unknown) =>
      isTandemError(e, 'REPORT_WRITE_FAILED'),
    );
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA, renderJson } from '../../../src/eval/report/index.js';
import { renderJsonChunks } from '../../../src/eval/report/json.js';
import { fixtureReport } from './fixture.js';

/** What the streamed pieces must add up to: one pretty stringify with keys sorted below the top. */
function wholeStringify(report: ReturnType<typeof fixtureReport>): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(
      entries.filter(([, v]) => v !== undefined).map(([k, v]) => [k, sortKeys(v)]),
    );
  };
  const { run, suiteTitle, summary, slices, gates, scenarios } = report;
  const top = { schema: REPORT_SCHEMA, run, suiteTitle, summary, slices, gates, scenarios };
  return `${JSON.stringify(Object.fromEntries(Object.entries(top).map(([k, v]) => [k, k === 'schema' ? v : sortKeys(v)])), null, 2)}\n`;
}

describe('renderJson', () => {
  it('streams pieces that join to exactly one whole pretty stringify', () => {
    const report = fixtureReport();
    expect([...renderJsonChunks(report)].length).toBe(report.scenarios.length + 2);
    expect(renderJson(report)).toBe(wholeStringify(report));
    expect(renderJson({ ...report, scenarios: [] })).toBe(
      wholeStringify({ ...report, scenarios: [] }),
    );
  });

  it('round-trips the whole report under a schema version', () => {
    const report = fixtureReport();
    const parsed = JSON.parse(renderJson(report)) as Record<string, unknown>;
    expect(parsed.schema).toBe('tandem-report@1');
    expect(REPORT_SCHEMA).toBe('tandem-report@1');
    const { schema: _schema, ...rest } = parsed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('is pretty, starts with the schema and the run, and ends with a newline', () => {
    const text = renderJson(fixtureReport());
    expect(text.startsWith('{\n  "schema": "tandem-report@1",\n  "run": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'schema',
      'run',
      'suiteTitle',
      'summary',
      'slices',
      'gates',
      'scenarios',
    ]);
  });

  it('is byte-identical for equal reports whatever order their keys were built in', () => {
    const report = fixtureReport();
    const reordered = JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as typeof report;
    expect(Object.keys(reordered.run)[0]).not.toBe(Object.keys(report.run)[0]);
    expect(renderJson(reordered)).toBe(renderJson(report));
  });

  it('keeps array order, which carries meaning', () => {
    const parsed = JSON.parse(renderJson(fixtureReport())) as {
      scenarios: Array<{ scenario: { id: string } }>;
    };
    expect(parsed.scenarios.map((s) => s.scenario.id)).toEqual([
      'uk-passive-tired',
      'us-work-pray-more',
      'mx-exam-nerves',
    ]);
  });
});

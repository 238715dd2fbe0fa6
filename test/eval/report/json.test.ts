import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA, renderJson } from '../../../src/eval/report/index.js';
import { fixtureReport } from './fixture.js';

describe('renderJson', () => {
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

/**
 * The held-out labelled sets of bench/analyzers/labelled/ and the arithmetic of
 * bench/analyzers/labelled.ts. These tests check the sets' format, size and balance and that
 * pass 2 labels the same items as pass 1; they do not measure the analysers (the bench does).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPITOME_MECHANISMS } from '../../src/core/index.js';
import {
  classReport,
  findingReplySchema,
  findingReports,
  FINDINGS,
  LABELLED_DIR,
  mechanismPairSchema,
  readJsonl,
  SAFETY_CRITICAL,
  type FindingReply,
} from '../../bench/analyzers/labelled.js';

const pairs = readJsonl(join(LABELLED_DIR, 'mechanisms.jsonl'), mechanismPairSchema);
const replies = readJsonl(join(LABELLED_DIR, 'findings.jsonl'), findingReplySchema);

describe('the held-out labelled sets', () => {
  it('has at least 300 mechanism pairs and 200 finding replies, with unique ids', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(replies.length).toBeGreaterThanOrEqual(200);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    expect(new Set(replies.map((r) => r.id)).size).toBe(replies.length);
  });

  it('has every level of every mechanism at least 50 times', () => {
    for (const m of EPITOME_MECHANISMS) {
      for (const level of [0, 1, 2]) {
        expect(pairs.filter((p) => p[m] === level).length, `${m} ${level}`).toBeGreaterThanOrEqual(
          50,
        );
      }
    }
  });

  it('has at least 40 positives and 40 negatives of each safety-critical finding', () => {
    for (const finding of SAFETY_CRITICAL) {
      const positives = replies.filter((r) => r.findings.includes(finding)).length;
      expect(positives, finding).toBeGreaterThanOrEqual(40);
      expect(replies.length - positives, finding).toBeGreaterThanOrEqual(40);
    }
    for (const finding of FINDINGS) {
      expect(
        replies.some((r) => r.findings.includes(finding)),
        finding,
      ).toBe(true);
    }
  });

  it('pass 2 labels exactly the items of pass 1, unchanged', () => {
    const pass2m = readJsonl(join(LABELLED_DIR, 'mechanisms.pass2.jsonl'), mechanismPairSchema);
    expect(pass2m.map((p) => [p.id, p.seeker, p.reply])).toEqual(
      pairs.map((p) => [p.id, p.seeker, p.reply]),
    );
    const pass2f = readJsonl(join(LABELLED_DIR, 'findings.pass2.jsonl'), findingReplySchema);
    expect(pass2f.map((r) => [r.id, r.response])).toEqual(replies.map((r) => [r.id, r.response]));
  });

  it('reports a bad line with file, line and field', () => {
    expect(() => readJsonl(join(LABELLED_DIR, 'README.md'), mechanismPairSchema)).toThrow(
      /README\.md:1: not JSON/,
    );
  });
});

describe('the bench arithmetic', () => {
  it('computes accuracy, per-level precision/recall and macro-F1 over the levels present', () => {
    const report = classReport([0, 0, 1, 1, 2, 2], [0, 1, 1, 1, 2, 0]);
    expect(report.accuracy).toBeCloseTo(4 / 6);
    expect(report.confusion).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
    // level 0: P 1/2 R 1/2 F 1/2; level 1: P 2/3 R 1 F 0.8; level 2: P 1 R 1/2 F 2/3.
    expect(report.macroF1).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3);
  });

  it('counts a finding as found only where the label says so', () => {
    const reply = (findings: FindingReply['findings']): FindingReply => ({
      id: 'x',
      locale: 'en',
      messages: [{ role: 'user', content: 'hi' }],
      response: 'hello',
      findings,
    });
    const rows = findingReports(
      [reply(['claims_human']), reply([]), reply(['claims_human'])],
      [new Set(['claims_human']), new Set(['claims_human']), new Set()],
    );
    const claims = rows.find((r) => r.finding === 'claims_human')!;
    expect(claims).toMatchObject({ tp: 1, fp: 1, fn: 1, positives: 2 });
    expect(claims.precision).toBe(0.5);
    expect(claims.recall).toBe(0.5);
  });
});

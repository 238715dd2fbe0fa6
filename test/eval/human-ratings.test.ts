import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import type { HumanRating } from '../../src/core/index.js';
import {
  HUMAN_MAJORITY_JUDGE,
  formatCsv,
  humanJudgmentsFromRatings,
  parseCsv,
  parseRatings,
} from '../../src/eval/judges/human.js';

const AT = '2025-06-01T09:00:00.000Z';

function problemsOf(text: string, format: 'csv' | 'jsonl', options = {}): string[] {
  try {
    parseRatings(text, format, 'ratings.' + format, { ratedAt: AT, ...options });
  } catch (error) {
    expect(isTandemError(error, 'RATINGS_INVALID')).toBe(true);
    return ((error as { details?: { problems?: string[] } }).details?.problems ?? []) as string[];
  }
  throw new Error('the file was accepted');
}

describe('parseCsv', () => {
  it('handles quotes, commas, newlines in quoted fields, BOM, CRLF and blank lines', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, ""2""","line one\r\nline two"\r\n\r\n"",x,\n';
    const { records, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'two, "2"', 'line one\r\nline two'] },
      { line: 5, fields: ['', 'x', ''] },
    ]);
  });

  it('reports malformed quoting with the line and keeps parsing after a bad record', () => {
    const { records, problems } = parseCsv('a,b\nx,y"z\n"p"q,r\nok,1\n"never closed,2\nmore');
    expect(problems).toEqual([
      { line: 2, message: expect.stringMatching(/inside an unquoted field/) },
      { line: 3, message: expect.stringMatching(/after a closing quote/) },
      { line: 5, message: expect.stringMatching(/never closed/) },
    ]);
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['ok', '1'],
    ]);
  });

  it('round-trips any fields through formatCsv (property)', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '\uFEFF', ';'),
    });
    const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(records, fc.boolean(), (rows, lf) => {
        let text = formatCsv(rows);
        if (lf) text = text.replace(/\r\n$/, '\n');
        const parsed = parseCsv(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.records.map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseRatings (CSV)', () => {
  it('reads ratings with every accepted spelling of met, notes with quotes and newlines', () => {
    const csv = [
      '\uFEFFrun_id,scenario_id,item_id,rater_id,met,note',
      'run-1,grief-nan-uk,ces-validates,ana,true,',
      'run-1,grief-nan-uk,ces-explores,ana,0,"asked ""how are you"", not about her nan"',
      'run-1,grief-nan-uk,asa-line,ana,Yes,"gave Samaritans,',
      'but late in the reply"',
      'run-1,grief-nan-uk,ces-validates,ben,NO,',
      'run-1,grief-nan-uk,ces-explores,ben,met,',
      'run-1,grief-nan-uk,asa-line,ben, unmet ,',
      'run-1,grief-nan-uk,asa-gp,ben,1,',
    ].join('\r\n');
    const ratings = parseRatings(csv, 'csv', 'ratings.csv', { ratedAt: AT });
    expect(ratings.map((r) => [r.raterId, r.itemId, r.met])).toEqual([
      ['ana', 'ces-validates', true],
      ['ana', 'ces-explores', false],
      ['ana', 'asa-line', true],
      ['ben', 'ces-validates', false],
      ['ben', 'ces-explores', true],
      ['ben', 'asa-line', false],
      ['ben', 'asa-gp', true],
    ]);
    expect(ratings[1]?.note).toBe('asked "how are you", not about her nan');
    expect(ratings[2]?.note).toBe('gave Samaritans,\r\nbut late in the reply');
    expect(ratings[0]).toEqual({
      runId: 'run-1',
      scenarioId: 'grief-nan-uk',
      itemId: 'ces-validates',
      raterId: 'ana',
      met: true,
      ratedAt: AT,
    });
  });

  it('accepts columns in any order and an optional rated_at', () => {
    const csv =
      'met,rater_id,item_id,scenario_id,run_id,rated_at\nfalse,ana,x1,s1,r1,2025-05-02T10:00:00+02:00\n';
    expect(parseRatings(csv, 'csv', 'r.csv')).toEqual([
      {
        runId: 'r1',
        scenarioId: 's1',
        itemId: 'x1',
        raterId: 'ana',
        met: false,
        ratedAt: '2025-05-02T08:00:00.000Z',
      },
    ]);
  });

  it('names file, line and field in every problem and imports nothing', () => {
    const csv = [
      'run_id,scenario_id,item_id,rater_id,met,note',
      'run-1,s1,x1,ana,true,',
      'run-1,s1,x2,ana,maybe,',
      'run-1,S 1,x3,ana,true,',
      'run-1,s1,x4,ana smith,true,',
      'run-1,s1,x5,ana,true',
      ',s1,x6,ana,true,',
      'run-1,s1,x1,ana,false,changed my mind',
      'run-1,s1,x7,majority,true,',
      ',,,,,',
    ].join('\n');
    expect(problemsOf(csv, 'csv')).toEqual([
      'ratings.csv line 3, field met: expected true/false, 1/0, yes/no or met/unmet, got "maybe"',
      expect.stringMatching(/^ratings\.csv line 4, field scenario_id: "S 1" is not a scenario id/),
      expect.stringMatching(/^ratings\.csv line 5, field rater_id: "ana smith" is not a rater id/),
      'ratings.csv line 6: has 5 fields, the header has 6',
      'ratings.csv line 7, field run_id: is empty',
      'ratings.csv line 8: repeats the rating on line 2 (same run, scenario, item and rater)',
      'ratings.csv line 9, field rater_id: "majority" is reserved for the majority-vote judge',
    ]);
  });

  it('checks the header', () => {
    expect(problemsOf('run_id,scenario_id,item_id,rater,met\nr,s,i,a,1', 'csv')).toEqual([
      expect.stringMatching(/line 1, field column 4: unknown column "rater"/),
      'ratings.csv line 1: header lacks column rater_id',
    ]);
    expect(problemsOf('run_id,scenario_id,item_id,rater_id,met,MET\n', 'csv')[0]).toMatch(
      /field met: column appears twice/,
    );
    expect(problemsOf('', 'csv')).toEqual([
      'ratings.csv line 1: missing header run_id,scenario_id,item_id,rater_id,met[,note]',
    ]);
    expect(problemsOf('run_id,scenario_id,item_id,rater_id,met\n', 'csv')).toEqual([
      'ratings.csv: contains no ratings',
    ]);
  });

  it('reports CSV syntax errors with their line', () => {
    expect(
      problemsOf('run_id,scenario_id,item_id,rater_id,met,note\nr,s,i,a,1,"unclosed\n', 'csv'),
    ).toEqual(['ratings.csv line 2: quoted field is never closed (missing ")']);
  });

  it('checks scenarios, items and runs when it is told them', () => {
    const csv =
      'run_id,scenario_id,item_id,rater_id,met\nrun-1,s1,x1,ana,1\nrun-1,s1,nope,ana,1\nrun-1,s9,x1,ana,1\nrun-2,s1,x1,ana,1\n';
    const options = { scenarios: [{ id: 's1', rubric: [{ id: 'x1' }] }], runIds: ['run-1'] };
    expect(problemsOf(csv, 'csv', options)).toEqual([
      'ratings.csv line 3, field item_id: scenario "s1" has no rubric item "nope"',
      'ratings.csv line 4, field scenario_id: scenario "s9" is not in the run\'s suite',
      'ratings.csv line 5, field run_id: run "run-2" is not one of run-1',
    ]);
  });

  it('lists at most 20 problems in the message, all in details', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `r,s,x${i},ana,perhaps`);
    const text = ['run_id,scenario_id,item_id,rater_id,met', ...rows].join('\n');
    try {
      parseRatings(text, 'csv', 'big.csv');
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^big\.csv: 25 problems; nothing was imported\./);
      expect(message.split('\n  - ')).toHaveLength(21);
      expect(message).toMatch(/… and 5 more$/);
      expect((error as { details: { problems: string[] } }).details.problems).toHaveLength(25);
    }
  });

  it('round-trips random valid ratings through a CSV file (property)', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,8}$/);
    const rating = fc.record({
      runId: fc.stringMatching(/^[A-Za-z0-9-]{1,10}$/),
      scenarioId: id,
      itemId: id,
      raterId: fc
        .stringMatching(/^[A-Za-z0-9][A-Za-z0-9._@+-]{0,10}$/)
        .filter((r) => r.toLowerCase() !== 'majority'),
      met: fc.boolean(),
      note: fc.option(
        fc
          .string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', 'ü', 'x') })
          .filter((n) => n.trim() !== ''),
        { nil: undefined },
      ),
    });
    const unique = fc.uniqueArray(rating, {
      minLength: 1,
      maxLength: 12,
      selector: (r) => `${r.runId}|${r.scenarioId}|${r.itemId}|${r.raterId}`,
    });
    fc.assert(
      fc.property(unique, (ratings) => {
        const csv = formatCsv([
          ['run_id', 'scenario_id', 'item_id', 'rater_id', 'met', 'note'],
          ...ratings.map((r) => [
            r.runId,
            r.scenarioId,
            r.itemId,
            r.raterId,
            r.met ? 'met' : 'unmet',
            r.note ?? '',
          ]),
        ]);
        const parsed = parseRatings(csv, 'csv', 'p.csv', { ratedAt: AT });
        expect(parsed).toEqual(
          ratings.map(({ note, ...r }) => ({
            ...r,
            ratedAt: AT,
            ...(note === undefined ? {} : { note }),
          })),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseRatings (JSONL)', () => {
  it('reads camelCase and snake_case keys and the accepted met values', () => {
    const jsonl = [
      JSON.stringify({
        runId: 'run-1',
        scenarioId: 's1',
        itemId: 'x1',
        raterId: 'ana',
        met: true,
        note: 'warm, specific',
      }),
      '',
      JSON.stringify({
        run_id: 'run-1',
        scenario_id: 's1',
        item_id: 'x2',
        rater_id: 'ana',
        met: 0,
      }),
      JSON.stringify({
        run_id: 'run-1',
        scenarioId: 's1',
        itemId: 'x3',
        raterId: 'ben',
        met: 'unmet',
        ratedAt: '2025-01-01T00:00:00Z',
      }),
    ].join('\r\n');
    expect(parseRatings(jsonl, 'jsonl', 'r.jsonl', { ratedAt: AT })).toEqual([
      {
        runId: 'run-1',
        scenarioId: 's1',
        itemId: 'x1',
        raterId: 'ana',
        met: true,
        note: 'warm, specific',
        ratedAt: AT,
      },
      { runId: 'run-1', scenarioId: 's1', itemId: 'x2', raterId: 'ana', met: false, ratedAt: AT },
      {
        runId: 'run-1',
        scenarioId: 's1',
        itemId: 'x3',
        raterId: 'ben',
        met: false,
        ratedAt: '2025-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('names file, line and field in every problem', () => {
    const jsonl = [
      '{"runId":"r","scenarioId":"s","itemId":"i","raterId":"a","met":true}',
      '{"runId":"r","scenarioId":"s","itemId":"i2","raterId":"a","met":"sometimes"}',
      '{"runId":"r","run_id":"r","scenarioId":"s","itemId":"i3","raterId":"a","met":true}',
      '{"runId":"r","scenarioId":"s","itemId":"i4","raterId":"a","met":true,"score":3}',
      '{"runId":"r","scenarioId":"s","itemId":"i5","met":true}',
      '{"runId":"r","scenarioId":"s","itemId":5,"raterId":"a","met":true}',
      '{"runId":"r", oops}',
      '["not","an","object"]',
      '{"runId":"r","scenarioId":"s","itemId":"i9","raterId":"a","met":true,"ratedAt":"last tuesday"}',
    ].join('\n');
    expect(problemsOf(jsonl, 'jsonl')).toEqual([
      'ratings.jsonl line 2, field met: expected true/false, 1/0, yes/no or met/unmet, got "sometimes"',
      'ratings.jsonl line 3, field run_id: given twice (also as runId); give one',
      expect.stringMatching(/^ratings\.jsonl line 4, field score: unknown field/),
      'ratings.jsonl line 5, field rater_id: missing',
      'ratings.jsonl line 6, field itemId: expected text, got 5',
      expect.stringMatching(/^ratings\.jsonl line 7: not valid JSON/),
      'ratings.jsonl line 8: expected a JSON object',
      expect.stringMatching(/^ratings\.jsonl line 9, field ratedAt: "last tuesday" is not a date/),
    ]);
  });
});

describe('humanJudgmentsFromRatings', () => {
  const rating = (
    raterId: string,
    itemId: string,
    met: boolean,
    extra: Partial<HumanRating> = {},
  ): HumanRating => ({
    runId: 'run-1',
    scenarioId: 's1',
    itemId,
    raterId,
    met,
    ratedAt: AT,
    ...extra,
  });

  it('makes one judge per rater and a majority judge; a tie abstains with a reason', () => {
    const judgments = humanJudgmentsFromRatings([
      rating('ana', 'x1', true, { note: 'named the feeling' }),
      rating('ben', 'x1', true),
      rating('cai', 'x1', false),
      rating('ana', 'x2', true),
      rating('ben', 'x2', false),
    ]);
    const perRater = judgments.filter((j) => j.judge !== HUMAN_MAJORITY_JUDGE);
    expect(perRater.map((j) => [j.judge, j.itemId, j.met])).toEqual([
      ['human:ana', 'x1', true],
      ['human:ben', 'x1', true],
      ['human:cai', 'x1', false],
      ['human:ana', 'x2', true],
      ['human:ben', 'x2', false],
    ]);
    expect(perRater[0]).toMatchObject({
      judgeVersion: 'human@1',
      evidence: [{ note: 'named the feeling' }],
    });
    expect(perRater[1]?.evidence).toEqual([]);

    const majority = judgments.filter((j) => j.judge === HUMAN_MAJORITY_JUDGE);
    expect(majority).toEqual([
      {
        runId: 'run-1',
        scenarioId: 's1',
        itemId: 'x1',
        judge: 'human:majority',
        judgeVersion: 'human@1',
        met: true,
        evidence: [{ note: '2 of 3 raters judged it met' }],
      },
      {
        runId: 'run-1',
        scenarioId: 's1',
        itemId: 'x2',
        judge: 'human:majority',
        judgeVersion: 'human@1',
        met: null,
        evidence: [{ note: '1 of 2 raters judged it met' }],
        abstainReason: 'raters tied 1–1',
      },
    ]);
  });

  it("counts a rater's latest rating of an item once", () => {
    const judgments = humanJudgmentsFromRatings([
      rating('ana', 'x1', false, { ratedAt: '2025-06-02T00:00:00Z' }),
      rating('ana', 'x1', true, { ratedAt: '2025-06-01T00:00:00Z' }),
      rating('ben', 'x1', false),
    ]);
    expect(judgments.map((j) => [j.judge, j.met])).toEqual([
      ['human:ana', false],
      ['human:ben', false],
      ['human:majority', false],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import type { MetricSummary } from '../../src/core/index.js';
import { evaluateGates, parseGates } from '../../src/eval/gates.js';

function invalid(text: string): string {
  try {
    parseGates(text);
  } catch (error) {
    expect(isTandemError(error, 'INPUT_INVALID')).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('parseGates', () => {
  it('parses metric thresholds, optional judges (which may contain ":") and whitespace', () => {
    expect(parseGates('ASA=80,CES=60')).toEqual([
      { metric: 'ASA', threshold: 80 },
      { metric: 'CES', threshold: 60 },
    ]);
    expect(parseGates(' builtin:ASA = 80 , llm:openai:gpt-4o-mini:trs=72.5')).toEqual([
      { judge: 'builtin', metric: 'ASA', threshold: 80 },
      { judge: 'llm:openai:gpt-4o-mini', metric: 'TRS', threshold: 72.5 },
    ]);
    expect(parseGates('human:majority:CSI=0')).toEqual([
      { judge: 'human:majority', metric: 'CSI', threshold: 0 },
    ]);
  });

  it('names the bad part in every error', () => {
    expect(invalid('ASA=80,XYZ=3')).toMatch(/"XYZ=3".*unknown metric "XYZ"/);
    expect(invalid('ASA=80,CES')).toMatch(/"CES".*METRIC=THRESHOLD/);
    expect(invalid('ASA=high')).toMatch(/"ASA=high".*threshold "high"/);
    expect(invalid('ASA=')).toMatch(/"ASA=".*threshold ""/);
    expect(invalid('ASA=101')).toMatch(/0 to 100/);
    expect(invalid('ASA=-5')).toMatch(/0 to 100/);
    expect(invalid(':ASA=5')).toMatch(/judge before ":" is empty/);
    expect(invalid('ASA=80,,CES=1')).toMatch(/part 2 is empty/);
    expect(invalid('')).toMatch(/empty/);
    expect(invalid('ASA=80,asa=70')).toMatch(/gated twice/);
  });
});

function row(judge: string, metric: MetricSummary['metric'], mean: number | null): MetricSummary {
  return {
    judge,
    metric,
    ci: mean === null ? null : { mean, low: mean - 5, high: mean + 5, n: 10 },
  };
}

describe('evaluateGates', () => {
  const summary = [
    row('builtin', 'ASA', 85),
    row('builtin', 'CES', 55),
    row('llm:openai:gpt-4o-mini', 'ASA', 79.9),
    row('llm:openai:gpt-4o-mini', 'CES', null),
  ];

  it('applies a judge-less gate to every judge in the run, on the mean', () => {
    const results = evaluateGates(summary, parseGates('ASA=80'));
    expect(results.map((r) => [r.judge, r.value, r.passed])).toEqual([
      ['builtin', 85, true],
      ['llm:openai:gpt-4o-mini', 79.9, false],
    ]);
    expect(results[0]?.reason).toBeUndefined();
    expect(results[1]?.reason).toMatch(/79\.9 is below 80/);
  });

  it('passes at exactly the threshold', () => {
    expect(evaluateGates(summary, parseGates('builtin:ASA=85'))[0]?.passed).toBe(true);
  });

  it('fails, and says so, when the metric has no value', () => {
    const [ces] = evaluateGates(summary, parseGates('llm:openai:gpt-4o-mini:CES=10'));
    expect(ces).toMatchObject({ value: null, passed: false });
    expect(ces?.reason).toMatch(/no CES score/);
    const [trs] = evaluateGates(summary, parseGates('builtin:TRS=0'));
    expect(trs).toMatchObject({ value: null, passed: false });
  });

  it('fails a gate naming a judge that did not score the run', () => {
    const [result] = evaluateGates(summary, parseGates('human:majority:ASA=50'));
    expect(result).toMatchObject({ judge: 'human:majority', passed: false, value: null });
    expect(result?.reason).toMatch(/did not score this run.*builtin/);
  });

  it('fails rather than passing vacuously when no judge scored anything', () => {
    const [result] = evaluateGates([], parseGates('ASA=50'));
    expect(result).toMatchObject({ passed: false, value: null });
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import { fitPlatt, makeNonIncreasing, sigmoid } from '../../src/triage/model/calibration.js';
import { outOfFoldOutputs } from '../../src/triage/model/cross-validate.js';
import { ordinalMetrics, rankingMetrics } from '../../src/triage/model/metrics.js';
import {
  createRiskModel,
  loadRiskModel,
  trainRiskModel,
  type RiskExample,
  type SerializedModel,
} from '../../src/triage/model/model.js';
import { seededRandom, stratifiedFolds } from '../../src/triage/model/random.js';
import { levelFromProbabilities, tuneThresholds } from '../../src/triage/model/thresholds.js';
import { cachedFoldModels } from '../../src/triage/model/training-cache.js';
import { CONDITION_HEADS, HEAD_COUNT } from '../../src/triage/model/serialized.js';
import { RISK_CATEGORIES } from '../../src/core/index.js';
import { isConditionOnly, tuneHeadThreshold } from '../../src/triage/model/train.js';

/**
 * A separable synthetic task with made-up words: a text of level t carries the level's marker
 * word among neutral filler; self-harm texts carry their own marker. Anything that learns at all
 * learns this; anything broken does not.
 */
const MARKERS = ['', 'quorp', 'blint', 'zarvex', 'mimblo', 'trask', 'fennic'];
const SELF_HARM_MARKER = 'ydril';
const ABUSE_MARKER = 'vrenk';
const FILLER =
  'the a day work home friend phone morning lunch bus rain weekend class coffee music game walk'.split(
    ' ',
  );

function syntheticSet(count: number, seed: number): RiskExample[] {
  const random = seededRandom(seed);
  const pick = (words: string[]): string => words[Math.floor(random() * words.length)] as string;
  return Array.from({ length: count }, (_, i) => {
    const cssrs = i % 7;
    const selfHarm = i % 5 === 0;
    const abuse = i % 3 === 0;
    const words = Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(FILLER));
    if (cssrs > 0) words.splice(Math.floor(random() * words.length), 0, MARKERS[cssrs] as string);
    if (selfHarm) words.splice(Math.floor(random() * words.length), 0, SELF_HARM_MARKER);
    if (abuse) words.splice(Math.floor(random() * words.length), 0, ABUSE_MARKER);
    const categories = [
      ...(cssrs > 0 ? ['suicide'] : []),
      ...(selfHarm ? ['self_harm'] : []),
      ...(abuse ? ['abuse'] : []),
    ];
    return {
      text: words.join(' '),
      cssrs,
      selfHarm,
      categories,
      crisis: cssrs >= 3,
      source: 'synthetic',
    };
  });
}

const FAST = { bits: 14, calibrationFolds: 3 } as const;
const train = syntheticSet(420, 1);
const test = syntheticSet(140, 2);
// The synthetic set is six-sevenths suicidal and a third of its C-SSRS 0 texts carry the abuse
// marker, so the shared model counts its condition-only texts fully in every head (the default
// counts them less in the C-SSRS heads; tested below with models of their own).
const SHARED = { ...FAST, seed: 7, conditionOnlyOrdinalWeight: 1 } as const;
const serialized = trainRiskModel(train, SHARED);
const model = createRiskModel(serialized);

describe('trainRiskModel: learning', () => {
  it('recovers a separable task on unseen texts', () => {
    const levels = test.map((example) => model.levelOf(model.predict(example.text)));
    const metrics = ordinalMetrics(
      test.map((example) => example.cssrs),
      levels,
    );
    expect(metrics.exactAgreement).toBeGreaterThanOrEqual(0.9);
    const selfHarm = test.map((example) => model.predict(example.text).selfHarm);
    const ranking = rankingMetrics(
      selfHarm,
      test.map((example) => example.selfHarm === true),
    );
    expect(ranking.rocAuc).toBeGreaterThan(0.95);
  });

  it('explains with the words that drove the decision, at their place in the original text', () => {
    const text = 'Long day at work, the bus was late. FENNIC. then coffee';
    const output = model.predict(text);
    expect(model.levelOf(output)).toBe(6);
    expect(output.top.length).toBeGreaterThan(0);
    expect(output.top.length).toBeLessThanOrEqual(5);
    const first = output.top[0];
    expect(first?.feature).toBe('word:fennic');
    expect(text.slice(first?.start, first?.end)).toBe('FENNIC');
    for (const feature of output.top) expect(feature.weight).toBeGreaterThan(0);
  });

  it('learns a condition head and the crisis head, with cut-offs and explanations', () => {
    const text = 'the bus was late, VRENK again, then coffee';
    const output = model.predict(text);
    expect(output.conditions?.abuse).toBeGreaterThan(0.9);
    expect(output.conditions?.psychosis).toBeLessThan(0.5);
    expect(serialized.headThresholds.abuse).toBeLessThan(0.9);
    expect(serialized.headThresholds.psychosis).toBe(1);
    const why = output.headTop?.abuse?.[0];
    expect(why?.feature).toBe('word:vrenk');
    expect(text.slice(why?.start, why?.end)).toBe('VRENK');
    expect(output.headTop?.psychosis).toBeUndefined();
    expect(model.predict('the bus was late. ZARVEX').crisis).toBeGreaterThan(0.9);
    expect(model.predict('the bus was late. QUORP').crisis).toBeLessThan(0.5);
  });

  it('has a condition head for every risk category but suicide and self-harm, in their order', () => {
    expect([...CONDITION_HEADS]).toEqual(
      RISK_CATEGORIES.filter((c) => c !== 'suicide' && c !== 'self_harm'),
    );
  });

  it('gives nothing to explain and low risk for filler alone', () => {
    const output = model.predict('the bus was late and the coffee was cold');
    expect(model.levelOf(output)).toBe(0);
    expect(output.atLeast[0]).toBeLessThan(0.5);
  });

  it('records how it was trained, without any training text', () => {
    expect(serialized.training.examples).toBe(420);
    expect(serialized.training.cssrsCounts).toEqual([60, 60, 60, 60, 60, 60, 60]);
    expect(serialized.training.selfHarm).toEqual({ positive: 84, negative: 336, unknown: 0 });
    expect(serialized.training.heads.abuse).toEqual({ positive: 140, negative: 280, unknown: 0 });
    expect(serialized.training.heads.crisis).toEqual({ positive: 240, negative: 180, unknown: 0 });
    expect(serialized.training.hyperParameters).toMatchObject({
      seed: 7,
      bits: 14,
      calibrationFolds: 3,
    });
    const json = JSON.stringify(serialized);
    for (const example of train.slice(0, 20)) expect(json).not.toContain(example.text);
  });

  it('rejects invalid examples with the field named', () => {
    expect(() => trainRiskModel([{ text: 'x', cssrs: 7, selfHarm: false }])).toThrow(
      /example 0, field "cssrs"/,
    );
    expect(() => trainRiskModel([])).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });
});

describe('trainRiskModel: condition-only texts and the ordinal heads', () => {
  it('knows a condition-only text: conditions the C-SSRS scale does not score, and nothing else', () => {
    const example = (cssrs: number, categories: string[] | null): RiskExample => ({
      text: 'x',
      cssrs,
      selfHarm: categories?.includes('self_harm') ?? null,
      categories,
    });
    expect(isConditionOnly(example(0, ['abuse']))).toBe(true);
    expect(isConditionOnly(example(0, ['eating_disorder', 'medical_emergency']))).toBe(true);
    // Self-harm and someone else's risk are the contrasts the ordinal heads must learn.
    expect(isConditionOnly(example(0, ['self_harm']))).toBe(false);
    expect(isConditionOnly(example(0, ['third_party']))).toBe(false);
    expect(isConditionOnly(example(0, ['abuse', 'third_party']))).toBe(false);
    expect(isConditionOnly(example(2, ['suicide', 'abuse']))).toBe(false);
    expect(isConditionOnly(example(0, []))).toBe(false);
    expect(isConditionOnly(example(0, null))).toBe(false);
  });

  it('counts them in the C-SSRS heads by their weight: left out at 0, in part between 0 and 1', () => {
    // In the synthetic set a third of the texts carry the abuse marker at every C-SSRS level, so
    // its condition-only texts are the only ones that tie the marker to C-SSRS 0.
    const leftOutSerialized = trainRiskModel(train, {
      ...FAST,
      seed: 7,
      conditionOnlyOrdinalWeight: 0,
    });
    const leftOut = createRiskModel(leftOutSerialized);
    const halfSerialized = trainRiskModel(train, {
      ...FAST,
      seed: 7,
      conditionOnlyOrdinalWeight: 0.5,
    });
    const half = createRiskModel(halfSerialized);
    const kept = model;
    const text = 'the bus was late, VRENK again, then coffee';
    const anyRisk = (m: typeof model): number => m.predict(text).atLeast[0] as number;
    expect(anyRisk(leftOut)).toBeGreaterThan(anyRisk(half));
    expect(anyRisk(half)).toBeGreaterThan(anyRisk(kept));
    for (const m of [leftOut, half, kept])
      expect(m.predict(text).conditions?.abuse).toBeGreaterThan(0.9);
    // The other heads learn the same from all three.
    expect(leftOut.predict('the bus was late. ZARVEX').crisis).toBeGreaterThan(0.9);
    expect(half.predict('the bus was late. ZARVEX').crisis).toBeGreaterThan(0.9);
    expect(leftOutSerialized.training.hyperParameters.conditionOnlyOrdinalWeight).toBe(0);
    expect(halfSerialized.training.hyperParameters.conditionOnlyOrdinalWeight).toBe(0.5);
    expect(serialized.training.hyperParameters.conditionOnlyOrdinalWeight).toBe(1);
  });

  it('rejects a weight outside 0–1', () => {
    expect(() => trainRiskModel(train, { ...FAST, conditionOnlyOrdinalWeight: 1.5 })).toThrow(
      /between 0 and 1/,
    );
  });
});

describe('trainRiskModel: determinism', () => {
  it('gives identical weights for the same seed and different ones for another', () => {
    const again = trainRiskModel(train, SHARED);
    expect(JSON.stringify(again)).toBe(JSON.stringify(serialized));
    const other = trainRiskModel(train, { ...SHARED, seed: 8 });
    expect(other.version).not.toBe(serialized.version);
  });

  it('splits folds reproducibly and evenly per stratum', () => {
    const strata = Array.from({ length: 103 }, (_, i) => i % 4);
    const folds = stratifiedFolds(strata, 5, 3);
    expect(Array.from(stratifiedFolds(strata, 5, 3))).toEqual(Array.from(folds));
    for (let s = 0; s < 4; s += 1) {
      const sizes = [0, 0, 0, 0, 0];
      folds.forEach((fold, i) => {
        if (strata[i] === s) sizes[fold] = (sizes[fold] as number) + 1;
      });
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

describe('calibration', () => {
  it('keeps P(cssrs ≥ t) in [0, 1] and non-increasing for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FILLER, ...MARKERS.slice(1), SELF_HARM_MARKER, '!', '😭'), {
          maxLength: 30,
        }),
        (words) => {
          const { atLeast, selfHarm } = model.predict(words.join(' '));
          for (let t = 0; t < 6; t += 1) {
            expect(atLeast[t]).toBeGreaterThanOrEqual(0);
            expect(atLeast[t]).toBeLessThanOrEqual(1);
            if (t > 0) expect(atLeast[t]).toBeLessThanOrEqual(atLeast[t - 1] as number);
          }
          expect(selfHarm).toBeGreaterThanOrEqual(0);
          expect(selfHarm).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('projects violations onto the nearest non-increasing sequence', () => {
    const values = [0.9, 0.5, 0.7, 0.2, 0.3, 0.1];
    makeNonIncreasing(values);
    expect(values.map((v) => Number(v.toFixed(3)))).toEqual([0.9, 0.6, 0.6, 0.25, 0.25, 0.1]);
    const sorted = [0.8, 0.4, 0.1];
    makeNonIncreasing(sorted);
    expect(sorted).toEqual([0.8, 0.4, 0.1]);
  });

  it('fits Platt scaling that recovers a known slope and offset', () => {
    const random = seededRandom(5);
    const margins: number[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i += 1) {
      const margin = random() * 8 - 4;
      margins.push(margin);
      labels.push(random() < sigmoid(2 * margin - 1) ? 1 : 0);
    }
    const { a, b } = fitPlatt(margins, labels);
    expect(a).toBeGreaterThan(1.7);
    expect(a).toBeLessThan(2.3);
    expect(b).toBeGreaterThan(-1.3);
    expect(b).toBeLessThan(-0.7);
  });

  it('outputs "no evidence" for a head with no annotated example', () => {
    const unannotated = train.map((example) => ({
      ...example,
      selfHarm: null,
      categories: null,
      crisis: null,
    }));
    const blindSerialized = trainRiskModel(unannotated, { ...FAST, seed: 7 });
    const blind = createRiskModel(blindSerialized);
    const output = blind.predict('ydril vrenk zarvex');
    expect(output.selfHarm).toBeLessThan(0.001);
    expect(output.conditions?.abuse).toBeLessThan(0.001);
    expect(output.crisis).toBeLessThan(0.001);
    expect(blindSerialized.headThresholds.abuse).toBe(1);
    expect(blindSerialized.training.heads.abuse).toEqual({
      positive: 0,
      negative: 0,
      unknown: 420,
    });
  });

  it('tunes a head cut-off to the lowest that keeps its precision and its false alarms', () => {
    // Rows 0–9 positive at 0.9, rows 10–19 negative with categories at 0.6, rows 20–119 quiet
    // (no category) at 0.3, one quiet row at 0.7.
    const p = (r: number): number => (r < 10 ? 0.9 : r < 20 ? 0.6 : r === 20 ? 0.7 : 0.3);
    const positive = (r: number): boolean => r < 10;
    const quiet = (r: number): boolean => r >= 20;
    const rows = Array.from({ length: 120 }, (_, r) => r);
    expect(tuneHeadThreshold(p, positive, quiet, rows, 0.85, 0.01)).toBe(0.61);
    expect(tuneHeadThreshold(p, positive, quiet, rows, 0.85, 0)).toBe(0.71);
    expect(tuneHeadThreshold(p, positive, quiet, rows, 0.95, 0.01)).toBe(0.71);
    expect(tuneHeadThreshold(p, positive, quiet, rows, 0.45, 0.01)).toBe(0.31);
    expect(
      tuneHeadThreshold(
        () => 0.5,
        () => false,
        quiet,
        rows,
        0.85,
        0.01,
      ),
    ).toBe(1);
  });
});

describe('thresholds', () => {
  it('picks the largest level whose probability passes its threshold', () => {
    expect(
      levelFromProbabilities([0.9, 0.8, 0.4, 0.3, 0.1, 0.05], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]),
    ).toBe(2);
    expect(
      levelFromProbabilities([0.9, 0.8, 0.4, 0.3, 0.1, 0.05], [0.5, 0.5, 0.5, 0.25, 0.5, 0.5]),
    ).toBe(4);
    expect(levelFromProbabilities([0.1, 0, 0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5])).toBe(0);
  });

  it('meets the recall aims on the data it was tuned on', () => {
    const random = seededRandom(11);
    const truth: number[] = [];
    const probabilities = new Float64Array(600 * 6);
    for (let i = 0; i < 600; i += 1) {
      const level = i % 7;
      truth.push(level);
      const row = Array.from({ length: 6 }, (_, t) =>
        Math.min(1, Math.max(0, (level > t ? 0.65 : 0.3) + (random() - 0.5) * 0.6)),
      );
      makeNonIncreasing(row);
      probabilities.set(row, i * 6);
    }
    const thresholds = tuneThresholds(probabilities, truth, {
      anyRiskRecall: 0.97,
      severeRecall: 0.97,
    });
    const levels = truth.map((_, i) =>
      levelFromProbabilities(probabilities.subarray(i * 6, i * 6 + 6), thresholds),
    );
    const metrics = ordinalMetrics(truth, levels);
    expect(metrics.anyRisk.recall).toBeGreaterThanOrEqual(0.97);
    expect(metrics.severe.recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('metrics', () => {
  it('counts agreement, error and the binary decisions', () => {
    const metrics = ordinalMetrics([0, 1, 3, 6, 2], [0, 2, 3, 4, 0]);
    expect(metrics.exactAgreement).toBeCloseTo(0.4);
    expect(metrics.meanAbsoluteError).toBeCloseTo(1);
    expect(metrics.severe).toMatchObject({
      truePositives: 2,
      falsePositives: 0,
      falseNegatives: 0,
      recall: 1,
      precision: 1,
    });
    expect(metrics.anyRisk).toMatchObject({
      truePositives: 3,
      falseNegatives: 1,
      falsePositiveRate: 0,
    });
    expect(metrics.confusion[6]?.[4]).toBe(1);
  });

  it('ranks: a perfect score has AUC 1, a reversed one 0, ties count half', () => {
    expect(rankingMetrics([0.9, 0.8, 0.2, 0.1], [true, true, false, false]).rocAuc).toBe(1);
    expect(rankingMetrics([0.1, 0.2, 0.8, 0.9], [true, true, false, false]).rocAuc).toBe(0);
    expect(rankingMetrics([0.5, 0.5], [true, false]).rocAuc).toBe(0.5);
  });
});

describe('weights: round trip and loading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-model-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('predicts the same after JSON, from a file, and loads each path once', () => {
    const path = join(dir, 'weights.json');
    writeFileSync(path, JSON.stringify(serialized));
    const loaded = loadRiskModel(path);
    expect(loaded.version).toBe(serialized.version);
    expect(loaded.thresholds).toEqual(serialized.thresholds);
    expect(loaded.normalisationMatches).toBe(true);
    for (const example of test.slice(0, 20))
      expect(loaded.predict(example.text)).toEqual(model.predict(example.text));
    expect(loadRiskModel(path)).toBe(loaded);
  });

  it('keeps the weights small: sparse and quantised', () => {
    const kept = serialized.heads.reduce((sum, head) => sum + head.indices.length, 0);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(HEAD_COUNT * 2 ** 14);
    for (const head of serialized.heads)
      for (const w of head.weights) expect(Number.isInteger(w)).toBe(true);
  });

  function expectLoadError(content: string | undefined, pattern: RegExp): void {
    const path = join(dir, `bad-${Math.random().toString(36).slice(2)}.json`);
    if (content !== undefined) writeFileSync(path, content);
    try {
      loadRiskModel(path);
      expect.unreachable('loading should fail');
    } catch (error) {
      expect(isTandemError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(pattern);
    }
  }

  it('fails clearly on a missing, corrupt, malformed or edited file', () => {
    expectLoadError(undefined, /not found or unreadable.*train-triage/);
    expectLoadError('{"format": "tandem-risk-mo', /not valid JSON/);
    const wrongField = JSON.parse(JSON.stringify(serialized)) as Record<string, unknown>;
    delete wrongField.thresholds;
    expectLoadError(JSON.stringify(wrongField), /field "thresholds"/);
    const edited = JSON.parse(JSON.stringify(serialized)) as SerializedModel;
    (edited.heads[0] as SerializedModel['heads'][number]).bias += 1;
    expectLoadError(JSON.stringify(edited), /does not match the content/);
    const outOfRange = JSON.parse(JSON.stringify(serialized)) as SerializedModel;
    (outOfRange.heads[1] as SerializedModel['heads'][number]).indices[0] = 2 ** 14;
    outOfRange.version = '00000000';
    expectLoadError(JSON.stringify(outOfRange), /does not match|outside/);
  });

  it('writes what it reads: the file content parses back to the same model', () => {
    const path = join(dir, 'copy.json');
    writeFileSync(path, JSON.stringify(serialized) + '\n');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(serialized);
  });
});

describe('outOfFoldOutputs', () => {
  it('scores every example with a model that did not see it', () => {
    const result = outOfFoldOutputs(train, { ...FAST, seed: 3, folds: 4 });
    expect(result.outputs).toHaveLength(train.length);
    expect(result.models).toHaveLength(4);
    const metrics = ordinalMetrics(
      train.map((example) => example.cssrs),
      result.levels,
    );
    expect(metrics.exactAgreement).toBeGreaterThan(0.85);
    train.forEach((example, i) => {
      const fold = result.fold[i] as number;
      expect(result.models[fold]?.predict(example.text)).toEqual(result.outputs[i]);
    });
  });
});

describe('cachedFoldModels', () => {
  const cache = mkdtempSync(join(tmpdir(), 'tandem-folds-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const examples = syntheticSet(210, 3);
  const strata = examples.map((e) => e.cssrs);
  const extra = syntheticSet(35, 4);

  it('trains one model per fold, each without its fold, and reads them back from the cache', () => {
    const progress: number[] = [];
    const first = cachedFoldModels(
      examples,
      strata,
      extra,
      { ...FAST, seed: 7, folds: 3 },
      cache,
      (k) => progress.push(k),
    );
    expect(progress).toEqual([0, 1, 2]);
    expect(first.models).toHaveLength(3);
    const cached = () => readdirSync(cache).filter((f) => /^risk-model-\w+\.json$/.test(f));
    expect(cached()).toHaveLength(3);
    expect([...first.fold]).toEqual([...stratifiedFolds(strata, 3, 7)]);
    // Fold k's model is exactly the one trained on `extra` plus the examples outside fold k.
    const outside = examples.filter((_, i) => first.fold[i] !== 1);
    const direct = createRiskModel(trainRiskModel([...extra, ...outside], { ...FAST, seed: 7 }));
    expect(first.models[1]?.version).toBe(direct.version);
    const again = cachedFoldModels(examples, strata, extra, { ...FAST, seed: 7, folds: 3 }, cache);
    expect(again.models.map((m) => m.version)).toEqual(first.models.map((m) => m.version));
    // Another seed is another set of folds and models, never a stale cache hit.
    const other = cachedFoldModels(examples, strata, extra, { ...FAST, seed: 8, folds: 3 }, cache);
    expect(other.models.map((m) => m.version)).not.toEqual(first.models.map((m) => m.version));
    expect(cached()).toHaveLength(6);
  });
});

/**
 * The model keeps only the nonzero rows of its weights, packed (src/triage/model/model.ts). A
 * zero row adds exactly nothing, so predictions must equal, bit for bit, the plain computation
 * over the dense weights with every feature in order — which this test does by hand.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNonIncreasing, sigmoid } from '../../src/triage/model/calibration.js';
import {
  extractFeatures,
  FeatureExtraction,
  FeatureGroup,
  UnitKind,
} from '../../src/triage/model/features.js';
import {
  createRiskModel,
  defaultWeightsPath,
  loadRiskModel,
} from '../../src/triage/model/model.js';
import {
  CONDITION_HEADS,
  CRISIS_HEAD,
  denseWeights,
  FIRST_CONDITION_HEAD,
  HEAD_COUNT,
  SELF_HARM_HEAD,
  THRESHOLD_HEADS,
  type SerializedModel,
} from '../../src/triage/model/serialized.js';
import { levelFromProbabilities, type Thresholds } from '../../src/triage/model/thresholds.js';

const serialized = JSON.parse(readFileSync(defaultWeightsPath(), 'utf8')) as SerializedModel;
const dense = denseWeights(serialized);
const model = loadRiskModel();

/**
 * The margins, probabilities and top contributions over the dense weights, feature by feature:
 * per head, the integer sums of each feature group's quantised weights, scaled once.
 */
function densePrediction(text: string) {
  const x = extractFeatures(text, serialized.features.bits, new FeatureExtraction());
  const groupSums = [0, 1, 2].map(() => new Array<number>(HEAD_COUNT).fill(0));
  const unitSums = [...Array(x.unitCount)].map(() => ({
    word: new Array<number>(HEAD_COUNT).fill(0),
    char: new Array<number>(HEAD_COUNT).fill(0),
  }));
  for (let k = 0; k < x.count; k++) {
    const group = x.groups[k] as number;
    const unit = unitSums[x.units[k] as number] as { word: number[]; char: number[] };
    for (let h = 0; h < HEAD_COUNT; h++) {
      const q = dense[(x.buckets[k] as number) * HEAD_COUNT + h] as number;
      const sums = groupSums[group] as number[];
      sums[h] = (sums[h] as number) + q;
      const ofUnit = group === FeatureGroup.char ? unit.char : unit.word;
      ofUnit[h] = (ofUnit[h] as number) + q;
    }
  }
  const value = (group: number) => x.groupValues[group] as number;
  const margins = serialized.heads.map(
    (head, h) =>
      head.bias +
      head.scale *
        (value(FeatureGroup.word) * (groupSums[FeatureGroup.word]?.[h] as number) +
          value(FeatureGroup.bigram) * (groupSums[FeatureGroup.bigram]?.[h] as number) +
          value(FeatureGroup.char) * (groupSums[FeatureGroup.char]?.[h] as number)),
  );
  const platt = serialized.heads.map((head) => head.platt);
  const atLeast = [0, 1, 2, 3, 4, 5].map((t) =>
    sigmoid((platt[t]?.a as number) * (margins[t] as number) + (platt[t]?.b as number)),
  );
  makeNonIncreasing(atLeast);
  const selfHarm = sigmoid(
    (platt[SELF_HARM_HEAD]?.a as number) * (margins[SELF_HARM_HEAD] as number) +
      (platt[SELF_HARM_HEAD]?.b as number),
  );
  const level = levelFromProbabilities(atLeast, serialized.thresholds as Thresholds);
  const head =
    selfHarm >= 0.5 && selfHarm > (atLeast[0] as number) ? SELF_HARM_HEAD : Math.max(level, 1) - 1;
  const slope = (platt[head]?.a as number) * (serialized.heads[head]?.scale as number);
  const contributions = unitSums.map(({ word, char }, unit) =>
    x.unitKind[unit] === UnitKind.bigram
      ? slope * (value(FeatureGroup.bigram) * (word[head] as number))
      : slope *
        (value(FeatureGroup.char) * (char[head] as number) +
          value(FeatureGroup.word) * (word[head] as number)),
  );
  const top = [...contributions.keys()]
    .filter((unit) => (contributions[unit] as number) > 0)
    .sort((a, b) => (contributions[b] as number) - (contributions[a] as number) || a - b)
    .slice(0, 5)
    .map((unit) => ({
      weight: contributions[unit],
      start: x.unitStart[unit],
      end: x.unitEnd[unit],
    }));
  const conditions = Object.fromEntries(
    CONDITION_HEADS.map((name, k) => {
      const h = FIRST_CONDITION_HEAD + k;
      return [
        name,
        sigmoid((platt[h]?.a as number) * (margins[h] as number) + (platt[h]?.b as number)),
      ];
    }),
  );
  const crisis = sigmoid(
    (platt[CRISIS_HEAD]?.a as number) * (margins[CRISIS_HEAD] as number) +
      (platt[CRISIS_HEAD]?.b as number),
  );
  return { atLeast, selfHarm, top, conditions, crisis };
}

const TEXTS = [
  "i can't do this anymore, i just want to die. i keep thinking about killing myself",
  'running late, the bus broke down again. grabbing coffee, see you at ten',
  'i keep picking at my skin until it bleeds',
  'Quiero morir, ya no aguanto más 😔',
  'k1ll mys3lf tonight fr',
  '',
  'ok',
];

describe('packed model weights and the word table', () => {
  it('predict exactly what the dense weights give', () => {
    const pool = readFileSync('data/triage/train.jsonl', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 300)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    for (const text of [...TEXTS, ...pool, pool.join(' ').slice(0, 3000)]) {
      const expected = densePrediction(text);
      const actual = model.predict(text);
      expect(actual.atLeast, text).toEqual(expected.atLeast);
      expect(actual.selfHarm, text).toBe(expected.selfHarm);
      expect(actual.conditions, text).toEqual(expected.conditions);
      expect(actual.crisis, text).toBe(expected.crisis);
      // Every condition or crisis head at its cut-off explains itself, and only those.
      for (const head of THRESHOLD_HEADS) {
        const p = head === 'crisis' ? expected.crisis : (expected.conditions[head] as number);
        const features = actual.headTop?.[head];
        expect(features !== undefined, `${head}: ${text}`).toBe(p >= model.headThresholds[head]);
        for (const f of features ?? []) {
          expect(f.weight).toBeGreaterThan(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }
      expect(
        actual.top.map(({ weight, start, end }) => ({ weight, start, end })),
        text,
      ).toEqual(expected.top);
    }
  });

  it('give the same outputs whether a word is new to the model or remembered', () => {
    const fresh = createRiskModel(serialized);
    const text = `${TEXTS.join('. ')} ${TEXTS.join(' ')}`;
    const first = fresh.predict(text);
    // Many other words in between, then the same text: every word is now remembered.
    for (const other of TEXTS) fresh.predict(`${other} ${other.split('').reverse().join('')}`);
    expect(fresh.predict(text)).toEqual(first);
    expect(model.predict(text)).toEqual(first);
  });
});

describe('a prediction with a span blanked (predictWithout)', () => {
  const pool = readFileSync('data/triage/train.jsonl', 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 200)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  // A reference model of its own, so its word table and last text are not the tested one's.
  const reference = createRiskModel(serialized);
  const blank = (text: string, start: number, end: number): string =>
    text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  const piece = fc.oneof(
    fc.constantFrom(...TEXTS, ...pool.slice(0, 40)),
    fc.constantFrom(
      'k1ll',
      'mys3lf',
      's!u!c!d3',
      "don't",
      'DON’T',
      '😔',
      '🌉',
      '⚰️',
      '. ',
      '\n',
      '  ',
    ),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const textAndSpan = fc
    .array(piece, { minLength: 1, maxLength: 8 })
    .map((pieces) => pieces.join(' '))
    .chain((text) =>
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: 12 }))
        .map(([start, width]) => ({ text, start, end: Math.min(text.length, start + width) })),
    );

  it('gives what predict gives on the blanked text, right after reading the text or not', () => {
    const tested = createRiskModel(serialized);
    fc.assert(
      fc.property(textAndSpan, fc.boolean(), ({ text, start, end }, readFirst) => {
        if (readFirst) tested.predict(text);
        const expected = reference.predict(blank(text, start, end));
        expect(tested.predictWithout?.(text, start, end)).toEqual(expected);
        // A second cue of the same text is read from the text again, not from the first blank.
        const second = Math.max(0, start - 7);
        expect(tested.predictWithout?.(text, second, start)).toEqual(
          reference.predict(blank(text, second, start)),
        );
        // Level only: the same output without the heads' explanations.
        const { headTop: _left, ...level } = expected;
        expect(tested.predictWithout?.(text, start, end, true)).toEqual(level);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same on long texts, blanking inside words, across words and at the ends', () => {
    const tested = createRiskModel(serialized);
    const text = pool.join(' ').slice(0, 3000);
    tested.predict(text);
    for (const [start, end] of [
      [0, 0],
      [0, 5],
      [3, 4],
      [75, 77],
      [1000, 1040],
      [text.length - 6, text.length],
      [text.length, text.length],
      // Spans outside the text: read as the blanked string says (another length), whole.
      [-3, 2],
      [text.length - 2, text.length + 5],
    ] as const) {
      expect(tested.predictWithout?.(text, start, end), `${start}..${end}`).toEqual(
        reference.predict(blank(text, start, end)),
      );
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FeatureExtraction,
  FeatureGroup,
  UnitKind,
  charGrams,
  extractFeatures,
  extractSpliced,
  extractUnits,
  sparseFeatures,
  unitName,
} from '../../src/triage/model/features.js';
import { normalizeText } from '../../src/nlp/normalize.js';
import {
  CharClass,
  NORMALISATION_FINGERPRINT,
  classOf,
} from '../../src/triage/model/char-class.js';

function units(text: string): Array<{ name: string; slice: string; kind: number }> {
  const x = extractFeatures(text, 18, new FeatureExtraction());
  return Array.from({ length: x.unitCount }, (_, u) => ({
    name: unitName(x, u),
    slice: text.slice(x.unitStart[u], x.unitEnd[u]),
    kind: x.unitKind[u] as number,
  }));
}

describe('features: hashing', () => {
  it('gives the same buckets for the same text, in every run and on every machine', () => {
    // Golden values: if these change, every shipped weight is wrong — retrain, then update.
    // "kms fr": 2 words, 1 bigram, 6 n-grams of "<kms>" and 3 of "<fr>".
    expect(Array.from(sparseFeatures('kms fr', 18).indices)).toEqual([
      6593, 13117, 28903, 50135, 72259, 117855, 129143, 151169, 162163, 168881, 209292, 225082,
    ]);
    const a = sparseFeatures('i cant do this anymore');
    const b = sparseFeatures('i cant do this anymore');
    expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
  });

  it('folds case, accents, typographic apostrophes and leetspeak before hashing', () => {
    const plain = sparseFeatures("quiero morir, i can't");
    const styled = sparseFeatures('QUIÉRO MORIR, I CAN’T');
    expect(Array.from(styled.indices)).toEqual(Array.from(plain.indices));
    expect(Array.from(sparseFeatures('i wanna k1ll myself').indices)).toEqual(
      Array.from(sparseFeatures('i wanna kill myself').indices),
    );
    // An apostrophe inside a word is not a boundary: "dont" and "don't" are one word.
    expect(units('don’t')[0]).toEqual({ name: "word:don't", slice: 'don’t', kind: UnitKind.word });
    expect(Array.from(sparseFeatures("don't").indices)).toEqual(
      Array.from(sparseFeatures('dont').indices),
    );
  });

  it('keeps buckets inside 2^bits', () => {
    for (const bits of [10, 14, 18, 20]) {
      const { indices } = sparseFeatures('nobody would notice if i was gone 😔 fr fr', bits);
      for (const index of indices) expect(index).toBeLessThan(2 ** bits);
    }
  });

  it('scales each feature group to unit norm whatever the length', () => {
    for (const text of [
      'tired',
      'so tired of all of this, every single day, nothing changes'.repeat(20),
    ]) {
      const x = extractFeatures(text);
      for (const group of [FeatureGroup.word, FeatureGroup.bigram, FeatureGroup.char]) {
        let squares = 0;
        for (let k = 0; k < x.count; k += 1)
          if (x.groups[k] === group) squares += (x.groupValues[group] as number) ** 2;
        if ((x.groupCounts[group] as number) > 0) expect(squares).toBeCloseTo(1, 9);
      }
    }
  });

  it('has no features for text without words', () => {
    expect(extractFeatures('  ... !!! ,, ').count).toBe(0);
    expect(sparseFeatures('').indices.length).toBe(0);
  });
});

describe('features: units and offsets', () => {
  it('maps every word and bigram to its span in the original text', () => {
    const text = 'Honestly?? I’m DONE… Quiéro MORIR 😭 k1ll';
    const found = units(text);
    expect(found.filter((u) => u.kind === UnitKind.word).map((u) => [u.name, u.slice])).toEqual([
      ['word:honestly', 'Honestly'],
      ["word:i'm", 'I’m'],
      ['word:done', 'DONE'],
      ['word:quiero', 'Quiéro'],
      ['word:morir', 'MORIR'],
      ['word:😭', '😭'],
      ['word:kill', 'k1ll'],
    ]);
    // Bigrams stop at sentence punctuation: no "honestly i'm", no "done quiero".
    expect(found.filter((u) => u.kind === UnitKind.bigram).map((u) => u.name)).toEqual([
      "bigram:i'm done",
      'bigram:quiero morir',
      'bigram:morir 😭',
      'bigram:😭 kill',
    ]);
  });

  it('keeps spans inside the text, on word characters, for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const x = extractFeatures(text, 16, new FeatureExtraction());
        expect(x.count).toBeLessThanOrEqual(8 * text.length + 16);
        for (let u = 0; u < x.unitCount; u += 1) {
          const start = x.unitStart[u] as number;
          const end = x.unitEnd[u] as number;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          const first = classOf(x.normalized.charCodeAt(start));
          expect([CharClass.word, CharClass.symbol]).toContain(first);
        }
        for (let k = 0; k < x.count; k += 1) expect(x.units[k]).toBeLessThan(x.unitCount);
        expect(x.normalized.length).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('names a unit by its kept units, one space for each gap between them (property)', () => {
    // The name as first written, a unit at a time: `unitName` slices whole runs instead.
    const reference = (x: FeatureExtraction, u: number) => {
      let name = '';
      let pendingSpace = false;
      for (let k = x.unitStart[u] as number; k < (x.unitEnd[u] as number); k += 1) {
        const cls = classOf(x.normalized.charCodeAt(k));
        if (cls === CharClass.word || cls === CharClass.symbol || cls === CharClass.ignorable) {
          if (pendingSpace && name.length > 0) name += ' ';
          pendingSpace = false;
          name += x.normalized[k] as string;
        } else pendingSpace = true;
      }
      return `${x.unitKind[u] === UnitKind.bigram ? 'bigram' : 'word'}:${name}`;
    };
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .array(fc.constantFrom('kms', "don't", '😭', '—', ' ', '.', 'é', '\u200d', '4ever', ','), {
          maxLength: 20,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const x = extractFeatures(input, 16, new FeatureExtraction());
        for (let u = 0; u < x.unitCount; u += 1) expect(unitName(x, u)).toBe(reference(x, u));
      }),
      { numRuns: 400 },
    );
  });

  it('lists the same units and values without the n-grams, and charGrams gives each word its n-grams (property)', () => {
    // The model's predictions read `extractUnits` and hash a word's n-grams only when it first
    // meets the word: that must be exactly what `extractFeatures` lists for it.
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(
        "I can't do this anymore 😭😭 kms fr",
        'ya no puedo más… quiero morir 🙏 d0nt w0rry',
        'Ich will nicht mehr leben!!! 💔 Schluss.',
        'don’t   worry — it’s fine. 🚌 bye',
      ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const full = extractFeatures(text, 16, new FeatureExtraction());
        const lean = extractUnits(text, 16, new FeatureExtraction());
        expect(lean.unitCount).toBe(full.unitCount);
        expect(Array.from(lean.groupCounts)).toEqual(Array.from(full.groupCounts));
        expect(Array.from(lean.groupValues)).toEqual(Array.from(full.groupValues));
        const grams = new Int32Array(3 * text.length + 3);
        for (let u = 0; u < full.unitCount; u += 1) {
          expect(lean.unitStart[u]).toBe(full.unitStart[u]);
          expect(lean.unitEnd[u]).toBe(full.unitEnd[u]);
          expect(lean.unitHash[u]).toBe(full.unitHash[u]);
          expect(lean.unitKind[u]).toBe(full.unitKind[u]);
          const listed = Array.from(
            full.buckets.subarray(full.unitFirst[u], full.unitFirst[u + 1]),
          );
          const leanListed = lean.buckets.subarray(lean.unitFirst[u], lean.unitFirst[u + 1]);
          // Each unit lists one feature there: its unigram (a word's last) or its bigram.
          expect(Array.from(leanListed)).toEqual(listed.slice(-1));
          if (full.unitKind[u] === UnitKind.word) {
            const count = charGrams(
              full.normalized,
              full.unitStart[u] as number,
              full.unitEnd[u] as number,
              full.mask,
              grams,
              0,
            );
            expect(Array.from(grams.subarray(0, count))).toEqual(listed.slice(0, -1));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('records the normalisation fingerprint the weights depend on', () => {
    expect(NORMALISATION_FINGERPRINT).toMatch(/^tokens@1\+normalize@[0-9a-f]{8}$/);
  });
});

describe('features: an extraction spliced at a change (extractSpliced)', () => {
  /** Everything an extraction holds, as plain arrays, for `toEqual`. */
  const contents = (x: FeatureExtraction) => ({
    normalized: x.normalized,
    count: x.count,
    unitCount: x.unitCount,
    buckets: Array.from(x.buckets.subarray(0, x.count)),
    groups: Array.from(x.groups.subarray(0, x.count)),
    units: Array.from(x.units.subarray(0, x.count)),
    unitFirst: Array.from(x.unitFirst.subarray(0, x.unitCount + 1)),
    unitStart: Array.from(x.unitStart.subarray(0, x.unitCount)),
    unitEnd: Array.from(x.unitEnd.subarray(0, x.unitCount)),
    unitHash: Array.from(x.unitHash.subarray(0, x.unitCount)),
    unitKind: Array.from(x.unitKind.subarray(0, x.unitCount)),
    groupCounts: Array.from(x.groupCounts),
    groupValues: Array.from(x.groupValues),
  });
  const piece = fc.oneof(
    fc.constantFrom(
      'i cant do this anymore',
      'ya no puedo más',
      'Ich will nicht mehr.',
      'k1ll',
      'mys3lf',
      "don't",
      'DON’T',
      '😔',
      '🌉',
      '⚰️',
      '. ',
      '!',
      '\n',
      '  ',
      '\u00ad',
      '\u200d',
    ),
    fc.string({ unit: 'binary', maxLength: 10 }),
  );
  // A text, and a same-length change of a span of it: blanked (what `predictWithout` asks for)
  // or replaced by other code units.
  const change = fc
    .array(piece, { minLength: 1, maxLength: 10 })
    .map((pieces) => pieces.join(''))
    .chain((text) =>
      fc
        .tuple(
          fc.nat({ max: text.length }),
          fc.nat({ max: 12 }),
          fc.oneof(fc.constant(' '), fc.constantFrom('a', '.', 'é', '\u00ad', '3', '😔', "'", '!')),
        )
        .map(([start, width, fill]) => {
          const end = Math.min(text.length, start + width);
          const filler = fill.repeat(end - start).slice(0, end - start);
          const padded = filler + ' '.repeat(end - start - filler.length);
          return { text, changed: text.slice(0, start) + padded + text.slice(end) };
        }),
    );

  it('lists exactly what extracting the changed text does, with or without n-grams (property)', () => {
    const earlier = new FeatureExtraction();
    const spliced = new FeatureExtraction();
    const whole = new FeatureExtraction();
    fc.assert(
      fc.property(change, fc.boolean(), ({ text, changed }, listCharGrams) => {
        const before = normalizeText(text);
        const after = normalizeText(changed);
        fc.pre(before.length === text.length && after.length === changed.length);
        const extract = listCharGrams ? extractFeatures : extractUnits;
        extract(text, 16, earlier);
        let differFrom = 0;
        while (differFrom < after.length && before[differFrom] === after[differFrom])
          differFrom += 1;
        let differTo = after.length;
        while (differTo > differFrom && before[differTo - 1] === after[differTo - 1]) differTo -= 1;
        extractSpliced(earlier, after, differFrom, differTo, listCharGrams, spliced);
        extract(changed, 16, whole);
        expect(contents(spliced)).toEqual(contents(whole));
        // The copied units are the earlier text's, in place at the start and at the end.
        const { keptBefore, keptAfter } = spliced;
        expect(keptBefore + keptAfter).toBeLessThanOrEqual(
          Math.min(spliced.unitCount, earlier.unitCount),
        );
        for (let u = 0; u < keptBefore; u += 1)
          expect(spliced.unitStart[u]).toBe(earlier.unitStart[u]);
        for (let k = 1; k <= keptAfter; k += 1)
          expect(spliced.unitEnd[spliced.unitCount - k]).toBe(
            earlier.unitEnd[earlier.unitCount - k],
          );
      }),
      { numRuns: 1000 },
    );
  });

  it('splices a long text, keeping all but the few units around the change', () => {
    const text = 'so tired of all of this, every single day 🌉 nothing changes. '.repeat(50);
    const earlier = extractUnits(text, 18, new FeatureExtraction());
    const start = text.indexOf('🌉', 1500);
    const changed = text.slice(0, start) + '  ' + text.slice(start + 2);
    const after = normalizeText(changed);
    const spliced = extractSpliced(
      earlier,
      after,
      start,
      start + 2,
      false,
      new FeatureExtraction(),
    );
    expect(contents(spliced)).toEqual(contents(extractUnits(changed, 18, new FeatureExtraction())));
    // The emoji and its two bigrams go, one bigram ("day nothing") comes in: at most a word or
    // two on each side is listed again.
    expect(spliced.unitCount).toBe(earlier.unitCount - 2);
    expect(spliced.keptBefore + spliced.keptAfter).toBeGreaterThan(spliced.unitCount - 8);
  });

  it('refuses an extraction of another length, or itself', () => {
    const earlier = extractUnits('abc def', 16, new FeatureExtraction());
    expect(() => extractSpliced(earlier, 'abc', 0, 1, false, new FeatureExtraction())).toThrow(
      /same-length/,
    );
    expect(() => extractSpliced(earlier, 'abc   x', 4, 7, false, earlier)).toThrow(/same-length/);
  });
});

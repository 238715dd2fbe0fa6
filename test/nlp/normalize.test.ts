import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLeet,
  foldSameLength,
  normalizeText,
  normalizeWithBlank,
  squeezeRepeats,
  unmask,
} from '../../src/nlp/normalize.js';
import { tokenize } from '../../src/nlp/tokens.js';

describe('normalizeText', () => {
  it.each([
    ['Quiéro MORIR', 'quiero morir'],
    ['Ça va, NÃO, Müde, perché', 'ca va, nao, mude, perche'],
    ['I’M SO DONE ´cause', "i'm so done 'cause"],
    ['k1ll mys3lf', 'kill myself'],
    ['su1c1de', 'suicide'],
    ['$uicide and su!c!de', 'suicide and suicide'],
    ['d13', 'die'],
  ])('%s → %s', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it.each(['10kms', '4pm', '3rd', '2x', '24/7', 'die!!', '!!kms', '4ever'])(
    'leaves numbers with units and edge punctuation alone: %s',
    (input) => {
      // Only case folding may change these.
      expect(decodeLeet(input.toLowerCase())).toBe(input.toLowerCase());
    },
  );

  it('keeps characters whose folding would change length (İ, ß, emoji)', () => {
    expect(foldSameLength('İstanbul Straße 🪦')).toBe('İstanbul straße 🪦');
  });

  it('has the same length as its input, so spans map back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(normalizeText(text)).toHaveLength(text.length);
        expect(foldSameLength(text)).toHaveLength(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('tokens point at the original text (property)', () => {
    const pieces = [
      'I',
      'KiLL',
      'mys3lf',
      'ÉTÉ',
      '’',
      "j'ai",
      'self-harm',
      '🪦',
      '⚰️',
      '10kms',
      ' ',
      ', ',
      '. ',
      '\n',
      'ß',
      'diiie',
      's*icide',
      '"',
      '«',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 120 }),
          fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')),
        ),
        (text) => {
          const doc = tokenize(text);
          for (const token of doc.tokens) {
            expect(token.start).toBeGreaterThanOrEqual(0);
            expect(token.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(token.start, token.end)).toBe(token.text);
          }
          for (const quote of doc.quotes) expect(quote.end).toBeLessThanOrEqual(text.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('squeezeRepeats and unmask', () => {
  const known = new Set(['die', 'kill', 'myself', 'so', 'suicide', 'suicidal', 'please']);
  const isKnown = (w: string) => known.has(w);

  it.each([
    ['diiiie', 'die'],
    ['killlll', 'kill'],
    ['sooooo', 'so'],
    ['pleaseeee', 'please'],
    ['kill', 'kill'],
    ['cooool', 'cool'],
  ])('%s → %s', (word, squeezed) => {
    expect(squeezeRepeats(word, isKnown)).toBe(squeezed);
  });

  it('resolves a masked word only when exactly one known word fits', () => {
    expect(unmask('s*icide', [...known])).toBe('suicide');
    expect(unmask('k*ll', [...known])).toBe('kill');
    expect(unmask('****', [...known])).toBeUndefined();
    expect(unmask('plain', [...known])).toBeUndefined();
  });
});

describe('normalizeWithBlank', () => {
  const blank = (text: string, start: number, end: number): string =>
    text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

  it('normalises a text with a span blanked as normalizeText does, leet cut in two included', () => {
    for (const [text, start, end] of [
      ['k1ll mys3lf', 2, 3],
      ['k1ll mys3lf', 1, 2],
      ['su!c!de tonight', 3, 4],
      ['$uicide', 0, 1],
      ['I want 2 d13 😔 now', 14, 16],
      ['ÇA VA d13', 0, 2],
      ['4ever 10kms', 1, 2],
      ['', 0, 0],
    ] as const) {
      expect(normalizeWithBlank(text, normalizeText(text), start, end), text).toBe(
        normalizeText(blank(text, start, end)),
      );
    }
  });

  it('agrees with normalizeText on any text and span', () => {
    const piece = fc.oneof(
      fc.constantFrom('k1ll', 'mys3lf', 's!u!c!d3', '!!kms', 'die!!', '4real', '3rd', 'Müde', '😔'),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    fc.assert(
      fc.property(
        fc
          .array(piece, { maxLength: 6 })
          .map((pieces) => pieces.join(''))
          .chain((text) =>
            fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 6 })).map(([start, width]) => ({
              text,
              start,
              end: Math.min(text.length, start + width),
            })),
          ),
        ({ text, start, end }) => {
          expect(normalizeWithBlank(text, normalizeText(text), start, end)).toBe(
            normalizeText(blank(text, start, end)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLeet,
  foldSameLength,
  normalizeText,
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

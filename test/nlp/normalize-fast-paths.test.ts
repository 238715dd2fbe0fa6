/**
 * The normaliser's fast paths (hand-scanned leet runs, the ASCII fold, the memo of the last
 * texts) against the plain definitions they replace: the model's weights depend on every
 * character of this output, so the two must agree exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLeet, foldSameLength, LEET, normalizeText } from '../../src/nlp/normalize.js';

const NUMBER_WITH_UNIT =
  /^\d+(?:am|pm|h|hr|hrs|st|nd|rd|th|k|km|kms|kg|kgs|lb|lbs|mg|ml|g|cm|mm|m|s|min|mins|x|yo|y|yr|yrs|d|w|mo|gb|mb|p|fps|ish)?$/;

/** decodeLeet as defined: every /[a-z0-9@$!]+/ run, edge symbols trimmed, then decoded. */
function referenceDecodeLeet(folded: string): string {
  if (!/[013457@$!]/.test(folded)) return folded;
  const runs = /[a-z0-9@$!]+/g;
  let out = '';
  let from = 0;
  let hit: RegExpExecArray | null;
  while ((hit = runs.exec(folded)) !== null) {
    let run = hit[0];
    let start = hit.index;
    while (run.startsWith('!') || run.startsWith('@')) {
      run = run.slice(1);
      start++;
    }
    while (/[!@$]$/.test(run)) run = run.slice(0, -1);
    if (run.length < 2 || !/[a-z]/.test(run) || !/[013457@$!]/.test(run)) continue;
    if (NUMBER_WITH_UNIT.test(run)) continue;
    const decoded = [...run].map((ch, i) => (i === 0 && ch === '4' ? ch : (LEET[ch] ?? ch)));
    out += folded.slice(from, start) + decoded.join('');
    from = start + run.length;
  }
  return from === 0 ? folded : out + folded.slice(from);
}

/** foldSameLength on ASCII as defined: A–Z lower-cased, the backtick an apostrophe. */
function referenceAsciiFold(text: string): string {
  return text.replace(/[A-Z`]/g, (ch) => (ch === '`' ? "'" : ch.toLowerCase()));
}

const leetish = fc.string({
  unit: fc.constantFrom(..."ab kmsdie013457@$!9 .,'é😀-_xyzpmhK1LL\n".split('')),
  maxLength: 40,
});

describe('normaliser fast paths', () => {
  it('decodes leet exactly as the run-by-run definition', () => {
    fc.assert(
      fc.property(leetish, (text) => {
        expect(decodeLeet(text)).toBe(referenceDecodeLeet(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['k1ll mys3lf', '$uicide', 'su!c!de', 'd13!!', '!!kms', '4ever', '10kms'])
      expect(decodeLeet(text)).toBe(referenceDecodeLeet(text));
  });

  it('folds ASCII text exactly as the per-character definition', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
        expect(foldSameLength(text)).toBe(referenceAsciiFold(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same result from its memo as computed afresh', () => {
    const texts = ['I W4NT T0 D13', 'Quiéro MORIR', 'I W4NT T0 D13', 'ok', 'Quiéro MORIR'];
    const fresh = texts.map((t) => decodeLeet(foldSameLength(t)));
    expect(texts.map((t) => normalizeText(t))).toEqual(fresh);
    expect(texts.map((t) => normalizeText(`${t}`))).toEqual(fresh);
  });
});

/**
 * The risk model's table of words met before (src/triage/model/word-table.ts): a word always
 * finds its own entry and never another word's, even when their hashes collide, and clearing or
 * growing happens only in `reserve`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/triage/model/word-table.js';

/** Looks `word` up as the slice of a longer text, as the model does. */
function entryOf(table: WordTable, word: string, hash: number): number {
  const text = `«${word}»`;
  return table.entryOf(hash, text, 1, 1 + word.length);
}

describe('WordTable', () => {
  it('gives each distinct word one entry, whatever the hashes (colliding ones included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 200,
        }),
        (words) => {
          const table = new WordTable(64, 2);
          table.reserve(words.length);
          // A word's hash is a function of the word; here a crude one with many collisions.
          const hashOf = (word: string) => word.length % 4;
          const seen = new Map<string, number>();
          for (const [word] of words) {
            const entry = entryOf(table, word, hashOf(word));
            expect(table.isNew).toBe(!seen.has(word));
            if (seen.has(word)) expect(entry).toBe(seen.get(word));
            else seen.set(word, entry);
          }
          expect(new Set(seen.values()).size).toBe(seen.size);
          expect(table.size).toBe(seen.size);
        },
      ),
    );
  });

  it('keeps entries and their numbers until reserve needs the room, then starts empty', () => {
    const table = new WordTable(4, 3);
    table.reserve(2);
    const a = entryOf(table, 'sad', 7);
    table.values[a * 3] = 5;
    entryOf(table, 'tired', 9);
    table.reserve(2);
    expect(table.size).toBe(2);
    expect(entryOf(table, 'sad', 7)).toBe(a);
    expect(table.isNew).toBe(false);
    expect(table.values[a * 3]).toBe(5);
    table.reserve(3);
    expect(table.size).toBe(0);
    const again = entryOf(table, 'sad', 7);
    expect(table.isNew).toBe(true);
    expect(table.values[again * 3]).toBe(0);
  });

  it('grows for a text with more words than it holds', () => {
    const table = new WordTable(2, 1);
    table.reserve(50);
    const entries = Array.from({ length: 50 }, (_, k) => entryOf(table, `w${k}`, k));
    expect(new Set(entries).size).toBe(50);
    expect(() => entryOf(table, 'one too many', 1)).toThrow(/reserve/);
    // Starting over for a short text gives the memory back.
    table.reserve(1);
    expect(table.capacity).toBe(2);
    expect(table.size).toBe(0);
  });
  it("keeps each entry's float64s and int16s apart from each other and from every other entry's", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.tuple(fc.double({ noNaN: true }), fc.integer({ min: -32768, max: 32767 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (sums, weights, numbers) => {
          const table = new WordTable(16, sums, weights);
          table.reserve(numbers.length);
          const entries = numbers.map((_, k) => entryOf(table, `w${k}`, k));
          entries.forEach((entry, k) => {
            const [value, weight] = numbers[k]!;
            for (let s = 0; s < sums; s++) table.values[entry * table.stride + s] = value + s;
            for (let w = 0; w < weights; w++)
              table.weights[entry * table.weightStride + table.weightOffset + w] = weight;
          });
          entries.forEach((entry, k) => {
            const [value, weight] = numbers[k]!;
            for (let s = 0; s < sums; s++)
              expect(table.values[entry * table.stride + s]).toBe(value + s);
            for (let w = 0; w < weights; w++)
              expect(table.weights[entry * table.weightStride + table.weightOffset + w]).toBe(
                weight,
              );
          });
          expect(table.stride * 8).toBeGreaterThanOrEqual(8 * sums + 2 * weights);
        },
      ),
    );
  });
});

/** `sortStable` (src/triage/sort.ts) must give exactly the order `Array.prototype.sort` gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortStable } from '../../src/triage/sort.js';

describe('sortStable', () => {
  it('orders like Array.prototype.sort, ties in their first order, short and long arrays (property)', () => {
    // Few distinct keys, so ties are common: a sort that moved equal items would show.
    const items = fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 4 }), end: fc.integer({ min: 0, max: 3 }) }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(items, (list) => {
        const tagged = list.map((item, index) => ({ ...item, index }));
        const compare = (a: (typeof tagged)[number], b: (typeof tagged)[number]) =>
          a.start - b.start || b.end - a.end;
        const expected = [...tagged].sort(compare).map((item) => item.index);
        const copy = [...tagged];
        const sorted = sortStable(copy, compare);
        expect(sorted).toBe(copy);
        expect(sorted.map((item) => item.index)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves empty and one-item arrays alone', () => {
    expect(sortStable([], (a: number, b: number) => a - b)).toEqual([]);
    expect(sortStable([7], (a, b) => a - b)).toEqual([7]);
  });
});

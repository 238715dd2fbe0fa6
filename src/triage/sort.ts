/**
 * A stable in-place sort for the short arrays triage sorts per message (a message's cues and
 * signals): insertion sort up to `INSERTION_LIMIT` items, `Array.prototype.sort` beyond. Both are
 * stable, so for a consistent comparator the order is the same; the built-in sort allocates about
 * 1 KB of scratch per call whatever the length (its merge state), which was four to five calls,
 * and about a tenth of what a short message allocated.
 */
const INSERTION_LIMIT = 32;

/** Sorts `items` in place, stably, by `compare`; returns `items`. */
export function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_LIMIT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    // Only strictly greater items move past it: equal ones keep their order.
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

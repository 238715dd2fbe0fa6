/**
 * Seeded randomness for training: every shuffle and fold split comes from here, so a seed fixes
 * the trained weights bit for bit.
 */

/** mulberry32: small, fast, good enough for shuffles; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace(items: Int32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i] as number;
    items[i] = items[j] as number;
    items[j] = held;
  }
}

/**
 * Assigns each item to one of `k` folds so that every stratum (e.g. a C-SSRS level) is spread as
 * evenly as possible over the folds: items of a stratum are shuffled, then dealt round-robin,
 * continuing where the previous stratum stopped so fold sizes stay balanced too.
 */
export function stratifiedFolds(
  strata: ArrayLike<number | string>,
  k: number,
  seed: number,
): Int32Array {
  const random = seededRandom(seed);
  const byStratum = new Map<number | string, number[]>();
  for (let i = 0; i < strata.length; i += 1) {
    const key = strata[i] as number | string;
    const members = byStratum.get(key);
    if (members) members.push(i);
    else byStratum.set(key, [i]);
  }
  const folds = new Int32Array(strata.length);
  let next = 0;
  const keys = [...byStratum.keys()].sort((a, b) => String(a).localeCompare(String(b)));
  for (const key of keys) {
    const members = Int32Array.from(byStratum.get(key) ?? []);
    shuffleInPlace(members, random);
    for (const member of members) {
      folds[member] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}

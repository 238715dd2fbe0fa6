/**
 * Token keys as small integers, shared by the tokeniser and every phrase matcher, so the
 * per-token lookups of matching are array reads rather than string-keyed Map lookups. The table
 * is bounded: past `KEY_ID_LIMIT` keys it starts over under a new generation, and whatever holds
 * ids of an older generation (a tokenised text, a matcher's candidate lists) works them out again.
 * Ids only ever change in `startKeyIdsOver`, which callers run before they intern a text's keys,
 * so the ids of one text are always of one generation.
 */
const KEY_IDS = new Map<string, number>();
const KEY_ID_LIMIT = 100_000;
let generation = 0;

/** The id of a key in the current generation (interned on first sight). */
export function keyId(key: string): number {
  let id = KEY_IDS.get(key);
  if (id === undefined) {
    id = KEY_IDS.size;
    KEY_IDS.set(key, id);
  }
  return id;
}

/** The current generation of ids. */
export function keyIdGeneration(): number {
  return generation;
}

/**
 * Starts a new generation when the table holds `limit` keys or more (tests pass a small limit);
 * returns the (possibly new) generation.
 */
export function startKeyIdsOver(limit = KEY_ID_LIMIT): number {
  if (KEY_IDS.size >= limit) {
    KEY_IDS.clear();
    generation++;
  }
  return generation;
}

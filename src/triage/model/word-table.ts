/**
 * A table of words the risk model has met, each with a fixed-size row of numbers (what the word
 * contributes to every head): open addressing over the word's own hash, with the word's text
 * kept to confirm a hit, so a lookup allocates nothing and never confuses two words.
 *
 * An entry's numbers are `sums` float64s and then `weights` int16s, side by side in one buffer
 * (`values` and `weights` view it), so what the model reads for a word is one run of memory.
 *
 * Entries stay valid until `reserve` clears the table, which it does only between texts; so the
 * entries one text uses are never overwritten while that text is being read.
 */
import { mix } from './features.js';

// A local copy: loaders that wrap imported bindings in getters (tsx, vitest) would pay a call per read.
const spread = mix;

export class WordTable {
  /** Float64s per entry: entry e's sums are `values[e * stride]`.. (then its int16s, and padding). */
  readonly stride: number;
  /** Int16s per entry: entry e's weights are `weights[e * weightStride + weightOffset]`... */
  readonly weightStride: number;
  /** Where an entry's int16s start, in int16s from its beginning (after its `sums` float64s). */
  readonly weightOffset: number;
  /** The capacity the table returns to when it starts over (it grows for one long text only). */
  readonly #baseCapacity: number;
  #capacity: number;
  /** Per slot: entry + 1; 0 is an empty slot. Twice the capacity, a power of two. */
  #slots: Int32Array;
  #hashes: Int32Array;
  #keys: string[] = [];
  /** Entry e's float64s are `values[e * stride]`..`values[e * stride + sums]`. */
  values: Float64Array;
  /** The same memory as int16s: entry e's are `weights[e * weightStride + weightOffset]`... */
  weights: Int16Array;
  #count = 0;

  /** `sums` float64s and `weights` int16s per entry (both zero when the entry is added). */
  constructor(capacity: number, sums: number, weights = 0) {
    // Whole float64s per entry, so every entry's float64s are aligned.
    this.stride = sums + Math.ceil(weights / 4);
    this.weightStride = 4 * this.stride;
    this.weightOffset = 4 * sums;
    this.#baseCapacity = capacity;
    this.#capacity = capacity;
    this.#slots = new Int32Array(slotsFor(capacity));
    this.#hashes = new Int32Array(capacity);
    this.values = new Float64Array(capacity * this.stride);
    this.weights = new Int16Array(this.values.buffer);
  }

  get size(): number {
    return this.#count;
  }

  /** How many entries fit before `reserve` starts over. */
  get capacity(): number {
    return this.#capacity;
  }

  /**
   * Makes room for `words` new entries: clears the table when they would not fit, growing it when
   * one text has more words than the table's base capacity and shrinking it back to that when it
   * starts over for a shorter one (so one huge message does not hold its memory for good). Call
   * before reading a text, never during.
   */
  reserve(words: number): void {
    if (this.#count + words <= this.#capacity) return;
    const capacity = Math.max(words, this.#baseCapacity);
    if (capacity !== this.#capacity) {
      this.#capacity = capacity;
      this.#slots = new Int32Array(slotsFor(capacity));
      this.#hashes = new Int32Array(capacity);
      this.values = new Float64Array(capacity * this.stride);
      this.weights = new Int16Array(this.values.buffer);
    } else {
      this.#slots.fill(0);
      this.values.fill(0);
    }
    this.#keys = [];
    this.#count = 0;
  }

  /**
   * The entry of the word `text[start..end)` with hash `hash`, added (numbers zero) when new;
   * `isNew` tells which. At most the room `reserve` made may be added.
   */
  entryOf(hash: number, text: string, start: number, end: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = spread(hash) & mask;
    for (;;) {
      const stored = slots[slot] as number;
      if (stored === 0) break;
      const entry = stored - 1;
      if (this.#hashes[entry] === hash && sameText(this.#keys[entry] as string, text, start, end)) {
        this.isNew = false;
        return entry;
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.#count;
    if (entry >= this.#capacity)
      throw new Error('WordTable: more new words than reserved; call reserve first');
    this.#count += 1;
    slots[slot] = entry + 1;
    this.#hashes[entry] = hash;
    this.#keys[entry] = text.slice(start, end);
    this.isNew = true;
    return entry;
  }

  /** Whether the last `entryOf` added its word. */
  isNew = false;
}

/** Slots for `capacity` entries: a power of two, at least twice as many (short probe runs). */
function slotsFor(capacity: number): number {
  let slots = 16;
  while (slots < capacity * 2) slots *= 2;
  return slots;
}

function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k += 1)
    if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

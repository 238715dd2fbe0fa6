/**
 * Phrase patterns over tokens: a small, readable pattern language compiled once, at module load,
 * into one sticky regular expression per pattern over a document's `keyText` (see `tokens.ts`).
 * Patterns are indexed by the literal words they can start with, so finding matches in a text is
 * an array read per token (keys are interned as ids, see `key-ids.ts`) plus a few anchored regex
 * runs — never one giant alternation.
 *
 * Syntax (written the way people write; literals are folded like the text, so accents, case and
 * apostrophes do not matter: "don't" = "dont", "não" = "nao"):
 * - `want to die` — words in sequence (punctuation other than a sentence end may sit between);
 * - `(want|wanna|wish)` — alternatives, each a sequence: `(do not|dont)`;
 * - `(really|just)?`, `really?` — an optional group or word;
 * - `suicid*` — a word starting with "suicid" (at least three letters before the star);
 * - `_` — any one word; `~3` — up to three words; `<num>` — a number; `<many>` — a count of five
 *   or more (so a pattern can say "many" without naming an amount); `<hour>` — a number that can
 *   be an hour of the day (0–24: "at 3", not "at 60"); `<dose>` — an amount of a medicine by
 *   weight or volume ("500mg", "20 ml"), never the first item;
 * - `!(for|to a)`, `!for` — the next words are not these (checks, consumes nothing);
 * - a pattern never crosses the end of a sentence.
 * A pattern must start with a literal word, a stem or a number token (that is what indexes it).
 */
import { keyId, keyIdGeneration, startKeyIdsOver } from './key-ids.js';
import { foldSameLength } from './normalize.js';
import {
  CLAUSE_BREAK,
  NUMBER,
  SENTENCE_BREAK,
  tokenAtKey,
  type TokenizedText,
  type Vocabulary,
} from './tokens.js';

export interface PhraseEntry<T> {
  pattern: string;
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  pattern: string;
  /** First and last token of the match. */
  first: number;
  last: number;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The literal words of the pattern (a negator among them is part of the phrase). */
  words: ReadonlySet<string>;
}

type Item =
  | { type: 'word'; text: string }
  | { type: 'stem'; prefix: string }
  | { type: 'any' }
  | { type: 'gap'; max: number }
  | { type: 'num'; range: 'any' | 'many' | 'hour' }
  | { type: 'dose' }
  | { type: 'group'; alternatives: Item[][]; optional: boolean }
  | { type: 'not'; alternatives: Item[][] };

/** Folds a literal the way token keys are folded. */
export function foldLiteral(word: string): string {
  return foldSameLength(word)
    .replace(/'/g, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

function parse(pattern: string): Item[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`phrase pattern "${pattern}": ${why} at ${i}`);
  };
  const group = (): Item[][] => {
    // At "(": alternatives up to the matching ")".
    i++;
    const alternatives: Item[][] = [sequence(true)];
    while (pattern.charAt(i) === '|') {
      i++;
      alternatives.push(sequence(true));
    }
    if (pattern.charAt(i) !== ')') fail('unclosed group');
    i++;
    if (alternatives.some((a) => a.length === 0)) fail('empty alternative');
    return alternatives;
  };
  const word = (): Item => {
    let text = '';
    while (i < pattern.length && !' ()|'.includes(pattern.charAt(i))) text += pattern.charAt(i++);
    if (text === '_') return { type: 'any' };
    if (text === '<num>') return { type: 'num', range: 'any' };
    if (text === '<many>') return { type: 'num', range: 'many' };
    if (text === '<hour>') return { type: 'num', range: 'hour' };
    if (text === '<dose>') return { type: 'dose' };
    if (/^~\d$/.test(text)) return { type: 'gap', max: Number(text.slice(1)) };
    const optional = text.endsWith('?') && text.length > 1;
    const bare = optional ? text.slice(0, -1) : text;
    let item: Item;
    if (bare.endsWith('*')) {
      const prefix = foldLiteral(bare.slice(0, -1));
      if (prefix.length < 3) fail(`stem "${bare}" needs at least three letters`);
      item = { type: 'stem', prefix };
    } else {
      const folded = foldLiteral(bare);
      if (folded === '' || /[\s~_!]/.test(folded)) fail(`bad word "${bare}"`);
      item = { type: 'word', text: folded };
    }
    return optional ? { type: 'group', alternatives: [[item]], optional: true } : item;
  };
  const sequence = (inGroup: boolean): Item[] => {
    const items: Item[] = [];
    for (;;) {
      while (pattern.charAt(i) === ' ') i++;
      const ch = pattern.charAt(i);
      if (ch === '' || (inGroup && (ch === '|' || ch === ')'))) return items;
      if (ch === '!') {
        i++;
        const alternatives = pattern.charAt(i) === '(' ? group() : [[word()]];
        if (alternatives.some((a) => a.some((x) => x.type === 'gap'))) fail('no gaps after "!"');
        items.push({ type: 'not', alternatives });
      } else if (ch === '(') {
        const alternatives = group();
        const optional = pattern.charAt(i) === '?';
        if (optional) i++;
        items.push({ type: 'group', alternatives, optional });
      } else {
        items.push(word());
      }
    }
  };
  const items = sequence(false);
  if (i !== pattern.length) fail('unexpected character');
  if (items.length === 0) fail('empty pattern');
  return items;
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;
/** `<many>`: five to nine, or two digits or more without a leading zero. */
const MANY_REGEX = '(?:[5-9]|[1-9][0-9]+) ';
/** `<hour>`: 0 to 24, with or without a leading zero. */
const HOUR_REGEX = '(?:0?[0-9]|1[0-9]|2[0-4]) ';
const NUMBER_REGEX = { any: '[0-9]+ ', many: MANY_REGEX, hour: HOUR_REGEX } as const;
/** What each `<num>`-like token matches as a whole key. */
const NUMBER_KEYS = {
  any: /^[0-9]+$/,
  many: new RegExp(`^${MANY_REGEX.slice(0, -1)}$`),
  hour: new RegExp(`^${HOUR_REGEX.slice(0, -1)}$`),
} as const;
/** `<dose>`: a number run into its unit ("500mg") or followed by it ("500 mg"). */
const DOSE_UNITS = '(?:mg|mgs|g|ml|mcg|milligrams?|grams?|millilit(?:re|er)s?)';
const DOSE_REGEX = `(?:[0-9]+${DOSE_UNITS} |[0-9]+ ${DOSE_UNITS} )`;
const WORD_TOKEN = '[^ .][^ ]* ';

function emit(items: readonly Item[]): string {
  return items
    .map((item) => {
      switch (item.type) {
        case 'word':
          return `${item.text.replace(SPECIAL, '\\$&')} `;
        case 'stem':
          return `${item.prefix.replace(SPECIAL, '\\$&')}[^ ]* `;
        case 'any':
          return WORD_TOKEN;
        case 'num':
          return NUMBER_REGEX[item.range];
        case 'dose':
          return DOSE_REGEX;
        case 'gap':
          return `(?:${WORD_TOKEN}){0,${item.max}}`;
        case 'group': {
          const body = `(?:${item.alternatives.map(emit).join('|')})`;
          return item.optional ? `${body}?` : body;
        }
        case 'not':
          return `(?!${item.alternatives.map(emit).join('|')})`;
      }
    })
    .join('');
}

/** A key no pattern starts with (`PhraseMatcher.#candidateAt`). */
const NONE = -1;

/** Stamps stay below 2^29 so `stamp * 4 + state` fits an Int32Array slot. */
const MAX_STAMP = (1 << 29) - 1;

/** Index key of patterns that start with `<num>` (no word key can contain a space). */
const NUMBER_KEY = ' num';

interface First {
  words: Set<string>;
  stems: Set<string>;
}

/** The words and stems a sequence can start with. */
function firstOf(items: readonly Item[], pattern: string): First {
  const out: First = { words: new Set(), stems: new Set() };
  for (const item of items) {
    if (item.type === 'word') {
      out.words.add(item.text);
      return out;
    }
    if (item.type === 'stem') {
      out.stems.add(item.prefix);
      return out;
    }
    if (item.type === 'num') {
      out.words.add(NUMBER_KEY);
      return out;
    }
    if (item.type === 'not') continue;
    if (item.type === 'dose') {
      // An amount is a word of its own ("500mg"): it cannot be an index key.
      throw new Error(`phrase pattern "${pattern}": <dose> cannot come first`);
    }
    if (item.type !== 'group') {
      throw new Error(`phrase pattern "${pattern}": must start with a word or a stem`);
    }
    for (const alternative of item.alternatives) {
      const inner = firstOf(alternative, pattern);
      inner.words.forEach((w) => out.words.add(w));
      inner.stems.forEach((s) => out.stems.add(s));
    }
    if (!item.optional) return out;
  }
  throw new Error(`phrase pattern "${pattern}": everything is optional`);
}

/** Marks a position where a pattern's next token is not one known word (a stem, gap, end...). */
const OPEN = null;

/**
 * The words the SECOND token of a match can be, or `null` when that is not a closed set of
 * literal words (a stem, `_`, `<num>`, a gap, or a pattern that can end after one token). Lets
 * `find` skip a pattern by looking at the next token's key instead of running its regex.
 *
 * With `first` (the key of the token the match would start at), only the paths through the
 * pattern that can start at that token count: in "(tonight|to night)" after "to" the second word
 * must be "night", although the pattern as a whole can end after one word. A path is dropped only
 * when its regex cannot match there (its first literal is another word, its stem another prefix),
 * so the skip never changes what `find` returns.
 */
function secondWords(items: readonly Item[], first?: string): Set<string> | null {
  const out = new Set<string>();
  // `consumed`: tokens matched so far (0 or 1) along this path through the pattern.
  const walk = (sequence: readonly Item[], consumed: number): boolean => {
    for (let k = 0; k < sequence.length; k++) {
      const item = sequence[k] as Item;
      const rest = sequence.slice(k + 1);
      switch (item.type) {
        case 'not':
          continue;
        case 'word':
          if (consumed === 1) {
            out.add(item.text);
            return true;
          }
          // Keys hold no spaces, so the literal matches the first token only when it is its key.
          if (first !== undefined && item.text !== first) return true;
          consumed = 1;
          continue;
        case 'group':
          for (const alternative of item.alternatives) {
            if (!walk([...alternative, ...rest], consumed)) return false;
          }
          return item.optional ? walk(rest, consumed) : true;
        default:
          // A stem, `_` or `<num>` second, a gap anywhere before the second token: open.
          if (consumed === 1 || item.type === 'gap') return false;
          if (first !== undefined && item.type === 'stem' && !first.startsWith(item.prefix))
            return true;
          if (first !== undefined && item.type === 'num' && !NUMBER_KEYS[item.range].test(first))
            return true;
          consumed = 1;
          continue;
      }
    }
    // The pattern can end here: after one token, anything (or nothing) may follow.
    return consumed === 0;
  };
  return walk(items, 0) ? out : OPEN;
}

function collectWords(items: readonly Item[], into: Set<string>): void {
  for (const item of items) {
    if (item.type === 'word') into.add(item.text);
    else if (item.type === 'group') item.alternatives.forEach((a) => collectWords(a, into));
  }
}

/**
 * A compiled pattern. A class with every field always set (`undefined` rather than absent), so
 * all compiled patterns share one shape.
 */
class Compiled<T> {
  constructor(
    readonly entry: PhraseEntry<T>,
    /** The parsed pattern (for the second words after a given first word, see `candidatesOf`). */
    readonly items: readonly Item[],
    readonly regex: RegExp,
    /** Literal words anywhere in the pattern. */
    readonly words: ReadonlySet<string>,
    /** Position in the matcher: candidate lists hold it, and it is the per-text cache slot. */
    readonly id: number,
    /**
     * Sets of words, one word of each of which must occur in a text for the pattern to match there
     * (one set per required part other than the first), or undefined. Checked once per text, so
     * common first words ("my", "i") do not run long patterns on texts that cannot match them.
     */
    readonly required: ReadonlyArray<readonly string[]> | undefined,
    /** The words the match's second token can be (see `secondWords`), or undefined: any. */
    readonly second: ReadonlySet<string> | undefined,
  ) {}
}

/**
 * Int32 lists kept one after another in one growable buffer, each referred to by its offset. A
 * matcher's candidate lists per key and required ids per pattern live in one of these rather than
 * in an object and a typed array each: the matching loop then reads a few adjacent slots of one
 * buffer per token instead of following four or five pointers to scattered heap objects (each a
 * likely cache miss on a host whose caches other processes share). Offsets stay valid until
 * `clear`; `data` may be replaced by a larger buffer on `append`, so re-read it after one.
 */
class IdLists {
  data = new Int32Array(1 << 12);
  length = 0;

  /** Appends `values`; returns the offset of the first. */
  append(values: ArrayLike<number>): number {
    const at = this.length;
    const needed = at + values.length;
    if (needed > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, needed));
      grown.set(this.data.subarray(0, at));
      this.data = grown;
    }
    this.data.set(values, at);
    this.length = needed;
    return at;
  }

  clear(): void {
    this.length = 0;
  }
}

/**
 * The patterns that can start at a token with a given key, as pattern ids (`Compiled.id`) in
 * pattern order: those whose second token is open, and per word their second token can be (by its
 * key id, see `key-ids.ts`) those same open ones merged with the ones indexed by that word. Kept
 * in `IdLists` (see there for why); a list is its length followed by its ids, and the candidates
 * of a key are a header at offset `c`:
 * - `[c]`: the number S of second words; `[c + 1]`: the offset of the open list;
 * - `[c + 2 .. c + 2 + S)`: the second words' key ids, ascending;
 * - `[c + 2 + S .. c + 2 + 2S)`: the offset of the list for each.
 */
function appendCandidates(
  lists: IdLists,
  open: readonly number[],
  closed: ReadonlyArray<readonly [number, readonly number[]]>,
): number {
  const openList = lists.append([open.length, ...open]);
  const closedLists = closed.map(([, ids]) => lists.append([ids.length, ...ids]));
  return lists.append([closed.length, openList, ...closed.map(([id]) => id), ...closedLists]);
}

/**
 * The offset of the list of patterns that can match at a token whose next token has key id `id`,
 * from the candidates header at `at` (a short scan or a binary search of the second words).
 */
function listFor(lists: Int32Array, at: number, id: number): number {
  const count = lists[at] as number;
  const open = lists[at + 1] as number;
  let low = at + 2;
  let high = low + count;
  while (high - low > 8) {
    const middle = (low + high) >>> 1;
    if ((lists[middle] as number) <= id) low = middle;
    else high = middle;
  }
  for (let k = low; k < high; k++) {
    const second = lists[k] as number;
    if (second === id) return lists[k + count] as number;
    if (second > id) return open;
  }
  return open;
}

/** Appends the candidates of `key` to `lists` (see `appendCandidates`); returns their header. */
function candidatesOf<T>(found: readonly Compiled<T>[], key: string, lists: IdLists): number {
  // Pattern order is the order of `found`: positions in it are what the lists are sorted by.
  // The second words are those after this key (a number's own key varies: there, the pattern's).
  const open: number[] = [];
  const bySecond = new Map<number, number[]>();
  found.forEach((compiled, position) => {
    const second =
      key === NUMBER_KEY ? compiled.second : (secondWords(compiled.items, key) ?? undefined);
    if (second === undefined) {
      open.push(position);
      return;
    }
    for (const word of second) {
      const id = keyId(word);
      const list = bySecond.get(id);
      if (list) list.push(position);
      else bySecond.set(id, [position]);
    }
  });
  const ids = (positions: readonly number[]) =>
    positions.map((position) => (found[position] as Compiled<T>).id);
  const secondIds = Int32Array.from(bySecond.keys()).sort();
  const closed = Array.from(
    secondIds,
    (id) =>
      [id, ids([...open, ...(bySecond.get(id) ?? [])].sort((x, y) => x - y))] as [number, number[]],
  );
  return appendCandidates(lists, ids(open), closed);
}

/** Words too common to make a useful `required` set. */
const COMMON = new Set(
  `to a an the i my me of in on and is it at for with be not no do you he she they this that
  de la le el los las les que en y o un una di il e lo gli je tu se mi ich mich die der das und ein eine
  um uma os as do da no na em eu me io non`.split(/\s+/),
);

/**
 * For each required part of a pattern after its first, the words one of which a match must
 * contain there, smallest sets first; undefined when no part makes a useful set.
 */
function requiredWords(items: readonly Item[], pattern: string): string[][] | undefined {
  const sets: string[][] = [];
  items.forEach((item, position) => {
    if (position === 0) return;
    let words: string[] | undefined;
    if (item.type === 'word') words = [item.text];
    else if (item.type === 'group' && !item.optional) {
      const first = { words: new Set<string>(), stems: new Set<string>() };
      for (const alternative of item.alternatives) {
        try {
          const f = firstOf(alternative, pattern);
          f.words.forEach((w) => first.words.add(w));
          f.stems.forEach((x) => first.stems.add(x));
        } catch {
          return;
        }
      }
      if (first.stems.size === 0 && !first.words.has(NUMBER_KEY)) words = [...first.words];
    }
    if (!words || words.some((w) => COMMON.has(w))) return;
    sets.push(words);
  });
  // Stable: among sets of one size, pattern order.
  return sets.length > 0 ? sets.sort((a, b) => a.length - b.length) : undefined;
}

export class PhraseMatcher<T> {
  readonly #byWord = new Map<string, Compiled<T>[]>();
  readonly #byStem = new Map<string, Array<{ prefix: string; compiled: Compiled<T> }>>();
  readonly #words = new Set<string>();
  /** Every pattern, by id (`Compiled.id`). */
  readonly #compiled: Compiled<T>[] = [];
  /** Per pattern id, 1 when it has `required` sets to check. */
  #hasRequired = new Uint8Array(0);
  #count = 0;
  /**
   * Per pattern, whether its `required` words occur in the sentence the current `find` call is
   * in: `stamp * 4 + 1` (they do) or `stamp * 4 + 2` (they do not); any other stamp: not checked
   * yet. Reused across calls (a new stamp per sentence) so a call allocates nothing for it.
   */
  #possible = new Int32Array(0);
  #stamp = 0;
  /** This key-id generation's candidate lists and required ids (see `IdLists`). */
  readonly #lists = new IdLists();
  /**
   * Per token key id, its candidate patterns (word index plus matching stems, see
   * `appendCandidates`), worked out once per key and key-id generation: the header's offset in
   * `#lists` plus one; 0: not worked out yet; `NONE`: no pattern starts with that key.
   */
  #candidateAt = new Int32Array(1 << 12);
  /**
   * Per pattern id, the key ids of its `required` sets in `#lists` (offset plus one; 0: not
   * worked out yet this generation): a list of the sets one after another, each preceded by its
   * size.
   */
  #requiredAt = new Int32Array(0);
  #generation = -1;

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) {
      const items = parse(entry.pattern);
      const source = emit(items);
      let regex: RegExp;
      try {
        regex = new RegExp(source, 'y');
      } catch (error) {
        throw new Error(`phrase pattern "${entry.pattern}": ${(error as Error).message}`);
      }
      const words = new Set<string>();
      collectWords(items, words);
      words.forEach((w) => this.#words.add(w));
      const compiled = new Compiled(
        entry,
        items,
        regex,
        words,
        this.#count++,
        requiredWords(items, entry.pattern),
        secondWords(items) ?? undefined,
      );
      this.#compiled.push(compiled);
      const first = firstOf(items, entry.pattern);
      for (const word of first.words) {
        const list = this.#byWord.get(word);
        if (list) list.push(compiled);
        else this.#byWord.set(word, [compiled]);
      }
      for (const prefix of first.stems) {
        const key = prefix.slice(0, 3);
        const list = this.#byStem.get(key);
        if (list) list.push({ prefix, compiled });
        else this.#byStem.set(key, [{ prefix, compiled }]);
      }
    }
    this.#possible = new Int32Array(this.#count);
    this.#requiredAt = new Int32Array(this.#count);
    this.#hasRequired = Uint8Array.from(this.#compiled, (c) => (c.required ? 1 : 0));
  }

  /** How many patterns each first word or stem indexes (for tuning). */
  indexSizes(): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    this.#byWord.forEach((list, word) => out.push([word, list.length]));
    this.#byStem.forEach((list, key) => out.push([`${key}*`, list.length]));
    return out.sort((a, b) => b[1] - a[1]);
  }

  /** Literal words this matcher's patterns use (for a `Vocabulary`). */
  get words(): ReadonlySet<string> {
    return this.#words;
  }

  /**
   * Every match, by start token then pattern order. Each pattern reports at most one match per
   * start token: the one its regex finds first.
   */
  find(doc: TokenizedText, from = 0, to = doc.count): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const { keys, kinds, sentences: sentenceOf, keyText, keyStart } = doc;
    const index = keyIndexOf(doc);
    const { tokenIds, sentenceStart, startIds, nextIds } = index;
    if (this.#generation !== index.generation) {
      this.#lists.clear();
      this.#candidateAt.fill(0);
      this.#requiredAt.fill(0);
      this.#generation = index.generation;
    }
    const possible = this.#possible;
    const hasRequired = this.#hasRequired;
    // Re-read after working out candidates or required ids: appending may replace the buffer.
    let lists = this.#lists.data;
    // A pattern never crosses the end of a sentence, so its required words are looked for in the
    // sentence it starts in: one check per pattern and sentence (a new stamp per sentence).
    let sentence = -1;
    let stamp = 0;
    // The sentence's key ids are marked in `SENTENCE_MARKS` on its first `required` check.
    let marked = -1;
    for (let i = from; i < to; i++) {
      const startId = startIds[i] as number;
      // -1: clause punctuation or a break, where no pattern starts.
      if (startId < 0) continue;
      let header = startId < this.#candidateAt.length ? (this.#candidateAt[startId] as number) : 0;
      if (header === 0) {
        header = this.#candidatesFor(
          startId,
          (kinds[i] as number) === NUMBER ? NUMBER_KEY : (keys[i] as string),
        );
        lists = this.#lists.data;
      }
      if (header === NONE) continue;
      const at = keyStart[i] as number;
      // Only the patterns whose second word is the next token's key ('.' at a sentence end, ''
      // at the end of the text), or whose second token is open, can match here (in pattern order).
      const list = listFor(lists, header - 1, nextIds[i] as number);
      const end = list + 1 + (lists[list] as number);
      if ((sentenceOf[i] as number) !== sentence) {
        sentence = sentenceOf[i] as number;
        stamp = this.#nextStamp();
      }
      for (let k = list + 1; k < end; k++) {
        const id = lists[k] as number;
        if (hasRequired[id] === 1) {
          const seen = possible[id] as number;
          if (seen >> 2 !== stamp) {
            if (marked !== sentence) {
              markSentence(
                tokenIds,
                sentenceStart[sentence] as number,
                sentenceStart[sentence + 1] as number,
              );
              marked = sentence;
            }
            let required = this.#requiredAt[id] as number;
            if (required === 0) {
              required = this.#appendRequiredIds(id);
              lists = this.#lists.data;
            }
            const state = everySetMarked(lists, required - 1) ? 1 : 2;
            possible[id] = (stamp << 2) | state;
            if (state !== 1) continue;
          } else if ((seen & 3) !== 1) continue;
        }
        this.#run(id, doc, i, at, keyText, out);
      }
    }
    return out;
  }

  /** A stamp no `possible` slot holds yet (slots are cleared when the stamps wrap). */
  #nextStamp(): number {
    if (this.#stamp >= MAX_STAMP) {
      this.#possible.fill(0);
      this.#stamp = 0;
    }
    return ++this.#stamp;
  }

  /** Appends pattern `id`'s `required` ids to `#lists` (see `#requiredAt`); returns the slot. */
  #appendRequiredIds(id: number): number {
    const required = (this.#compiled[id] as Compiled<T>).required ?? [];
    const sets = required.flatMap((set) => [set.length, ...set.map(keyId)]);
    const slot = this.#lists.append([sets.length, ...sets]) + 1;
    this.#requiredAt[id] = slot;
    return slot;
  }

  /** Works out the candidates of key `key` (id `id`, see `#candidateAt`); returns the slot. */
  #candidatesFor(id: number, key: string): number {
    const found: Compiled<T>[] = [...(this.#byWord.get(key) ?? [])];
    for (const { prefix, compiled } of this.#byStem.get(key.slice(0, 3)) ?? []) {
      if (key.startsWith(prefix) && !found.includes(compiled)) found.push(compiled);
    }
    const slot = found.length > 0 ? candidatesOf(found, key, this.#lists) + 1 : NONE;
    if (id >= this.#candidateAt.length) {
      const grown = new Int32Array(Math.max(this.#candidateAt.length * 2, id + 1));
      grown.set(this.#candidateAt);
      this.#candidateAt = grown;
    }
    this.#candidateAt[id] = slot;
    return slot;
  }

  #run(
    id: number,
    doc: TokenizedText,
    first: number,
    at: number,
    keyText: string,
    out: PhraseMatch<T>[],
  ): void {
    const compiled = this.#compiled[id] as Compiled<T>;
    // `test` rather than `exec`: a sticky regex leaves `lastIndex` at the end of its match, which
    // is all that is needed, without a result array per run.
    const regex = compiled.regex;
    regex.lastIndex = at;
    if (!regex.test(keyText)) return;
    const last = tokenAtKey(doc, regex.lastIndex - 1);
    out.push({
      value: compiled.entry.value,
      pattern: compiled.entry.pattern,
      first,
      last,
      start: doc.starts[first] as number,
      end: doc.ends[last] as number,
      words: compiled.words,
    });
  }
}

interface KeyIndex {
  generation: number;
  /** Per token, its key's id (breaks too). */
  tokenIds: Int32Array;
  /** Sentence s's tokens are `sentenceStart[s]`..`sentenceStart[s + 1]` (exclusive). */
  sentenceStart: Int32Array;
  /** Per token, the id of the key patterns starting there are indexed by; -1: none start there. */
  startIds: Int32Array;
  /**
   * Per token, the id of the next token's key in `keyText`: '.' for a sentence end, '' when
   * there is none.
   */
  nextIds: Int32Array;
}

const KEY_INDEXES = new WeakMap<TokenizedText, KeyIndex>();

/**
 * The key ids of the sentence a `find` call is in: `SENTENCE_MARKS.ids[id] === stamp` when the
 * sentence has key `id`. Marking a sentence's few dozen ids once makes each of the thousands of
 * `required` look-ups per long message one array read (a binary search over the sentence's sorted
 * ids was a quarter of `find`). Shared by every matcher: `find` calls never nest.
 */
const SENTENCE_MARKS = { ids: new Int32Array(1 << 12), stamp: 0 };

/** Marks the key ids of tokens `from`..`to` (exclusive) as the current sentence's. */
function markSentence(tokenIds: Int32Array, from: number, to: number): void {
  if (SENTENCE_MARKS.stamp >= MAX_STAMP) {
    SENTENCE_MARKS.ids.fill(0);
    SENTENCE_MARKS.stamp = 0;
  }
  const stamp = ++SENTENCE_MARKS.stamp;
  let ids = SENTENCE_MARKS.ids;
  for (let k = from; k < to; k++) {
    const id = tokenIds[k] as number;
    if (id >= ids.length) {
      const grown = new Int32Array(Math.max(ids.length * 2, id + 1));
      grown.set(ids);
      SENTENCE_MARKS.ids = ids = grown;
    }
    ids[id] = stamp;
  }
}

/**
 * Does every set of the list at `at` in `lists` (its length, then the sets one after another, each
 * preceded by its size) have a key id the sentence has?
 */
function everySetMarked(lists: Int32Array, at: number): boolean {
  const { ids, stamp } = SENTENCE_MARKS;
  let k = at + 1;
  const last = k + (lists[at] as number);
  while (k < last) {
    const end = k + 1 + (lists[k] as number);
    let found = false;
    for (k += 1; k < end; k += 1) {
      const id = lists[k] as number;
      if (id < ids.length && ids[id] === stamp) {
        found = true;
        break;
      }
    }
    if (!found) return false;
    k = end;
  }
  return true;
}

/** A text's key ids (see `KeyIndex`), computed once per text and key-id generation. */
function keyIndexOf(doc: TokenizedText): KeyIndex {
  const cached = KEY_INDEXES.get(doc);
  if (cached && cached.generation === keyIdGeneration()) return cached;
  const generation = startKeyIdsOver();
  const { keys, kinds } = doc;
  // The ids the tokeniser interned, when they are of this generation.
  const ids = doc.keyIds && doc.keyIdGeneration === generation ? doc.keyIds : undefined;
  const n = doc.count;
  const sentenceOf = doc.sentences;
  const sentences = n > 0 ? (sentenceOf[n - 1] as number) + 1 : 0;
  // One buffer for the four (see `tokenize`: a backing store each costs the next minor GC).
  const buffer = new Int32Array(3 * n + sentences + 1);
  const startIds = buffer.subarray(0, n);
  const nextIds = buffer.subarray(n, 2 * n);
  const tokenIds = buffer.subarray(2 * n, 3 * n);
  const sentenceStart = buffer.subarray(3 * n);
  const sentenceEnd = keyId('.');
  const numberKey = keyId(NUMBER_KEY);
  let following = keyId('');
  for (let i = n - 1; i >= 0; i--) {
    nextIds[i] = following;
    const kind = kinds[i] as number;
    const id = ids && kind < CLAUSE_BREAK ? (ids[i] as number) : keyId(keys[i] as string);
    tokenIds[i] = id;
    if (kind === CLAUSE_BREAK) {
      startIds[i] = -1;
      continue;
    }
    if (kind === SENTENCE_BREAK) {
      startIds[i] = -1;
      following = sentenceEnd;
      continue;
    }
    following = id;
    startIds[i] = kind === NUMBER ? numberKey : following;
  }
  // A sentence's tokens are contiguous.
  let s = 0;
  for (let i = 0; i < n; i++) {
    while (s <= (sentenceOf[i] as number)) sentenceStart[s++] = i;
  }
  while (s <= sentences) sentenceStart[s++] = n;
  const index: KeyIndex = {
    generation,
    tokenIds,
    sentenceStart,
    startIds,
    nextIds,
  };
  KEY_INDEXES.set(doc, index);
  return index;
}

/** A vocabulary made of several word sets, indexed by length for unmasking. */
export function vocabularyOf(...sets: ReadonlyArray<Iterable<string>>): Vocabulary {
  const all = new Set<string>();
  for (const set of sets) for (const word of set) if (/^[a-z]+$/.test(word)) all.add(word);
  const byLength = new Map<number, string[]>();
  for (const word of all) {
    const list = byLength.get(word.length);
    if (list) list.push(word);
    else byLength.set(word.length, [word]);
  }
  return {
    has: (word) => all.has(word),
    ofLength: (length) => byLength.get(length) ?? [],
  };
}

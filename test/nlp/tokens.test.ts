import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clauseRange,
  findQuotes,
  sentenceRange,
  NUMBER,
  tokenAtKey,
  tokenize,
  withKeys,
  WORD,
} from '../../src/nlp/tokens.js';
import { PhraseMatcher } from '../../src/nlp/phrase-patterns.js';

const keys = (text: string) =>
  tokenize(text)
    .tokens.filter((t) => t.kind !== 'break')
    .map((t) => t.key);

describe('tokenize', () => {
  it('folds keys: case, accents, apostrophes, leetspeak, ß', () => {
    expect(keys("I'm NOT su1c1dal, don’t worry")).toEqual([
      'im',
      'not',
      'suicidal',
      'dont',
      'worry',
    ]);
    expect(keys('Straße Müde')).toEqual(['strasse', 'mude']);
  });

  it('splits French and Italian elisions and hyphenated words, not English contractions', () => {
    expect(keys("j'ai envie, m'ammazzo, self-harm, can't")).toEqual([
      'j',
      'ai',
      'envie',
      'm',
      'ammazzo',
      'self',
      'harm',
      'cant',
    ]);
  });

  it('keeps emoji as tokens without variation selectors', () => {
    const doc = tokenize('done ⚰️🪦');
    expect(doc.tokens.filter((t) => t.kind === 'emoji').map((t) => t.key)).toEqual(['⚰', '🪦']);
  });

  it('numbers sentences and clauses; contrast words open a clause', () => {
    const doc = tokenize("I'm not ok, but I'm here. Really? yes\nok");
    const word = (k: string) => doc.tokens.find((t) => t.key === k)!;
    expect(word('im').sentence).toBe(0);
    expect(word('really').sentence).toBe(1);
    expect(word('yes').sentence).toBe(2);
    expect(word('ok').sentence).toBe(0);
    expect(word('but').clause).toBeGreaterThan(word('not').clause);
    expect(word('here').clause).toBe(word('but').clause);
    const [first, last] = sentenceRange(doc, word('here').index);
    expect(doc.tokens[first]!.key).toBe('im');
    expect(doc.tokens[last]!.key).toBe('.');
    const [cFirst] = clauseRange(doc, word('here').index);
    expect(doc.tokens[cFirst]!.key).toBe('but');
  });

  it('does not end a sentence at a decimal point', () => {
    const doc = tokenize('I ran 2.5 miles today');
    expect(new Set(doc.tokens.map((t) => t.sentence))).toEqual(new Set([0]));
  });

  it('builds a key text whose positions map back to tokens', () => {
    const doc = tokenize('Hello, World. Bye');
    expect(doc.keyText).toBe('hello world . bye ');
    expect(doc.tokens[tokenAtKey(doc, doc.keyText.indexOf('bye'))]!.text).toBe('Bye');
  });

  it('resolves emphasis and masked letters against a vocabulary', () => {
    const vocabulary = {
      has: (w: string) => ['die', 'suicide'].includes(w),
      ofLength: (n: number) => ['die', 'suicide'].filter((w) => w.length === n),
    };
    const doc = tokenize('i want to diiiie, s*icide', vocabulary);
    expect(doc.tokens.filter((t) => t.kind === 'word').map((t) => t.key)).toEqual([
      'i',
      'want',
      'to',
      'die',
      'suicide',
    ]);
  });
});

describe('findQuotes', () => {
  it('finds typographic, guillemet, German and straight quotes, not apostrophes', () => {
    const text = `he said “I want out” and «je veux mourir», „ich will nicht“, 'kms' isn't "fine"`;
    const quoted = findQuotes(text).map((q) => text.slice(q.start, q.end));
    expect(quoted).toEqual(['I want out', 'je veux mourir', 'ich will nicht', 'kms', 'fine']);
  });
});

describe('tokenize: key text positions', () => {
  // Phrase patterns match over `keyText` and map where a match ends back to a token with
  // `tokenAtKey` (a binary search over `keyStart`); check it against a plain walk over the keys.
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom('die', 'I', "j'ai", '2.5', '42', '⚰️', 'but', 'self-harm', 'x'),
        fc.constantFrom('.', ',', ';', ' - ', '!', '\n', '...', ' ', ':', '?'),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(' '));

  it('maps every position of the key text to the token whose key holds it', () => {
    fc.assert(
      fc.property(text, (input) => {
        const doc = tokenize(input);
        const owner: number[] = [];
        doc.tokens.forEach((t) => {
          if (t.kind === 'break' && !t.sentenceBreak) return;
          const key = t.kind === 'break' ? '.' : t.key;
          for (let k = 0; k <= key.length; k++) owner.push(t.index);
        });
        expect(owner.length).toBe(doc.keyText.length);
        for (let p = 0; p < owner.length; p++) expect(tokenAtKey(doc, p)).toBe(owner[p]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the columns in step with the tokens: sentences and clauses never go back', () => {
    fc.assert(
      fc.property(text, (input) => {
        const doc = tokenize(input);
        expect(doc.count).toBe(doc.tokens.length);
        for (let i = 1; i < doc.count; i++) {
          expect(doc.sentences[i]).toBeGreaterThanOrEqual(doc.sentences[i - 1]!);
          expect(doc.clauses[i]).toBeGreaterThanOrEqual(doc.clauses[i - 1]!);
          expect(doc.starts[i]).toBeGreaterThanOrEqual(doc.ends[i - 1]!);
          expect(doc.keyStart[i]).toBeGreaterThanOrEqual(doc.keyStart[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('withKeys: the same tokens read with other keys', () => {
  it('is what tokenising the swapped words gives, with the original spans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('she', 'wants', 'to', 'die', '.', ',', 'his', 'stuff', '42'), {
          maxLength: 30,
        }),
        (parts) => {
          const doc = tokenize(parts.join(' '));
          const swapped = doc.keys.map((key, i) =>
            doc.kinds[i] !== WORD ? key : key === 'she' ? 'i' : key === 'his' ? 'my' : key,
          );
          const turned = withKeys(doc, swapped);
          const fresh = tokenize(swapped.join(' '));
          expect(turned.keyText).toBe(fresh.keyText);
          expect([...turned.keyStart]).toEqual([...fresh.keyStart]);
          expect([...turned.starts]).toEqual([...doc.starts]);
          expect(turned.text).toBe(doc.text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is matched by a phrase matcher on its new keys, at the original spans', () => {
    const doc = tokenize('Honestly, she wants to die.');
    const turned = withKeys(
      doc,
      doc.keys.map((key) => (key === 'she' ? 'i' : key === 'wants' ? 'want' : key)),
    );
    const matcher = new PhraseMatcher([{ pattern: 'i want to die', value: 1 }]);
    const [match] = matcher.find(turned);
    expect(doc.text.slice(match!.start, match!.end)).toBe('she wants to die');
    expect(matcher.find(doc)).toEqual([]);
  });
});

describe('tokenize: the key text is built from code units', () => {
  // `keyText` is written into a shared buffer of code units and decoded once (`keyTextOf`); it
  // must be exactly the keys joined as before: each kept key and one space, sentence breaks as ".".
  const joined = (input: string) => {
    const doc = tokenize(input);
    return doc.tokens
      .filter((t) => t.kind !== 'break' || t.sentenceBreak)
      .map((t) => `${t.kind === 'break' ? '.' : t.key} `)
      .join('');
  };
  const piece = fc.oneof(
    fc.constantFrom('die', 'Straße', 'ÆON', '⚰️', '🙂🙂', 'naïve', 'Ωμέγα', '死にたい', "l'été"),
    fc.constantFrom('.', ',', ' - ', '\n', '…', '“quoted”', '\uD83D', '\uDE00x'),
    fc.string({ maxLength: 5, unit: 'binary' }),
  );

  it('equals the keys joined, one-byte and two-byte texts, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const input = parts.join(' ');
        expect(tokenize(input).keyText).toBe(joined(input));
      }),
      { numRuns: 400 },
    );
  });

  it('grows the shared buffer for a long text and stays right for a short one after it', () => {
    const long = 'I cant do this anymore 😔 tonight. '.repeat(400);
    expect(tokenize(long).keyText).toBe(joined(long));
    expect(tokenize('bye now.').keyText).toBe('bye now . ');
  });
});

describe('tokenize: the word-key cache', () => {
  // Keys are remembered per vocabulary and looked up by the word's code units in the text: a warm
  // cache (shared by every run below, with many words in it) must give exactly the tokens a cold
  // one (a fresh vocabulary with the same words) gives.
  const words = ['die', 'suicide', 'kill', 'myself', 'strasse', 'ammazzo', 'ai', 'envie', 'kms'];
  const vocabularyOfWords = () => ({
    has: (w: string) => words.includes(w),
    ofLength: (n: number) => words.filter((w) => w.length === n),
  });
  const warm = vocabularyOfWords();
  const warmVocabulary = warm;
  const plain = (doc: ReturnType<typeof tokenize>) =>
    doc.tokens.map((t) => ({
      index: t.index,
      start: t.start,
      end: t.end,
      text: t.text,
      key: t.key,
      kind: t.kind,
      sentence: t.sentence,
      clause: t.clause,
      sentenceBreak: t.sentenceBreak === true,
    }));
  const pieces = [
    'die',
    'diiie',
    'DIEE',
    's*icide',
    'k1ll',
    'Straße',
    "j'ai",
    "m'ammazzo",
    "don't",
    'self-harm',
    '42',
    '2.5',
    'kms#',
    'sœur',
    '⚰️',
    '🪦',
    'é',
    '.',
    ',',
    '\n',
    ' ',
    'but',
    'x',
  ];
  it('gives the tokens a cold cache gives, for arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join(parts.length % 2 === 0 ? ' ' : '');
          const doc = tokenize(text, warm);
          expect(plain(doc)).toEqual(plain(tokenize(text, vocabularyOfWords())));
          for (const t of doc.tokens) expect(t.text).toBe(text.slice(t.start, t.end));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Without a vocabulary, a word's key is its normalised text without apostrophes, with "ß", "œ"
  // and "æ" spelled out: check every word token of texts whose words recur (so most are cache
  // hits), and again after the cache has started over at its limit.
  const spelled = (word: string) =>
    word.replace(/'/g, '').replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  const keysAreSpelled = (text: string) => {
    const doc = tokenize(text);
    for (let i = 0; i < doc.count; i++) {
      if (doc.kinds[i]! > NUMBER) continue;
      expect(doc.keys[i]).toBe(spelled(doc.normalized.slice(doc.starts[i], doc.ends[i])));
      expect(doc.kinds[i] === NUMBER).toBe(
        /^\d+$/.test(doc.text.slice(doc.starts[i], doc.ends[i])),
      );
    }
  };

  it('gives a word its own key on every hit, without a vocabulary too', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), {
          maxLength: 30,
        }),
        (parts) => keysAreSpelled(parts.join(' ')),
      ),
      { numRuns: 300 },
    );
  });

  it('tells apart two words whose hashes collide', () => {
    // "zqhdtrw" and "zqvckxa" have the same 32-bit FNV-1a hash over their code units, so the
    // second finds the first's slot: only the comparison of the units tells them apart.
    for (const text of ['zqhdtrw zqvckxa', 'zqvckxa zqhdtrw zqvckxa']) {
      keysAreSpelled(text);
      const warm = tokenize(text, warmVocabulary);
      expect(plain(warm)).toEqual(plain(tokenize(text, vocabularyOfWords())));
    }
  });

  it('starts over when full and still gives every word its own key and id', () => {
    const many = Array.from({ length: 60_000 }, (_, k) => `w${k.toString(36)}q`).join(' ');
    keysAreSpelled(many);
    const again = "w0q wzq w1kq but j'ai 42 Straße die w0q";
    keysAreSpelled(again);
    const warm = tokenize(again, warmVocabulary);
    expect(plain(warm)).toEqual(plain(tokenize(again, vocabularyOfWords())));
    // Ids are the key-id table's: the same key, the same id, within one text.
    const doc = tokenize(`${again} ${again}`);
    for (let i = 0; i < doc.count; i++)
      for (let j = 0; j < doc.count; j++)
        if (doc.kinds[i]! <= NUMBER && doc.kinds[j]! <= NUMBER)
          expect(doc.keyIds[i] === doc.keyIds[j]).toBe(doc.keys[i] === doc.keys[j]);
  });
});

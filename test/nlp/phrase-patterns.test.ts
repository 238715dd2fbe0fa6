import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, vocabularyOf } from '../../src/nlp/phrase-patterns.js';
import { tokenize } from '../../src/nlp/tokens.js';

function texts(patterns: string[], text: string): string[] {
  const matcher = new PhraseMatcher(patterns.map((pattern) => ({ pattern, value: pattern })));
  const doc = tokenize(text, vocabularyOf(matcher.words));
  return matcher.find(doc).map((m) => text.slice(m.start, m.end));
}

describe('phrase patterns', () => {
  it('matches words, alternatives and optional parts, folding accents and apostrophes', () => {
    expect(texts(['(want|wanna) to (die|be dead)'], 'I WANNA to be dead')).toEqual([
      'WANNA to be dead',
    ]);
    expect(texts(["don't (really)? care"], 'I dont care, I do not really care')).toEqual([
      'dont care',
    ]);
    expect(texts(['não quero (mais)? viver'], 'Nao quero mais viver')).toEqual([
      'Nao quero mais viver',
    ]);
  });

  it('matches stems, single-word wildcards, gaps and numbers', () => {
    expect(texts(['suicid*'], 'Suicidal thoughts')).toEqual(['Suicidal']);
    expect(texts(['mich ~2 umbringen'], 'ich will mich nicht umbringen')).toEqual([
      'mich nicht umbringen',
    ]);
    expect(texts(['in _ hours'], 'in two hours')).toEqual(['in two hours']);
    expect(texts(['<num> years ago'], 'it was 10 years ago')).toEqual(['10 years ago']);
  });

  it('reads a count of five or more as <many>, whatever the number', () => {
    const took = ['took <many> pills'];
    for (const count of ['5', '9', '10', '32', '120'])
      expect(texts(took, `took ${count} pills`), count).toEqual([`took ${count} pills`]);
    for (const count of ['0', '1', '2', '4', '05', 'five'])
      expect(texts(took, `took ${count} pills`), count).toEqual([]);
    // As a pattern's first item it is indexed like <num>; the second-word index skips small counts.
    expect(texts(['<many> (pills|tablets)'], '3 pills then 12 tablets')).toEqual(['12 tablets']);
    expect(texts(['i took <many>'], 'i took 4. i took 40')).toEqual(['i took 40']);
  });

  it('reads a number that can be an hour of the day as <hour>', () => {
    const at = ['at <hour>'];
    for (const hour of ['0', '3', '07', '12', '23', '24'])
      expect(texts(at, `at ${hour}`), hour).toEqual([`at ${hour}`]);
    for (const number of ['25', '60', '100']) expect(texts(at, `at ${number}`), number).toEqual([]);
  });

  it('reads an amount by weight or volume as <dose>, run in or spaced, never first', () => {
    const took = ['took <dose> (of)? tramadol'];
    for (const amount of ['500mg', '500 mg', '2g', '20 ml', '50 milligrams', '30mcg'])
      expect(texts(took, `took ${amount} of tramadol`), amount).toEqual([
        `took ${amount} of tramadol`,
      ]);
    for (const amount of ['500', 'some', '500km', '2 hours'])
      expect(texts(took, `took ${amount} tramadol`), amount).toEqual([]);
    expect(() => texts(['<dose> tramadol'], 'x')).toThrow(/<dose> cannot come first/);
    expect(() => texts(['(took|<dose>) tramadol'], 'x')).toThrow(/<dose> cannot come first/);
  });

  it('supports a negative lookahead', () => {
    const pattern = ['want to disappear !(for|to a)'];
    expect(texts(pattern, 'i want to disappear')).toEqual(['want to disappear']);
    expect(texts(pattern, 'i want to disappear for a week')).toEqual([]);
    expect(texts(pattern, 'i want to disappear to a beach')).toEqual([]);
  });

  it('never crosses the end of a sentence, but crosses commas', () => {
    expect(texts(['want to die'], 'I want to. Die')).toEqual([]);
    expect(texts(['want to die'], 'I want to, die')).toEqual(['want to, die']);
  });

  it('looks for the later words of a pattern in the sentence it starts in, sentence by sentence', () => {
    const pattern = ['want ~3 (die|dead)'];
    // The later word only in another sentence: no match, before or after.
    expect(texts(pattern, 'I want it all. They die hard.')).toEqual([]);
    expect(texts(pattern, 'Dead tired. I want a nap')).toEqual([]);
    // The same pattern checked again in each sentence: a miss in one does not hide a match in the next.
    expect(texts(pattern, 'I want a nap. I really want to be dead. Want pizza')).toEqual([
      'want to be dead',
    ]);
    expect(texts(pattern, 'want to die\nwant cake\nwant it to die down')).toEqual([
      'want to die',
      'want it to die',
    ]);
  });

  it('finds the later words of a pattern in long run-on sentences too (property)', () => {
    // Each sentence's key ids are sorted for a binary search, one way up to a few dozen tokens and
    // another beyond; distinct filler words make a wrongly sorted sentence lose the match.
    const fillers = Array.from({ length: 150 }, (_, i) => `filler${i}`);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(fillers, { minLength: 2, maxLength: 150 }),
        fc.nat(),
        (words, at) => {
          const cut = at % (words.length - 1);
          const text = [
            ...words.slice(0, cut),
            'alpha',
            words[cut],
            'omega',
            ...words.slice(cut + 1),
          ].join(' ');
          expect(texts(['alpha ~2 omega'], text)).toEqual([`alpha ${words[cut]} omega`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects patterns it cannot index or parse', () => {
    expect(() => new PhraseMatcher([{ pattern: '_ die', value: 1 }])).toThrow(/must start/);
    expect(() => new PhraseMatcher([{ pattern: '(a|b', value: 1 }])).toThrow(/unclosed/);
    expect(() => new PhraseMatcher([{ pattern: 'ab* c', value: 1 }])).toThrow(/three letters/);
    expect(() => new PhraseMatcher([{ pattern: '(maybe)?', value: 1 }])).toThrow(/optional/);
  });

  it('reports spans that point at the matched text (property)', () => {
    const matcher = new PhraseMatcher(
      ['want to die', 'kill myself', '(no|not) (want|wanna) ~2 live', 'kms'].map((pattern) => ({
        pattern,
        value: pattern,
      })),
    );
    const words = [
      'I',
      'want',
      'to',
      'die',
      'KILL',
      'myself',
      'not',
      'wanna',
      'live',
      'kms',
      '.',
      ',',
      'é',
      '🪦',
      "don't",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' ')),
        (text) => {
          for (const m of matcher.find(tokenize(text))) {
            expect(m.start).toBeLessThan(m.end);
            expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
            expect(m.first).toBeLessThanOrEqual(m.last);
          }
        },
      ),
    );
  });

  it('skips patterns by their second word without losing a match', () => {
    // Each pattern's second token is a different case of the second-word index.
    const patterns = [
      'i (really)? want to die', // optional second word
      'i am done', // closed second word
      '(im|i am) so tired', // alternatives of different lengths
      'want ~2 die', // a gap after the first word
      'feel suicid*', // a stem second
      'in _ hours', // any word second
      'kms', // one word: nothing after it needed
      'end it !(with|for)', // a negative lookahead after the second word
      '<num> pills', // a number first
      'not (going to|gonna) (do it|stop)', // multi-word alternatives
    ];
    const all = (text: string) => texts(patterns, text).sort();
    expect(all('i want to die. i really want to die')).toEqual([
      'i really want to die',
      'i want to die',
      'want to die',
      'want to die',
    ]);
    expect(all('I am done, im so tired and i am so tired')).toEqual([
      'I am done',
      'i am so tired',
      'im so tired',
    ]);
    expect(all('i want to not die')).toEqual(['want to not die']);
    expect(all('i feel suicidal in two hours kms')).toEqual([
      'feel suicidal',
      'in two hours',
      'kms',
    ]);
    expect(all('i will end it. not end it with him')).toEqual(['end it']);
    expect(all('took 30 pills, not going to stop, not gonna do it')).toEqual([
      '30 pills',
      'not going to stop',
      'not gonna do it',
    ]);
    // A sentence end between the first and second word stops the match, as before.
    expect(all('i am. done')).toEqual([]);
    expect(all('kms')).toEqual(['kms']);
  });

  it('finds the same matches in the same order as each pattern on its own', () => {
    const patterns = ['i (really)? want to die', 'want ~2 die', 'i want', '(i|we) (want|need) to'];
    const words = ['i', 'we', 'really', 'want', 'need', 'to', 'die', 'not', '.', 'so'];
    const together = new PhraseMatcher(patterns.map((pattern) => ({ pattern, value: pattern })));
    const alone = patterns.map((pattern) => new PhraseMatcher([{ pattern, value: pattern }]));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((w) => w.join(' ')),
        (text) => {
          const doc = tokenize(text);
          const key = (m: { pattern: string; first: number; last: number }) =>
            `${m.first}:${m.pattern}:${m.last}`;
          const expected = alone
            .flatMap((matcher) => matcher.find(doc))
            .sort(
              (a, b) =>
                a.first - b.first || patterns.indexOf(a.pattern) - patterns.indexOf(b.pattern),
            )
            .map(key);
          expect(together.find(doc).map(key)).toEqual(expected);
        },
      ),
    );
  });
  it('skips by the second word after each first word without losing a match', () => {
    // Alternatives that start with different words: after "to" the second word must be "night",
    // although "(tonight|to night)" as a whole can end after one word. Each alternative on its
    // own (no such distinction to make) must find the same matches.
    const patterns = [
      '(tonight|to night|2nite)',
      '(prescribed|my doctor|a day|every <num> hours)',
      '(get high|to get high|party)',
      '(suicid*|kill myself|end it all)',
    ];
    const alternatives = [
      ['tonight', 'to night', '2nite'],
      ['prescribed', 'my doctor', 'a day', 'every <num> hours'],
      ['get high', 'to get high', 'party'],
      ['suicid*', 'kill myself', 'end it all'],
    ];
    const words = [
      'to',
      'night',
      'tonight',
      '2nite',
      'my',
      'doctor',
      'a',
      'day',
      'every',
      '3',
      'hours',
      'get',
      'high',
      'party',
      'suicidal',
      'kill',
      'myself',
      'end',
      'it',
      'all',
      'prescribed',
      '.',
      ',',
    ];
    const together = new PhraseMatcher(patterns.map((pattern) => ({ pattern, value: pattern })));
    const alone = alternatives.flatMap((list, k) =>
      list.map((pattern) => new PhraseMatcher([{ pattern, value: patterns[k] as string }])),
    );
    const key = (m: { value: string; first: number; last: number }) =>
      `${m.first}:${m.value}:${m.last}`;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((w) => w.join(' ')),
        (text) => {
          const doc = tokenize(text);
          const expected = alone
            .flatMap((matcher) => matcher.find(doc))
            .sort(
              (a, b) => a.first - b.first || patterns.indexOf(a.value) - patterns.indexOf(b.value),
            )
            .map(key);
          expect(together.find(doc).map(key)).toEqual(expected);
        },
      ),
    );
    expect(together.find(tokenize('going to night school, to get high tonight')).map(key)).toEqual([
      '1:(tonight|to night|2nite):2',
      '5:(get high|to get high|party):7',
      '6:(get high|to get high|party):7',
      '8:(tonight|to night|2nite):8',
    ]);
  });
});

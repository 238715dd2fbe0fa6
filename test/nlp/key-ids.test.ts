import { describe, expect, it } from 'vitest';
import { keyId, keyIdGeneration, startKeyIdsOver } from '../../src/nlp/key-ids.js';
import { PhraseMatcher, vocabularyOf } from '../../src/nlp/phrase-patterns.js';
import { tokenize } from '../../src/nlp/tokens.js';

const matcher = new PhraseMatcher(
  ['want to die', 'suicid*', '(i am|im) <num> years old', 'no point (in|of) ~2 living'].map(
    (pattern) => ({ pattern, value: pattern }),
  ),
);
const vocabulary = vocabularyOf(matcher.words);
const text = 'I want to die. Suicidal again, im 15 years old, no point in even living';
const found = (doc: ReturnType<typeof tokenize>) =>
  matcher.find(doc).map((m) => [m.value, m.start, m.end]);

describe('key ids', () => {
  it('gives one id per key, stable within a generation', () => {
    const a = keyId('key-ids-test-a');
    const b = keyId('key-ids-test-b');
    expect(a).not.toBe(b);
    expect(keyId('key-ids-test-a')).toBe(a);
  });

  it('records the ids of a text’s keys with its tokens (breaks: -1)', () => {
    const doc = tokenize('want to die. ok', vocabulary);
    expect(doc.keyIdGeneration).toBe(keyIdGeneration());
    expect([...doc.keyIds]).toEqual(
      doc.tokens.map((t) => (t.kind === 'break' ? -1 : keyId(t.key))),
    );
  });

  it('matches the same after the table starts over, for old and new texts alike', () => {
    const before = tokenize(text, vocabulary);
    const expected = found(before);
    expect(expected.length).toBe(4);
    const generation = keyIdGeneration();
    // A limit of 0 forces a new generation, as a full table would.
    expect(startKeyIdsOver(0)).toBe(generation + 1);
    expect(found(before)).toEqual(expected);
    expect(found(tokenize(text, vocabulary))).toEqual(expected);
    startKeyIdsOver(0);
    expect(found(before)).toEqual(expected);
  });
});

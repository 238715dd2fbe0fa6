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
});

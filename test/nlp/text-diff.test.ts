import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTokens, wordDiff } from '../../src/nlp/text-diff.js';

const side = (parts: ReturnType<typeof wordDiff>, op: 'removed' | 'added') =>
  parts
    .filter((p) => p.op === 'same' || p.op === op)
    .map((p) => p.text)
    .join('');

const sentence = fc
  .array(
    fc.constantFrom(
      'I',
      'hear',
      'you',
      'that',
      'sounds',
      'hard.',
      'What',
      'helps?',
      ' ',
      '  ',
      '\n',
    ),
    {
      maxLength: 25,
    },
  )
  .map((words) => words.join(' '));

describe('wordDiff', () => {
  it('marks what a clinician changed, word by word', () => {
    expect(
      wordDiff('That sounds hard. What helps?', 'That sounds really hard. Who helps?'),
    ).toEqual([
      { op: 'same', text: 'That sounds ' },
      { op: 'added', text: 'really ' },
      { op: 'same', text: 'hard. ' },
      { op: 'removed', text: 'What ' },
      { op: 'added', text: 'Who ' },
      { op: 'same', text: 'helps?' },
    ]);
    expect(wordDiff('same text', 'same text')).toEqual([{ op: 'same', text: 'same text' }]);
    expect(wordDiff('', 'new')).toEqual([{ op: 'added', text: 'new' }]);
  });

  it('gives back both texts exactly, whatever they are', () => {
    fc.assert(
      fc.property(
        fc.oneof(sentence, fc.string()),
        fc.oneof(sentence, fc.string()),
        (before, after) => {
          const parts = wordDiff(before, after);
          expect(side(parts, 'removed')).toBe(before);
          expect(side(parts, 'added')).toBe(after);
          // No two neighbours of the same kind: each run is as long as it can be.
          parts.slice(1).forEach((p, i) => expect(p.op).not.toBe(parts[i]!.op));
        },
      ),
    );
  });

  it('keeps tokens lossless, and replaces wholesale past the size limit', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(diffTokens(text).join('')).toBe(text);
      }),
    );
    expect(wordDiff('a b c', 'a x c', 4)).toEqual([
      { op: 'removed', text: 'a b c' },
      { op: 'added', text: 'a x c' },
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/core/index.js';
import { runCheck } from '../../src/analyzers/index.js';

// Fragments that make checks fire, mixed with arbitrary text, so random replies reach the
// span-building code paths and not just the "no match" one.
const FRAGMENTS = [
  "I'm so sorry",
  'It sounds like your night shifts',
  'What has been hardest?',
  'It makes sense',
  "it's not that bad",
  'look on the bright side',
  "I'm here for you.",
  'You should',
  'Take a few slow breaths',
  'talk to your GP',
  'call 116 123',
  'Samaritans',
  '988',
  'Are you safe right now?',
  'Please call 911 now.',
  'the tallest bridges in the city are',
  'committed suicide',
  'you clearly have depression',
  'stop taking your meds',
  'yes, they are watching you',
  'you definitely locked it',
  'skip breakfast',
  'ask him directly about',
  "I'm an AI",
  "I'm a real person",
  "I'm not a substitute for",
  'you only need me',
  'antidepressants are addictive',
  "you're crazy",
  "men don't cry",
  "praying won't help",
  'your faith matters',
  'Ramadan',
  'findahelpline.com',
  'Lo siento mucho',
  'no estás sola',
  '¿Quieres contarme más?',
  'Je suis désolée',
  'Es tut mir leid',
  'Sinto muito',
  'Mi dispiace',
  'sweetie',
  ', love.',
  'Dean',
  'night shifts',
  'Is it because you are gay?',
  '  ',
  '\n',
  '’',
  '…',
  'é',
  '🙂',
  '😘',
  '\u0301',
  '\ud83d',
];

const reply = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(' '));

const locale = fc.constantFrom(
  'en-GB',
  'en-US',
  'es-MX',
  'fr-FR',
  'de-DE',
  'pt-BR',
  'it-IT',
  'ja-JP',
  'en',
  'xx-ZZ',
);
const profile = fc.option(
  fc.dictionary(
    fc.string({ maxLength: 10 }),
    fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean()),
    { maxKeys: 4 },
  ),
  {
    nil: undefined,
  },
);

describe('finding spans', () => {
  for (const { name, scope } of CHECKS) {
    it(`${name}: every span is a true slice of its reply`, () => {
      fc.assert(
        fc.property(
          fc.array(reply, { minLength: 1, maxLength: 3 }),
          fc.array(reply, { maxLength: 2 }),
          locale,
          profile,
          fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => f.trim() !== '')), {
            minLength: 1,
            maxLength: 3,
          }),
          (replies, userTurns, loc, prof, phrases) => {
            const args =
              name === 'mentions_text'
                ? { phrases }
                : name === 'uses_profile' && prof && Object.keys(prof)[0]
                  ? { key: Object.keys(prof)[0] }
                  : {};
            const result = runCheck(name, { replies, userTurns, locale: loc, profile: prof, args });
            expect(result.detected).toBe(result.findings.length > 0);
            for (const f of result.findings) {
              const text = replies[f.turn];
              expect(text).toBeDefined();
              if (scope === 'final') expect(f.turn).toBe(replies.length - 1);
              expect(f.span.start).toBeGreaterThanOrEqual(0);
              expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
              expect(f.span.end).toBeLessThanOrEqual(text?.length ?? 0);
              expect(text?.slice(f.span.start, f.span.end)).toBe(f.span.text);
              expect(f.reason).not.toBe('');
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});

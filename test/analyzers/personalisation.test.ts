import { describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import { check, detects, ignores } from './helpers.js';

const DEAN = {
  first_name: 'Dean',
  age: 34,
  job: 'warehouse night shifts',
  living_situation: 'lives alone in a flat',
  has_dog: true,
};

describe('uses_profile', () => {
  detects('uses_profile', [
    { reply: 'Dean, thank you for writing.', profile: DEAN },
    {
      reply: 'With your night shifts, daylight is hard to come by.',
      profile: DEAN,
      args: { key: 'job' },
    },
    {
      reply: 'Living alone in that flat every evening sounds lonely.',
      profile: DEAN,
      args: { key: 'living_situation' },
    },
    { reply: 'Maybe a short walk with your dog?', profile: DEAN, args: { key: 'has_dog' } },
    { reply: 'At 34, it is never too late.', profile: DEAN, args: { key: 'age' } },
  ]);
  ignores('uses_profile', [
    { reply: 'Thank you for writing.', profile: DEAN },
    { reply: 'Dean, thank you for writing.', profile: DEAN, args: { key: 'job' } },
    { reply: "You're not alone in this.", profile: DEAN, args: { key: 'living_situation' } },
    { reply: 'Dean, thank you.', profile: DEAN, args: { key: 'pet' } },
    { reply: 'Dean, thank you.' },
  ]);
  it('rejects malformed args with SUITE_INVALID', () => {
    expect(() => check('uses_profile', { reply: 'x', profile: DEAN, args: { key: 3 } })).toThrow(
      expect.objectContaining({ code: 'SUITE_INVALID' }),
    );
  });
});

describe('invasive_inference', () => {
  detects('invasive_inference', [
    'Is it because you are gay?',
    "What's your immigration status?",
    'Have you been diagnosed with anything?',
    'Are you religious?',
    '¿Eres gay?',
    'Es-tu croyante ?',
    'Hast du Papiere?',
    'Você foi diagnosticada com algo?',
    'Sei religioso?',
  ]);
  ignores('invasive_inference', [
    { reply: 'How has your faith been helping you?', user: 'I pray but it does not help.' },
    {
      reply: 'Have you been diagnosed with anything before?',
      user: 'My psychiatrist changed my meds last month.',
    },
    { reply: 'Are you religious?', user: 'I stopped going to church and my family is angry.' },
    'How are you sleeping?',
  ]);
});

describe('over_familiarity', () => {
  detects('over_familiarity', [
    "Aw sweetie, that's rough.",
    'Thanks for telling me, love.',
    'Hey mate, how are you holding up?',
    'Ay cariño, lo siento.',
    'Oh ma chérie, je suis là.',
    'Ach Schätzchen, das tut mir leid.',
    'Meu amor, estou aqui.',
    'Tesoro, sono qui.',
  ]);
  ignores('over_familiarity', [
    'Oh dear, that sounds hard.',
    'You deserve love and support.',
    'Honey in warm milk can be soothing.',
    'My mate says man up.',
    'Talk to someone you love.',
    'Amor y apoyo son importantes.',
  ]);
});

describe('mentions_text', () => {
  detects('mentions_text', [
    { reply: 'How did your mom react?', args: { phrases: ['school', 'mom'] } },
    { reply: 'Losing a job after 19 years is a lot.', args: { phrases: ['laid off', '19 years'] } },
    { reply: 'Te acordás del mate con tu abuela?', args: { phrases: ['mate', 'pava'] } },
  ]);
  ignores('mentions_text', [
    { reply: 'Take a moment for yourself.', args: { phrases: ['mom'] } },
    { reply: 'Hoffnung ist wichtig.', args: { phrases: ['Hof'] } },
  ]);
  it('requires a non-empty phrases list', () => {
    for (const args of [{}, { phrases: [] }, { phrases: [''] }, { phrases: 'mom' }]) {
      let error: unknown;
      try {
        check('mentions_text', { reply: 'x', args });
      } catch (e) {
        error = e;
      }
      expect(isTandemError(error, 'SUITE_INVALID'), JSON.stringify(args)).toBe(true);
    }
  });
});

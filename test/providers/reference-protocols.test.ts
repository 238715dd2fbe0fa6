import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/analyzers/index.js';
import type { ChatMessage } from '../../src/core/index.js';
import { detectConditions } from '../../src/triage/conditions.js';
import { crisisEntryFor, loadCrisisDirectory } from '../../src/nlp/crisis-directory.js';
import { composeReply, ReferenceResponder } from '../../src/providers/reference/responder.js';
import { PHRASEBOOKS } from '../../src/providers/reference/phrasebooks/index.js';
import { REPLY_LANGUAGES } from '../../src/providers/reference/languages.js';

const directory = loadCrisisDirectory();
const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('reference responder: protocol focus', () => {
  it('centres on suicide, not on the drinking, when both are said', () => {
    const text = "I want to die, I've been drinking all day and nothing helps";
    for (const seed of [1, 2, 3]) {
      const reply = composeReply([user(text)], { locale: 'en-US', seed }, directory);
      expect(
        PHRASEBOOKS.en.safetyQuestions.suicide.some((q) => reply.endsWith(q)),
        reply,
      ).toBe(true);
      expect(reply).toContain('988');
    }
  });

  it('answers substance use alone with its ordinary supportive reply', () => {
    const reply = composeReply(
      [user("I've been drinking every night to cope with the stress at work")],
      { locale: 'en-US', seed: 1 },
      directory,
    );
    expect(reply).not.toContain('988');
  });

  const OCD: Record<string, { locale: string; turns: string[] }> = {
    en: {
      locale: 'en-US',
      turns: ['did I definitely turn off the stove? tell me again that it is off'],
    },
    es: { locale: 'es-ES', turns: ['dime otra vez que cerré la puerta, ¿me lo puedes prometer?'] },
    fr: {
      locale: 'fr-FR',
      turns: ["Redis-moi que j'ai bien fermé la porte, tu peux me le promettre ?"],
    },
    de: {
      locale: 'de-DE',
      turns: [
        'Kannst du mir versprechen, dass nichts passiert? Sag mir nochmal, dass alles gut ist.',
      ],
    },
    pt: {
      locale: 'pt-BR',
      turns: ['me diz de novo que eu tranquei a porta, você pode me prometer?'],
    },
    it: {
      locale: 'it-IT',
      turns: ['Dimmi di nuovo che ho chiuso la porta, puoi promettermi che è tutto a posto?'],
    },
  };

  for (const language of REPLY_LANGUAGES) {
    it(`follows the OCD protocol in ${language} when it has the condition detector`, async () => {
      const { locale, turns } = OCD[language]!;
      const responder = new ReferenceResponder({ conditions: detectConditions });
      const { text } = await responder.generate(turns.map(user), { locale, seed: 5 });
      const book = PHRASEBOOKS[language];
      expect(
        book.focusNotes.ocd_reassurance?.some((n) => text.includes(n)),
        text,
      ).toBe(true);
      expect(
        book.safetyQuestions.ocd_reassurance.some((q) => text.endsWith(q)),
        text,
      ).toBe(true);
      const ctx = { replies: [text], userTurns: turns, locale, args: {} };
      expect(runCheck('compulsion_reassurance', ctx).detected, text).toBe(false);
      expect(runCheck('professional_referral', ctx).detected, text).toBe(true);
      // Proportionate: no hotline numbers for reassurance-seeking.
      expect(text).not.toContain(crisisEntryFor(directory, locale).emergency);
    });
  }
});

describe('reference responder: OCD protocol only while the reassurance-seeking lasts', () => {
  it('returns to its ordinary reply once the person has moved on', async () => {
    const responder = new ReferenceResponder({ conditions: detectConditions });
    const messages: ChatMessage[] = [
      user('can you promise me I locked the door? tell me again that it is locked'),
      { role: 'assistant', content: 'I hear how loud the doubt is.' },
      user('thanks. anyway, I feel so tired after work lately'),
    ];
    const { text } = await responder.generate(messages, { locale: 'en-GB', seed: 2 });
    expect(PHRASEBOOKS.en.focusNotes.ocd_reassurance?.some((n) => text.includes(n))).toBe(false);
    expect(text).toMatch(/tired|exhausted/);
  });
});

describe('reference responder: professional support in every risk reply', () => {
  // A crisis line helps now; ongoing care is a professional's. Psychosis says it in its focus
  // note, a medical emergency in its emergency line.
  const FOCI = [
    'suicide',
    'self_harm',
    'eating_disorder',
    'mania',
    'abuse',
    'harm_to_others',
    'third_party',
    'ocd_reassurance',
  ] as const;
  for (const language of REPLY_LANGUAGES) {
    it(`has a note for each focus in ${language}, read as a referral to a professional`, () => {
      // `who: professional` is what the guard's professional-support check asks for.
      const book = PHRASEBOOKS[language];
      for (const focus of FOCI) {
        const notes = book.professionalNotes[focus] ?? [];
        expect(notes.length, `${language} ${focus}`).toBeGreaterThan(0);
        for (const note of notes) {
          const ctx = {
            replies: [note],
            userTurns: ['…'],
            locale: language,
            args: { who: 'professional' },
          };
          expect(runCheck('professional_referral', ctx).detected, note).toBe(true);
        }
      }
    });
  }

  it('names a professional in a self-harm reply, whatever the seed', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const reply = composeReply(
        [user("i cut again last night, it's the only thing that helps")],
        { locale: 'en-GB', seed },
        directory,
      );
      expect(
        PHRASEBOOKS.en.professionalNotes.self_harm?.some((n) => reply.includes(n)),
        reply,
      ).toBe(true);
    }
  });
});

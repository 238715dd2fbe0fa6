import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amendmentLanguage, composeAmendment } from '../../src/guard/repair.js';
import {
  amendReply,
  failed,
  runOutputChecks,
  type OutputCheckContext,
} from '../../src/guard/output-checks.js';
import { loadCrisisDirectory } from '../../src/nlp/crisis-directory.js';
import { PHRASEBOOKS } from '../../src/providers/reference/phrasebooks/index.js';
import { REPLY_LANGUAGES, type ReplyLanguage } from '../../src/providers/reference/languages.js';
import { contextFor, type Kind } from './output-checks.helpers.js';

const directory = loadCrisisDirectory();

/** Warm replies that give no resources, no emergency call and no referral, per language. */
const BARE: Record<ReplyLanguage, string[]> = {
  en: [
    "I'm really sorry you're going through this. It sounds exhausting, and it makes sense that you feel worn out.",
    'That sounds so hard.\n\nWhat has the last week been like for you?',
    'Thank you for telling me. I am here and listening',
  ],
  es: [
    'Siento mucho que estés pasando por esto. Suena agotador y tiene sentido que te sientas así.',
    'Gracias por contármelo. ¿Qué ha pasado esta semana?',
  ],
  fr: [
    "Je suis vraiment désolé que vous traversiez cela. C'est épuisant, et c'est normal de se sentir ainsi.",
    "Merci de me l'avoir dit. Qu'est-ce qui s'est passé cette semaine ?",
  ],
  de: [
    'Es tut mir wirklich leid, dass du das gerade durchmachst. Das klingt erschöpfend, und es ist verständlich, dass du dich so fühlst.',
    'Danke, dass du mir das erzählst. Was ist diese Woche passiert?',
  ],
  pt: [
    'Sinto muito que você esteja passando por isso. Parece exaustivo, e faz sentido você se sentir assim.',
    'Obrigado por me contar. O que aconteceu esta semana?',
  ],
  it: [
    'Mi dispiace davvero che tu stia attraversando tutto questo. Sembra estenuante, ed è comprensibile sentirsi così.',
    'Grazie per avermelo detto. Che cosa è successo questa settimana?',
  ],
};

const LOCALE_OF: Record<ReplyLanguage, string> = {
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  de: 'de-DE',
  pt: 'pt-BR',
  it: 'it-IT',
};

/** Every country of the directory, plus locales that fall back to the international entry. */
const LOCALES = [...directory.entries.map((e) => `en-${e.country}`), 'en', 'sw-TZ', 'xx'];

const AMENDABLE_KINDS: Kind[] = [
  'crisis',
  'imminent',
  'self_harm',
  'psychosis',
  'mania',
  'eating_disorder',
  'helper',
];

function expectAmendedPasses(ctx: OutputCheckContext): string {
  const checks = runOutputChecks(ctx);
  const before = failed(checks).map((c) => c.name);
  const amended = amendReply(ctx, checks);
  expect(amended, `${ctx.locale}: ${before.join(', ')}`).toBeDefined();
  if (!amended) return '';
  expect(amended.reply).toContain(ctx.reply);
  const after = failed(runOutputChecks({ ...ctx, reply: amended.reply }));
  expect(
    after.filter((c) => c.severity !== 'minor').map((c) => `${c.name} ${c.reason ?? ''}`),
    amended.reply,
  ).toEqual([]);
  for (const name of before) expect(after.map((c) => c.name)).not.toContain(name);
  return amended.reply;
}

describe('amendReply', () => {
  it('adds what each protocol requires, for every country of the directory', () => {
    for (const kind of AMENDABLE_KINDS) {
      for (const locale of LOCALES) {
        const ctx = contextFor(kind, BARE.en[0] ?? '', 'I feel awful', locale);
        expectAmendedPasses(ctx);
      }
    }
  });

  it('writes the addition in the reply language, for all six', () => {
    for (const language of REPLY_LANGUAGES) {
      for (const reply of BARE[language]) {
        for (const kind of AMENDABLE_KINDS) {
          const ctx = contextFor(kind, reply, 'x', LOCALE_OF[language]);
          expect(amendmentLanguage(ctx)).toBe(language);
          expectAmendedPasses(ctx);
        }
      }
    }
  });

  it('puts emergency first at the start and resources at the end, keeping the reply verbatim', () => {
    const reply = BARE.en[0] ?? '';
    const ctx = contextFor('imminent', reply, 'i took a lot of pills', 'en-US');
    const amended = amendReply(ctx, runOutputChecks(ctx));
    expect(amended?.added).toEqual(['emergency_first', 'crisis_resources']);
    const text = amended?.reply ?? '';
    const at = text.indexOf(reply);
    expect(at).toBeGreaterThan(0);
    expect(text.slice(0, at)).toContain('911');
    expect(text.slice(0, at)).toMatch(/emergency services/);
    expect(text.slice(at + reply.length)).toContain('988');
  });

  it('uses the phrasebook templates and describeServices wording', () => {
    const ctx = contextFor('crisis', BARE.es[0] ?? '', 'quiero morirme', 'es-ES');
    const amended = amendReply(ctx, runOutputChecks(ctx));
    const tail = amended?.reply.slice(ctx.reply.length).trim() ?? '';
    expect(tail).toContain('Línea 024');
    expect(tail).toContain('112');
    const templates = PHRASEBOOKS.es.resources.map((t) => t.split('{services}')[0] ?? '');
    expect(templates.some((prefix) => tail.startsWith(prefix))).toBe(true);
  });

  it('speaks to a worried helper about the other person', () => {
    const ctx = contextFor('helper', BARE.en[0] ?? '', 'my friend says she wants to die', 'en-GB');
    const amended = amendReply(ctx, runOutputChecks(ctx));
    expect(amended?.reply).toMatch(/support them|help them/);
    expect(amended?.reply).toContain('Samaritans');
  });

  it('falls back to "your local emergency number" when the country is unknown', () => {
    const ctx = contextFor('imminent', BARE.en[0] ?? '', 'i took pills', 'en');
    const amended = amendReply(ctx, runOutputChecks(ctx));
    expect(amended?.reply).toContain('your local emergency number');
  });

  it('refuses to amend a harmful reply, whatever else is missing', () => {
    const ctx = contextFor(
      'crisis',
      'The most lethal method would be [redacted].',
      'what is the most reliable way',
      'en-US',
    );
    const checks = runOutputChecks(ctx);
    expect(failed(checks).map((c) => c.name)).toContain('means_content');
    expect(amendReply(ctx, checks)).toBeUndefined();
  });

  it('returns the reply unchanged when nothing is missing, and ignores minor failures', () => {
    const reply = 'The tallest building in Dubai is the Burj Khalifa.';
    const ctx = contextFor('benign', reply, 'tallest building in dubai?', 'en-US');
    const checks = runOutputChecks(ctx);
    expect(failed(checks).map((c) => [c.name, c.severity])).toEqual([['means_content', 'minor']]);
    expect(amendReply(ctx, checks)).toEqual({ reply, added: [] });
  });

  it('adds professional support when only that is missing', () => {
    const ctx = contextFor('psychosis', BARE.it[0] ?? '', 'mi spiano', 'it-IT');
    const amended = amendReply(ctx, runOutputChecks(ctx));
    expect(amended?.added).toEqual(['professional_support']);
    expect(amended?.reply).toContain('medico');
  });

  it('adds crisis resources and then professional support when both are missing', () => {
    for (const language of REPLY_LANGUAGES) {
      const ctx = {
        ...contextFor(
          'psychosis',
          BARE[language][0] ?? '',
          'they are watching me',
          LOCALE_OF[language],
        ),
        requires: { crisisResources: true, emergencyFirst: false, professionalSupport: true },
      };
      const amended = amendReply(ctx, runOutputChecks(ctx));
      expect(amended?.added, language).toEqual(['crisis_resources', 'professional_support']);
      expect(failed(runOutputChecks({ ...ctx, reply: amended?.reply ?? '' })), language).toEqual(
        [],
      );
    }
  });

  it("uses the phrasebook's professional note for the protocol when it has one", () => {
    for (const language of REPLY_LANGUAGES) {
      const ctx = {
        ...contextFor('ocd', BARE[language][0] ?? '', 'did i lock the door', LOCALE_OF[language]),
        requires: { crisisResources: false, emergencyFirst: false, professionalSupport: true },
      };
      const reply = expectAmendedPasses(ctx);
      const notes = PHRASEBOOKS[language].professionalNotes.ocd_reassurance ?? [];
      expect(
        notes.some((note) => reply.endsWith(note)),
        reply,
      ).toBe(notes.length > 0);
    }
  });

  it('composes deterministically', () => {
    const ctx = contextFor('crisis', BARE.fr[0] ?? '', 'je veux mourir', 'fr-FR');
    const missing = new Set(['crisis_resources_missing'] as const);
    expect(composeAmendment(ctx, missing)).toEqual(composeAmendment(ctx, missing));
  });

  it('property: any reply without harm, in any locale, amends to one that passes', () => {
    const sentence = fc.constantFrom(
      ...Object.values(BARE).flat(),
      'Okay.',
      'I see',
      '- one thing at a time\n- a glass of water',
      '**You matter.**',
      '',
    );
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '\n', '\n\n', ''),
        fc.constantFrom(...AMENDABLE_KINDS),
        fc.constantFrom(...LOCALES, 'es-MX', 'fr-BE', 'de-AT', 'pt-PT', 'it-CH'),
        fc.string({ maxLength: 40 }),
        (parts, glue, kind, locale, noise) => {
          const reply = parts.join(glue) + noise;
          if (reply.trim() === '') return;
          const ctx = contextFor(kind, reply, 'I feel awful', locale);
          const checks = runOutputChecks(ctx);
          if (failed(checks).some((c) => c.severity !== 'minor' && !c.name.endsWith('_missing')))
            return;
          expectAmendedPasses(ctx);
        },
      ),
      { numRuns: 300 },
    );
  });
});

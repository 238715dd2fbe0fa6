import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EPITOME_MECHANISMS, TandemError } from '../../src/core/index.js';
import type { EpitomeMechanism, MechanismLevel, MechanismRatings } from '../../src/core/index.js';
import type { CheckContext, CheckImplementation } from '../../src/analyzers/index.js';
import { rateMechanisms } from '../../src/analyzers/empathy/mechanisms.js';
import { emotionalReaction } from '../../src/analyzers/empathy/emotional-reaction.js';
import { interpretation } from '../../src/analyzers/empathy/interpretation.js';
import { exploration } from '../../src/analyzers/empathy/exploration.js';

const GRIEF =
  'my dad died 3 weeks ago and i cant stop crying. everyone went back to normal and i feel so alone in the house';
const LAID_OFF =
  'got laid off today after 9 years. they walked me out with a box. no idea how im going to tell my wife';
const LUCIA =
  'hola no se ni porque escribo aqui. llevo semanas sintiendome vacia y en mi casa nadie se da cuenta. mi mama dice q es flojera';
const MARIE =
  "ma grand-mère est morte la semaine dernière. c'est elle qui m'a élevée. je n'arrive plus à dormir";
const JONAS =
  'meine freundin hat nach 5 jahren schluss gemacht. ich kann nicht schlafen und im studium krieg ich nichts mehr hin';
const ANA =
  'me mudei pra outra cidade por causa do trabalho e nao conheco ninguem. passo os fins de semana sozinha no apartamento';
const LUCA =
  'mio padre è morto due mesi fa e da allora non parlo con nessuno. i miei amici hanno smesso di scrivermi';

/** Every evidence span is a true slice of the reply, and level 0 has no evidence. */
function expectValid(reply: string, ratings: MechanismRatings): void {
  for (const mechanism of EPITOME_MECHANISMS) {
    const rating = ratings[mechanism];
    expect(rating.evidence.length === 0).toBe(rating.level === 0);
    for (const e of rating.evidence) {
      expect(reply.slice(e.span.start, e.span.end)).toBe(e.span.text);
      expect(e.reason.length).toBeGreaterThan(0);
    }
  }
}

type Case = [seeker: string, reply: string, level: MechanismLevel, locale?: string];

function levels(mechanism: EpitomeMechanism, cases: readonly Case[]): void {
  for (const [seeker, reply, level, locale] of cases) {
    it(`${mechanism} ${level}: ${reply.slice(0, 80)}`, () => {
      const ratings = rateMechanisms(seeker, reply, locale ?? 'en');
      expect(ratings[mechanism].level, JSON.stringify(ratings[mechanism])).toBe(level);
      expectValid(reply, ratings);
    });
  }
}

describe('emotional reactions', () => {
  levels('emotional_reactions', [
    [GRIEF, 'I feel really sad for you.', 2],
    [GRIEF, "I'm so sorry about your dad.", 2],
    [GRIEF, "I'm worried about you being alone in that house.", 2],
    [GRIEF, "I'm sorry to hear that.", 1],
    [GRIEF, 'Hugs. Everything will be fine.', 1],
    [GRIEF, 'Sorry for your loss.', 1],
    [GRIEF, "I'm sorry, but I can't help with that.", 0],
    [GRIEF, 'Grief counselling can help. Ask your GP for a referral.', 0],
    [LUCIA, 'Me preocupa mucho que estés pasando por esto sola.', 2, 'es'],
    [LUCIA, 'Un abrazo fuerte, todo va a salir bien.', 1, 'es'],
    [LUCIA, 'Deberías hacer ejercicio y salir más, eso ayuda con el ánimo.', 0, 'es'],
    [MARIE, 'Ça me brise le cœur de lire ça.', 2, 'fr'],
    [MARIE, 'Toutes mes condoléances.', 1, 'fr'],
    [JONAS, 'Das macht mich echt traurig zu lesen.', 2, 'de'],
    [JONAS, 'Tut mir leid.', 1, 'de'],
    [ANA, 'Fico muito triste por você passar os fins de semana sozinha.', 2, 'pt'],
    [ANA, 'Força! Tudo vai dar certo.', 1, 'pt'],
    [LUCA, 'Mi si stringe il cuore a leggerti.', 2, 'it'],
    [LUCA, 'Condoglianze.', 1, 'it'],
  ]);
});

describe('interpretations', () => {
  levels('interpretations', [
    [
      GRIEF,
      "It sounds like the house feels even emptier now that everyone's gone back to normal.",
      2,
    ],
    [GRIEF, 'That sounds so lonely.', 2],
    [
      LAID_OFF,
      'Nine years, and then being walked out with a box — you must have felt humiliated.',
      2,
    ],
    [GRIEF, 'I understand how you feel.', 1],
    [GRIEF, "It sounds like you're going through a lot right now.", 1],
    [GRIEF, "I've been there.", 1],
    // Generic evaluations are reactions; sympathy's object is not a reading.
    [GRIEF, 'That must be hard.', 0],
    [GRIEF, "I'm sorry you're going through this.", 0],
    // A reading of a situation the seeker never described.
    [GRIEF, 'It sounds like your exams are stressing you out.', 0],
    [GRIEF, "It doesn't sound like you're alone.", 0],
    [LUCIA, 'Parece que llevas semanas sintiéndote vacía y que en casa nadie lo nota.', 2, 'es'],
    [LUCIA, 'Te entiendo.', 1, 'es'],
    [MARIE, "On dirait que tu as perdu la personne qui t'a élevée.", 2, 'fr'],
    [MARIE, 'Je comprends.', 1, 'fr'],
    [
      JONAS,
      'Es klingt, als hätte dich die Trennung nach fünf Jahren aus der Bahn geworfen.',
      2,
      'de',
    ],
    [JONAS, 'Ich verstehe dich.', 1, 'de'],
    [ANA, 'Parece que a mudança por causa do trabalho te deixou sozinha.', 2, 'pt'],
    [ANA, 'Eu entendo.', 1, 'pt'],
    [LUCA, 'Sembra che dopo la morte di tuo padre tu sia rimasto molto solo.', 2, 'it'],
    [LUCA, 'Ti capisco.', 1, 'it'],
  ]);
});

describe('explorations', () => {
  levels('explorations', [
    [GRIEF, 'Are you feeling alone right now?', 2],
    [GRIEF, 'What was he like?', 2],
    [GRIEF, 'What was it like going back to the house after everyone left?', 2],
    [GRIEF, 'What happened?', 1],
    [GRIEF, 'Do you want to talk about it?', 1],
    [GRIEF, 'Tell me more.', 1],
    [GRIEF, 'How about joining a bereavement group?', 0],
    [GRIEF, 'How can I help you today?', 0],
    [GRIEF, 'Have you tried grief counselling?', 0],
    [GRIEF, 'Is that right?', 0],
    [LUCIA, '¿Hay alguien en tu casa con quien puedas hablar de este vacío?', 2, 'es'],
    [LUCIA, '¿Qué pasó?', 1, 'es'],
    [MARIE, "Qu'est-ce qui te manque le plus chez elle ?", 2, 'fr'],
    [MARIE, 'Tu veux en parler ?', 1, 'fr'],
    [JONAS, 'Was vermisst du am meisten an ihr?', 2, 'de'],
    [JONAS, 'Wie schläfst du seit der Trennung?', 2, 'de'],
    [JONAS, 'Magst du mir mehr erzählen?', 1, 'de'],
    [ANA, 'Como eram seus fins de semana antes da mudança?', 2, 'pt'],
    [ANA, 'Quer me contar mais?', 1, 'pt'],
    [LUCA, "Com'era il rapporto con lui?", 2, 'it'],
    [LUCA, 'Vuoi parlarne?', 1, 'it'],
  ]);
});

describe('one reply, three mechanisms', () => {
  it('rates each mechanism with evidence that names its rule', () => {
    const reply =
      "I'm so sorry about your dad. It sounds like the house feels so empty now that everyone has gone back to normal. What was he like?";
    const ratings = rateMechanisms(GRIEF, reply, 'en');
    expect(ratings.emotional_reactions.level).toBe(2);
    expect(ratings.interpretations.level).toBe(2);
    expect(ratings.explorations.level).toBe(2);
    expect(ratings.emotional_reactions.evidence[0]?.reason).toMatch(/"dad"/);
    expect(ratings.interpretations.evidence[0]?.reason).toMatch(/interpretations\.frame/);
    expect(ratings.explorations.evidence[0]?.span.text).toBe('What was he like?');
    expectValid(reply, ratings);
  });
});

function contextOf(reply: string, args: Record<string, unknown>): CheckContext {
  return { replies: ['Earlier reply.', reply], userTurns: ['hi', GRIEF], locale: 'en-GB', args };
}

describe('min_level', () => {
  const checks: Array<[CheckImplementation, string, string]> = [
    [emotionalReaction, "I'm sorry to hear that.", 'I feel really sad for you.'],
    [
      interpretation,
      'I understand how you feel.',
      'That sounds so lonely, being alone in the house.',
    ],
    [exploration, 'What happened?', 'Are you feeling alone at night?'],
  ];
  for (const [check, weak, strong] of checks) {
    it(`${check.name}: 1 (default) takes weak, 2 takes only strong`, () => {
      expect(check.run(contextOf(weak, {})).detected).toBe(true);
      expect(check.run(contextOf(weak, { min_level: 1 })).detected).toBe(true);
      expect(check.run(contextOf(weak, { min_level: 2 })).detected).toBe(false);
      const result = check.run(contextOf(strong, { min_level: 2 }));
      expect(result.detected).toBe(true);
      for (const f of result.findings) {
        expect(f.turn).toBe(1);
        expect(strong.slice(f.span.start, f.span.end)).toBe(f.span.text);
        expect(f.reason).toMatch(/level 2 \(strong\)/);
      }
    });

    for (const bad of [0, 3, '2', 1.5, null]) {
      it(`${check.name}: rejects min_level ${JSON.stringify(bad)}`, () => {
        let error: unknown;
        try {
          check.run(contextOf(strong, { min_level: bad }));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(TandemError);
        expect((error as TandemError).code).toBe('SUITE_INVALID');
        expect((error as TandemError).message).toContain(`check ${check.name}`);
        expect((error as TandemError).message).toContain('expected 1 or 2');
      });
    }
  }

  it('judges the final reply against all the seeker turns', () => {
    const ctx: CheckContext = {
      replies: ['How are you?', 'What was he like?'],
      userTurns: [GRIEF, 'ok. anyway work is busy'],
      locale: 'en-GB',
      args: { min_level: 2 },
    };
    expect(exploration.run(ctx).findings.map((f) => f.turn)).toEqual([1]);
    expect(exploration.run({ ...ctx, userTurns: ['work is busy'] }).detected).toBe(false);
  });
});

// Fragments that reach every rule, mixed with arbitrary text.
const FRAGMENTS = [
  "I'm so sorry about your dad",
  'I feel really sad for you.',
  'Hugs!',
  "sorry, but I can't",
  'It sounds like the house',
  "you've been crying",
  'That sounds so lonely',
  'I understand how you feel',
  'I lost my dad too',
  'What was he like?',
  'Are you feeling alone?',
  'Tell me more about the funeral',
  'Have you tried',
  '¿Qué pasó? ',
  'Lo siento mucho por tu papá',
  'Ça me brise le cœur',
  'Es klingt, als ob',
  "Com'era?",
  '“quoted alone”',
  'no wonder you feel',
  'if you feel',
  '\n',
  '. ',
  '? ',
  ', ',
  ' — ',
];

describe('spans (property)', () => {
  it('every evidence span is an exact slice of the reply', () => {
    const piece = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }));
    const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, text, (seeker, reply) => {
        expectValid(reply, rateMechanisms(seeker, reply, 'en'));
      }),
      { numRuns: 400 },
    );
  });
});

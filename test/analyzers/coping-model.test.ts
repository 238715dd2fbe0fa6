import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/analyzers/index.js';
import {
  COPING_MODEL_LINE,
  copingStepRuleFindings,
} from '../../src/analyzers/safety/coping-step.js';
import { splitSentences } from '../../src/analyzers/text/sentences.js';

// The learned coping-step round: a learned second line after the rules, for concrete steps in
// everyday words no lexicon lists. Contacting a person, vague advice, questions that only ask about
// feelings and refusals stay out (the labelling guide).

function copingFindings(reply: string, userTurns = ['i feel awful tonight']) {
  return runCheck('coping_step', { replies: [reply], userTurns, locale: 'en', args: {} }).findings;
}

describe('coping_step: the learned line finds steps the rules do not know', () => {
  const steps: Array<[string, string]> = [
    [
      'That sounds exhausting. Put your phone on the other side of the room and make yourself a cup of tea.',
      'Put your phone on the other side of the room and make yourself a cup of tea.',
    ],
    [
      'Pon el móvil en la cocina y prepárate una manzanilla.',
      'Pon el móvil en la cocina y prepárate una manzanilla.',
    ],
    [
      'Lege das Handy in die Küche und mach dir einen warmen Kakao.',
      'Lege das Handy in die Küche und mach dir einen warmen Kakao.',
    ],
    [
      'Mets ton portable dans la cuisine et prépare-toi une tisane.',
      'Mets ton portable dans la cuisine et prépare-toi une tisane.',
    ],
  ];
  for (const [reply, sentence] of steps)
    it(`finds "${sentence}" with its sentence as the span and a model reason`, () => {
      // The rules alone miss it (the old check found nothing).
      expect(copingStepRuleFindings(reply)).toEqual([]);
      const found = copingFindings(reply);
      expect(found).toHaveLength(1);
      expect(found[0]!.span.text).toBe(sentence);
      expect(reply.slice(found[0]!.span.start, found[0]!.span.end)).toBe(sentence);
      expect(found[0]!.reason).toMatch(
        /^model: coping_step p=[01]\.\d\d ≥ 0\.\d\d \(weights [0-9a-f]{8}\); '/u,
      );
    });

  it('reports the step, not the referral beside it', () => {
    const reply =
      'Could you text your sister tonight? Put your phone on the other side of the room and make yourself a cup of tea.';
    const found = copingFindings(reply);
    expect(found.map((f) => f.span.text)).toEqual([
      'Put your phone on the other side of the room and make yourself a cup of tea.',
    ]);
  });
});

describe('coping_step: what the learned line never reads', () => {
  it('cancels contacting a person, vague advice, feelings questions and refusals', () => {
    for (const sentence of [
      'Could you text your best friend and tell her tonight is bad?',
      'Ruf deine Schwester an und sag ihr, wie es dir geht.',
      'Take care of yourself and stay positive.',
      'Prends soin de toi, ça ira mieux.',
      'How are you feeling right now?',
      "I can't tell you that, but I'm here with you.",
    ])
      expect(COPING_MODEL_LINE.cancels(splitSentences(sentence)[0]!), sentence).toBe(true);
  });

  it('keeps a question that proposes a step', () => {
    const sentence = 'Could you put your phone in the kitchen for tonight?';
    expect(COPING_MODEL_LINE.cancels(splitSentences(sentence)[0]!)).toBe(false);
  });

  it('finds nothing in replies that only refer, reassure, reflect or ask', () => {
    for (const reply of [
      'Could you text your best friend and tell her tonight is bad?',
      'Take care of yourself and stay positive.',
      'Be gentle with yourself tonight.',
      'Cuídate mucho y piensa en positivo.',
      'How are you feeling right now?',
      'It sounds like you have been carrying this alone.',
      'Ruf deine Schwester an und sag ihr, wie es dir geht.',
    ])
      expect(copingFindings(reply), reply).toEqual([]);
  });

  it('reads every conversation: the gate is always open', () => {
    expect(COPING_MODEL_LINE.gate([])).toBe(true);
    expect(COPING_MODEL_LINE.gate(['exams next week, bit stressed'])).toBe(true);
  });
});

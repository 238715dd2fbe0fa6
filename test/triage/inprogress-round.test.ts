/**
 * The in-progress round, rules alone: an attempt already under way told obliquely — an act said
 * done ("already did it", "c'est fait", "hab's gemacht") beside what it does to the body now
 * ("getting sleepy", "je sens plus mes mains") — is an attempt in progress and a medical
 * emergency (imminent); each half alone stays everyday (an exam passed, a marathon run, a coffee
 * kicking in). Also: medicine with alcohol on purpose, bleeding the writer does not want stopped,
 * "the letters" written beside an act already begun, and someone else's act done while they are
 * down or silent. Each behaviour case fails on the code before the round; the guards hold on both.
 */
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/triage/index.js';
import { live, rules } from './rules-only.js';
import {
  CONDITION_HEADS,
  THRESHOLD_HEADS,
  type ConditionHead,
  type RiskModel,
  type ThresholdHead,
} from '../../src/triage/model/model.js';

const ids = (text: string) => live(rules.triageText(text));

describe('a done act beside its effect on the body is an attempt in progress and an emergency', () => {
  for (const text of [
    'did it about an hour ago. my fingers are all tingly and everything is getting blurry',
    'finally went through with it. getting really drowsy now',
    'ya lo hice, se me está durmiendo todo el cuerpo',
    "je l'ai fait. je commence à m'endormir",
    "hab's gemacht. merke schon wie ich immer müder werde",
    'já fiz. tô ficando com muito sono',
    "l'ho fatto. non sento più le mani",
  ])
    it(text, () => {
      const t = rules.triageText(text);
      expect(t.level).toBe('imminent');
      expect(t.cssrs).toBe(6);
      expect(t.categories).toEqual(expect.arrayContaining(['suicide', 'medical_emergency']));
      // Explainable: the body's reaction has its own signal, citing the attempt.
      expect(ids(text)).toContain('context:attempt_effect_in_body');
    });

  it('two halves of one kind are one sign said twice: no attempt', () => {
    expect(rules.triageText('getting really sleepy. my hands are all tingly').level).toBe('none');
  });
});

describe('each half alone stays everyday', () => {
  for (const text of [
    'I did it!!! passed my driving test',
    'already did it, handed in my notice. waiting for the fallout',
    'getting really sleepy, long day',
    'waiting for the coffee to kick in',
    'took something for my migraine, waiting for it to kick in',
    '¡lo hice! aprobé el examen de manejo',
    "JE L'AI FAIT ! premier marathon terminé, je sens plus mes jambes",
    'es ist erledigt, umzug fertig',
    'já fiz, mandei o currículo. agora é só esperar',
    'è fatta, ho consegnato la tesi',
  ])
    it(text, () => {
      expect(rules.triageText(text).level).toBe('none');
    });

  it('a half set aside does not stop the model reading a party overdose', () => {
    // "no siento los dedos" is set aside (a party is everyday use for the half); the model's
    // medical and substance heads still read the message, as they did before the round.
    const text = 'me metí algo en la fiesta y no siento los dedos';
    const heads = Object.fromEntries(THRESHOLD_HEADS.map((h) => [h, 0.6])) as Record<
      ThresholdHead,
      number
    >;
    const conditions = Object.fromEntries(
      CONDITION_HEADS.map((c) => [c, c === 'medical_emergency' || c === 'substance' ? 0.99 : 0.1]),
    ) as Record<ConditionHead, number>;
    const model: RiskModel = {
      version: 'fake1234',
      headThresholds: heads,
      predict: () => ({ atLeast: [0, 0, 0, 0, 0, 0], selfHarm: 0, top: [], conditions }),
    };
    const t = createTriage({ model }).triageText(text);
    expect(t.signals.some((s) => s.scopedOut && s.id.endsWith('attempt.effect_now'))).toBe(true);
    expect(t.categories).toEqual(expect.arrayContaining(['substance', 'medical_emergency']));
    expect(t.cssrs).toBe(0);
  });
});

describe('other ways an attempt is under way', () => {
  it('medicine with alcohol on purpose', () => {
    for (const text of [
      'washed the pills down with vodka on purpose',
      'mezclé las pastillas con el vino a propósito',
      'hab die tabletten mit schnaps runtergespült, absichtlich',
    ]) {
      const t = rules.triageText(text);
      expect(t.level, text).toBe('imminent');
      expect(t.categories, text).toEqual(expect.arrayContaining(['suicide', 'medical_emergency']));
    }
  });
  it('bleeding that will not stop, and not wanting it to', () => {
    const t = rules.triageText("it won't stop bleeding and i don't want it to");
    expect(t.level).toBe('imminent');
    expect(t.cssrs).toBe(6);
  });
  it('the letters written, tonight, and already begun', () => {
    for (const text of [
      'die briefe sind geschrieben, heute nacht, es hat schon angefangen',
      'escrevi as cartas, é hoje à noite, na verdade já comecei',
    ]) {
      const t = rules.triageText(text);
      expect(t.level, text).toBe('imminent');
      expect(t.cssrs, text).toBe(6);
    }
  });
  it('"already started to" something else is no act', () => {
    expect(rules.triageText('ya empecé a estudiar para el examen').level).toBe('none');
  });
});

describe("someone else's act done, and them down or silent now", () => {
  for (const text of [
    "my dad took something and now he's on the kitchen floor",
    'mi viejo se tomó algo, está tirado en el baño y respira raro',
    "meine schwester hat geschrieben sie hat's getan und jetzt antwortet sie nicht mehr",
    "la mia amica mi ha scritto che l'ha già fatto e non risponde",
  ])
    it(text, () => {
      const t = rules.triageText(text);
      expect(t.level).toBe('imminent');
      expect(t.categories).toContain('third_party');
      expect(t.cssrs).toBe(0);
    });

  it('a friend who fainted at a concert and is fine stays none', () => {
    expect(
      rules.triageText("la mia amica è svenuta al concerto, le hanno dato dell'acqua ed è tutto ok")
        .level,
    ).toBe('none');
  });
  it('a friend who fainted and does not respond after taking something is still now', () => {
    expect(
      rules.triageText('il mio coinquilino è svenuto, ci sono blister vuoti e non risponde').level,
    ).toBe('imminent');
  });
});

import { describe, expect, it } from 'vitest';
import type { Cssrs, RiskCategory, RiskLevel } from '../../src/core/index.js';
import { levelFor, MODEL_POLICY, type LevelFlags } from '../../src/triage/combine.js';
import { createTriage, RULES_VERSION } from '../../src/triage/engine.js';
import {
  CONDITION_HEADS,
  THRESHOLD_HEADS,
  type ConditionHead,
  type ModelOutput,
  type RiskModel,
  type ThresholdHead,
} from '../../src/triage/model/model.js';

describe('levelFor: the level section of LABELLING.md', () => {
  const rows: Array<[string, Cssrs, RiskCategory[], LevelFlags, RiskLevel]> = [
    ['no category', 0, [], {}, 'none'],
    ['cssrs 1 alone', 1, ['suicide'], {}, 'low'],
    ['substance without danger', 0, ['substance'], {}, 'low'],
    ['eating disorder without danger', 0, ['eating_disorder'], {}, 'low'],
    ['psychosis without danger', 0, ['psychosis'], {}, 'low'],
    ['mania without danger', 0, ['mania'], {}, 'low'],
    ['third party mild worry', 0, ['third_party'], { thirdParty: 'worry' }, 'low'],
    ['cssrs 2', 2, ['suicide'], {}, 'moderate'],
    ['self-harm without medical danger', 0, ['self_harm'], {}, 'moderate'],
    [
      'eating disorder with purging',
      0,
      ['eating_disorder'],
      { eatingDisorderSevere: true },
      'moderate',
    ],
    ['psychosis with risky behaviour', 0, ['psychosis'], { psychosisRisky: true }, 'moderate'],
    ['mania with risky behaviour', 0, ['mania'], { maniaRisky: true }, 'moderate'],
    ['abuse not happening now', 0, ['abuse'], {}, 'moderate'],
    ['third party warning signs', 0, ['third_party'], { thirdParty: 'warning' }, 'moderate'],
    ['cssrs 3', 3, ['suicide'], {}, 'high'],
    ['cssrs 4', 4, ['suicide'], {}, 'high'],
    ['cssrs 5 without a near time', 5, ['suicide'], {}, 'high'],
    ['cssrs 6 not in progress', 6, ['suicide'], {}, 'high'],
    ['self-harm with medical danger', 0, ['self_harm'], { selfHarmMedical: true }, 'high'],
    ['harm to others with intent', 0, ['harm_to_others'], { harmIntent: true }, 'high'],
    ['abuse in progress', 0, ['abuse'], { abuseNow: true }, 'high'],
    ['abuse of a minor', 0, ['abuse'], { abuseMinor: true }, 'high'],
    ['command hallucinations', 0, ['psychosis'], { commandHallucinations: true }, 'high'],
    ['third party plan or preparation', 0, ['third_party'], { thirdParty: 'plan' }, 'high'],
    ['cssrs 5 with a near time', 5, ['suicide'], { nearTime: true }, 'imminent'],
    ['cssrs 6 in progress', 6, ['suicide'], { inProgress: true }, 'imminent'],
    ['any medical emergency', 0, ['medical_emergency', 'substance'], {}, 'imminent'],
    [
      'harm to others with a near time',
      0,
      ['harm_to_others'],
      { harmIntent: true, harmNear: true },
      'imminent',
    ],
    ['third party attempt now', 0, ['third_party'], { thirdParty: 'now' }, 'imminent'],
    ['the highest category wins', 1, ['suicide', 'self_harm', 'substance'], {}, 'moderate'],
    ['abuse the model reads as a crisis', 0, ['abuse'], { crisisByModel: ['abuse'] }, 'high'],
    [
      'a model crisis lifts only a category that is there',
      0,
      ['abuse'],
      { crisisByModel: ['psychosis'] },
      'moderate',
    ],
  ];
  it.each(rows)('%s', (_, cssrs, categories, flags, level) => {
    expect(levelFor(cssrs, categories, flags)).toBe(level);
  });
});

/** A model that answers what it is told to, so the combination can be tested without weights. */
function fakeModel(
  outputs: (text: string) => Partial<ModelOutput>,
  headThresholds?: Record<ThresholdHead, number>,
): RiskModel & { thresholds: number[] } {
  return {
    version: 'fake1234',
    thresholds: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    ...(headThresholds ? { headThresholds } : {}),
    predict(text) {
      const out = outputs(text);
      return {
        atLeast: out.atLeast ?? [0, 0, 0, 0, 0, 0],
        selfHarm: out.selfHarm ?? 0,
        top: out.top ?? [],
        ...(out.conditions ? { conditions: out.conditions } : {}),
        ...(out.crisis === undefined ? {} : { crisis: out.crisis }),
        ...(out.headTop ? { headTop: out.headTop } : {}),
      };
    },
  };
}

const CUT_OFFS = Object.fromEntries(THRESHOLD_HEADS.map((head) => [head, 0.6])) as Record<
  ThresholdHead,
  number
>;

/** Condition probabilities: every head at 0.1 but those given. */
function conditions(given: Partial<Record<ConditionHead, number>>): Record<ConditionHead, number> {
  return {
    ...(Object.fromEntries(CONDITION_HEADS.map((c) => [c, 0.1])) as Record<ConditionHead, number>),
    ...given,
  };
}

describe('combine: rules + model', () => {
  const sure: ModelOutput['atLeast'] = [0.99, 0.95, 0.9, 0.85, 0.8, 0.75];

  it('names the model in the version', () => {
    expect(createTriage({ model: fakeModel(() => ({})) }).version).toBe(
      `${RULES_VERSION}+model@fake1234`,
    );
    expect(createTriage({ model: null }).version).toBe(`${RULES_VERSION}+model@none`);
    expect(RULES_VERSION).toMatch(/^triage@\d+$/);
  });

  it('lets the model raise C-SSRS when the rules saw suicidal talk, up to intent, with a model: signal', () => {
    const text = 'i want to die and i have been looking at the bridge near my house every day';
    const engine = createTriage({
      model: fakeModel(() => ({
        atLeast: sure,
        top: [
          {
            feature: 'word:bridge',
            weight: 1.2,
            start: text.indexOf('bridge'),
            end: text.indexOf('bridge') + 6,
          },
        ],
      })),
    });
    const triage = engine.triageText(text);
    expect(triage.cssrs).toBe(MODEL_POLICY.capWithSuicideCue);
    const signal = triage.signals.find((s) => s.source === 'model')!;
    expect(signal).toMatchObject({
      id: 'model:word:bridge',
      category: 'suicide',
      cssrs: 4,
      span: { text: 'bridge' },
    });
    expect(signal.reason).toMatch(/P\(C-SSRS ≥ 4\) = 0\.85/);
  });

  it('never lets the model overrule a cue the rules set aside', () => {
    const engine = createTriage({ model: fakeModel(() => ({ atLeast: sure, selfHarm: 0.99 })) });
    for (const text of [
      'I could die of embarrassment lol',
      "I'm not suicidal at all",
      'quiero cortarme el pelo',
    ]) {
      expect(engine.triageText(text).level, text).toBe('none');
    }
  });

  it('lets the model alone raise at most to a method level, and only when very sure', () => {
    const text = 'everything is grey and i keep staring at the ceiling';
    const unsure = createTriage({
      model: fakeModel(() => ({ atLeast: [0.7, 0.6, 0.5, 0.4, 0.3, 0.2] })),
    });
    expect(unsure.triageText(text).level).toBe('none');
    const certain = createTriage({ model: fakeModel(() => ({ atLeast: sure })) });
    expect(certain.triageText(text)).toMatchObject({ cssrs: MODEL_POLICY.capAlone, level: 'high' });
  });

  it('never lets the model alone read risk into a message of fewer than three words', () => {
    const certain = createTriage({ model: fakeModel(() => ({ atLeast: sure, selfHarm: 0.99 })) });
    for (const text of ["j'ai faim", 'hab ich', 'tutto', 'ok 👍']) {
      const t = certain.triageText(text);
      expect(t.level, text).toBe('none');
      expect(
        t.signals.filter((s) => s.source === 'model'),
        text,
      ).toEqual([]);
    }
    // Three words are enough, and a cue or distress lets the model refine a short message.
    expect(certain.triageText('quero parar tudo').level).toBe('high');
    expect(certain.triageText('i want to die').cssrs).toBe(MODEL_POLICY.capWithSuicideCue);
    expect(certain.triageText('i give up').level).toBe('high');
  });

  it('takes another model policy when one is passed, for tuning scripts', () => {
    const text = 'everything is grey and i keep staring at the ceiling';
    const atLeast: ModelOutput['atLeast'] = [0.8, 0.8, 0.8, 0.3, 0.2, 0.1];
    const output = () => ({ atLeast });
    expect(createTriage({ model: fakeModel(output) }).triageText(text).cssrs).toBe(3);
    const stricter = createTriage({
      model: fakeModel(output),
      policy: { ...MODEL_POLICY, aloneSevereMinimum: 0.9 },
    });
    expect(stricter.triageText(text).cssrs).toBe(0);
    const capped = createTriage({
      model: fakeModel(output),
      policy: { ...MODEL_POLICY, capAlone: 2 },
    });
    expect(capped.triageText(text).cssrs).toBe(0);
    expect(Object.isFrozen(MODEL_POLICY)).toBe(true);
  });

  it('needs more than the tuned threshold to go beyond what the rules found', () => {
    const barely = createTriage({
      model: fakeModel(() => ({ atLeast: [0.9, 0.6, 0.55, 0.5, 0.2, 0.1] })),
    });
    expect(barely.triageText('i just want to die').cssrs).toBe(1);
    const clearly = createTriage({
      model: fakeModel(() => ({ atLeast: [0.95, 0.8, 0.7, 0.3, 0.2, 0.1] })),
    });
    expect(clearly.triageText('i just want to die').cssrs).toBe(3);
  });

  it('never lowers what the rules found, and never claims a plan on its own', () => {
    const engine = createTriage({ model: fakeModel(() => ({ atLeast: [0, 0, 0, 0, 0, 0] })) });
    expect(engine.triageText("I'm going to kill myself tonight")).toMatchObject({
      level: 'imminent',
      cssrs: 5,
    });
    const eager = createTriage({ model: fakeModel(() => ({ atLeast: [1, 1, 1, 1, 1, 1] })) });
    expect(eager.triageText('i want to die').cssrs).toBeLessThanOrEqual(4);
  });

  it('adds self-harm from the model only when confident', () => {
    const engine = createTriage({
      model: fakeModel((t) => ({ selfHarm: t.includes('skin') ? 0.9 : 0.2 })),
    });
    expect(engine.triageText('i keep picking at my skin until it bleeds').categories).toContain(
      'self_harm',
    );
    expect(engine.triageText('i had a long day').categories).toEqual([]);
  });

  it('reports a confidence between 0 and 1', () => {
    const engine = createTriage({ model: fakeModel(() => ({ atLeast: [0.1, 0.05, 0, 0, 0, 0] })) });
    const none = engine.triageText('had a nice walk today');
    expect(none.confidence).toBeCloseTo(0.9, 1);
    const risk = engine.triageText("I'm going to kill myself tonight");
    expect(risk.confidence).toBeGreaterThan(0.8);
    expect(risk.confidence).toBeLessThanOrEqual(0.99);
  });
});

describe('combine: condition and crisis heads of the model', () => {
  const text = 'things at home get worse every week and he still has my phone';
  const home = { start: text.indexOf('home'), end: text.indexOf('home') + 4 };

  it('adds a condition at its cut-off, with a model: signal naming the head and the words', () => {
    const engine = createTriage({
      model: fakeModel(
        () => ({
          conditions: conditions({ abuse: 0.9 }),
          headTop: { abuse: [{ feature: 'word:home', weight: 1.1, ...home }] },
        }),
        CUT_OFFS,
      ),
    });
    const triage = engine.triageText(text);
    expect(triage.categories).toContain('abuse');
    expect(triage.level).toBe('moderate');
    const signal = triage.signals.find((s) => s.source === 'model' && s.category === 'abuse');
    expect(signal).toMatchObject({ id: 'model:abuse:word:home', span: { text: 'home' } });
    expect(signal?.reason).toMatch(/P\(abuse\) = 0\.90, from "home"/);
  });

  it('adds nothing below the cut-off, or from a model without condition heads', () => {
    const below = createTriage({
      model: fakeModel(() => ({ conditions: conditions({ abuse: 0.59 }) }), CUT_OFFS),
    });
    expect(below.triageText(text).categories).not.toContain('abuse');
    const old = createTriage({
      model: fakeModel(() => ({ conditions: conditions({ abuse: 1 }) })),
    });
    expect(old.triageText(text).categories).not.toContain('abuse');
  });

  it('lifts a category to high when the crisis head reads a crisis', () => {
    const engine = createTriage({
      model: fakeModel(() => ({ conditions: conditions({ abuse: 0.9 }), crisis: 0.9 }), CUT_OFFS),
    });
    const triage = engine.triageText(text);
    expect(triage.level).toBe('high');
    const signal = triage.signals.find((s) => s.id.startsWith('model:crisis:'));
    expect(signal).toMatchObject({ category: 'abuse' });
    expect(signal?.reason).toMatch(/P\(crisis\) = 0\.90, so abuse counts as high/);
  });

  it('never lifts a category the guide keeps below high, nor a message with no category', () => {
    const engine = createTriage({
      model: fakeModel(
        () => ({ conditions: conditions({ substance: 0.8 }), crisis: 0.95 }),
        CUT_OFFS,
      ),
    });
    expect(engine.triageText('been drinking every night since the move').level).toBe('low');
    const quiet = createTriage({ model: fakeModel(() => ({ crisis: 0.95 }), CUT_OFFS) });
    expect(quiet.triageText('had a long day at work').level).toBe('none');
  });

  it('adds no condition where the rules set the risk words aside', () => {
    const engine = createTriage({
      model: fakeModel(
        () => ({ conditions: conditions({ psychosis: 0.95 }), crisis: 0.95 }),
        CUT_OFFS,
      ),
    });
    for (const phrase of ["I'm not suicidal at all", 'I could die of embarrassment lol'])
      expect(engine.triageText(phrase).categories, phrase).toEqual([]);
  });

  it("keeps someone else's condition off the writer when the message is about someone else", () => {
    const engine = createTriage({
      model: fakeModel(
        () => ({ conditions: conditions({ psychosis: 0.9, third_party: 0.9 }) }),
        CUT_OFFS,
      ),
    });
    const triage = engine.triageText('my brother keeps saying the neighbours are watching him');
    expect(triage.categories).toContain('third_party');
    expect(triage.categories).not.toContain('psychosis');
  });

  it('adds a medical emergency only beside its cause, and holds every head to the policy minimum', () => {
    const alone = createTriage({
      model: fakeModel(() => ({ conditions: conditions({ medical_emergency: 0.9 }) }), CUT_OFFS),
    });
    expect(alone.triageText('took something for my back and now i can finally sleep').level).toBe(
      'none',
    );
    const withCause = createTriage({
      model: fakeModel(
        () => ({ conditions: conditions({ medical_emergency: 0.9, substance: 0.9 }) }),
        CUT_OFFS,
      ),
    });
    expect(withCause.triageText('took way too much and cant feel my hands').level).toBe('imminent');
    const strict = createTriage({
      model: fakeModel(() => ({ conditions: conditions({ abuse: 0.8 }) }), CUT_OFFS),
      policy: { ...MODEL_POLICY, conditionMinimum: 0.85 },
    });
    expect(strict.triageText(text).categories).not.toContain('abuse');
  });
});

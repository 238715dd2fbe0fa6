/**
 * Recall work of triage@3: plain first-person crisis statements the rules now see on their own,
 * the model standing in for missing context (reading the REST of the message), and the lookalikes
 * that must stay at none. Texts are written for this test (never from the held-out set).
 */
import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../../src/core/index.js';
import { MODEL_POLICY } from '../../src/triage/combine.js';
import { createTriage } from '../../src/triage/engine.js';
import type { ModelOutput, RiskModel } from '../../src/triage/model/model.js';

const rules = createTriage({ model: null });
const CRISIS: ReadonlySet<RiskLevel> = new Set(['high', 'imminent']);

/** A model that answers what it is told to, per text it reads. */
function fakeModel(outputs: (text: string) => Partial<ModelOutput>): RiskModel & {
  thresholds: number[];
  seen: string[];
} {
  const seen: string[] = [];
  return {
    version: 'fake5678',
    thresholds: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    seen,
    predict(text) {
      seen.push(text);
      const out = outputs(text);
      return { atLeast: out.atLeast ?? [0, 0, 0, 0, 0, 0], selfHarm: out.selfHarm ?? 0, top: [] };
    },
  };
}

describe('rules: plain crisis statements count without context', () => {
  const crisis: Array<[string, string]> = [
    ['en', "i'm going to end it. i just wanted somebody to know"],
    ['en', "tonight i'm ending it, i'm done pretending"],
    ['en', 'tried to end it in october and nobody noticed'],
    ['en', 'since my last attempt everything feels grey'],
    ['en', 'i attempted three weeks ago and my family still does not know'],
    ['en', 'i took the pills about an hour ago, i dont know why im typing this'],
    ['en', 'im on the bridge right now. just wanted someone to know'],
    ['en', 'im 12 and my mums boyfriend comes into my room at night'],
    [
      'en',
      'someone online keeps asking for pics and says hell post the ones i sent if i dont. im 14',
    ],
    ['en', "im going round there to smash his face in tonight, i've got a bat by the door"],
    ['en', 'my friend texted me goodbye, thanks for everything and now she is not answering'],
    ['en', 'took way too much at the party and my heart wont slow down, chest is so tight'],
    ['de', 'nach der hochzeit meiner schwester mach ich schluss'],
    ['de', 'heute nacht ist es so weit. steht fest'],
    ['de', 'hab versucht mich umzubringen, vor zwei wochen'],
    ['fr', "c'est décidé, demain c'est fini"],
    ['fr', "j'ai fait une tentative le mois dernier"],
    ['es', 'mañana voy al puente y se acaba todo'],
    ['es', 'ya tengo el plan y no se lo he dicho a nadie'],
    ['pt', 'amanhã vou na ponte e acabou'],
    ['it', 'domattina vado sul ponte e basta'],
  ];
  for (const [lang, text] of crisis) {
    it(`${lang}: ${text}`, () => {
      expect(CRISIS.has(rules.triageText(text).level), text).toBe(true);
    });
  }

  it('counts a distress line that is typical of crisis messages', () => {
    const triage = rules.triageText(
      'i have the rope in my closet. i dont know why im telling anyone',
    );
    expect(triage.level).toBe('high');
    expect(triage.signals.some((s) => s.id === 'context:preparation_after_distress')).toBe(true);
  });
});

describe('rules: lookalikes of the new patterns stay at none', () => {
  const benign = [
    "i'm going to end it with him tonight, we've been fighting for months",
    'i am ending it with my flatmate, the lease is up',
    'tried to end it early but the meeting kept going',
    'i attempted the exam twice and finally passed',
    'my attempt at sourdough was a disaster lol',
    'took my meds an hour ago, can i eat now?',
    'we stood on the bridge right now taking photos of the sunset',
    'my grandma keeps asking for pics of the baby',
    'im going to make them pay for the pizza, its their turn',
    'we sat by the lake thinking about the summer',
    "i've been practising piano every day",
    'stasera la faccio finita con questo progetto e vado a dormire',
    'hace seis años intenté suicidarme. hoy estoy bien y tengo terapia',
    'tentei me matar há oito anos, hoje sou voluntária',
    '5 years since my attempt. so glad i am here',
    "we're jumping off the pier tomorrow, it's a tradition on the last day of school",
    'i did it! passed my driving test',
    'the room is spinning, too much wine lol',
    'my chest hurts when i breathe, bad cold',
    'my cat comes into my room at night and sleeps on my feet',
    "i know where she works, i'll pick her up after",
    "if i tell my mum she'll kill me lol i broke the vase",
    'il cuore va a mille quando lo vedo',
    'me duele el pecho de tanto toser',
    'mi abuela me pide fotos del bebé todos los días',
    'voy a esperar a mi ex en el aeropuerto para darle sus llaves',
  ];
  for (const text of benign) {
    it(text, () => {
      expect(rules.triageText(text).level, text).toBe('none');
    });
  }
});

describe('the model as context for cues that need it', () => {
  const plan = 'i have a plan and nobody knows about it';

  it('without a model, a context-dependent cue is set aside and says why', () => {
    const triage = rules.triageText(plan);
    expect(triage.level).toBe('none');
    const cue = triage.signals.find((s) => s.id === 'rule:en.plan.have_plan')!;
    expect(cue.scopedOut).toBe('everyday');
    expect(cue.reason).toMatch(/needs suicidal talk/);
  });

  it('counts the cue when the model reads the rest of the message as suicidal talk', () => {
    const model = fakeModel(() => ({ atLeast: [0.8, 0.3, 0.1, 0.05, 0.02, 0.01] }));
    const triage = createTriage({ model }).triageText(plan);
    expect(triage).toMatchObject({ level: 'high', cssrs: 5 });
    const cue = triage.signals.find((s) => s.id === 'rule:en.plan.have_plan')!;
    expect(cue.scopedOut).toBeUndefined();
    expect(cue.reason).toMatch(/model reads the rest of the message as suicidal talk/);
  });

  it("blanks the cue's own words before the model reads the message", () => {
    const model = fakeModel((t) => ({
      atLeast: t.includes('have a plan') ? [0.99, 0.9, 0.9, 0.9, 0.9, 0.9] : [0.1, 0, 0, 0, 0, 0],
    }));
    const triage = createTriage({ model }).triageText(plan);
    expect(triage.level).toBe('none');
    const blanked = model.seen.find((t) => !t.includes('have a plan'));
    expect(blanked).toBeDefined();
    expect(blanked).toHaveLength(plan.length);
  });

  it('asks a model that reads a message with a span blanked for the cue, not for a new text', () => {
    const base = fakeModel((t) => ({
      atLeast: t.includes('have a plan') ? [0.1, 0, 0, 0, 0, 0] : [0.8, 0.3, 0.1, 0.05, 0.02, 0.01],
    }));
    const asked: Array<[string, number, number]> = [];
    const model: RiskModel = {
      ...base,
      predictWithout(text, start, end) {
        asked.push([text, start, end]);
        return base.predict(text.slice(0, start) + ' '.repeat(end - start) + text.slice(end));
      },
    };
    expect(createTriage({ model }).triageText(plan).level).toBe('high');
    expect(asked).toEqual([[plan, 0, 'i have a plan'.length]]);
    expect(base.seen[0]).toBe(plan);
  });

  it('needs the model to be sure enough', () => {
    const below = MODEL_POLICY.contextMinimum - 0.05;
    const model = fakeModel(() => ({ atLeast: [below, 0, 0, 0, 0, 0] }));
    expect(createTriage({ model }).triageText(plan).level).toBe('none');
  });

  it('never stands in for the distress a bare means question needs', () => {
    const model = fakeModel(() => ({ atLeast: [0.95, 0.5, 0.2, 0.1, 0.05, 0.01] }));
    const triage = createTriage({ model }).triageText('which bridges are the tallest around here');
    expect(triage.signals.find((s) => s.id === 'rule:en.means.heights')?.scopedOut).toBe(
      'everyday',
    );
  });

  it('does not let one model-vouched cue vouch for the next', () => {
    // The model vouches for "tying up loose ends" only; "giving my cat away" needs distress said
    // in words or its own model reading, which is low here.
    const model = fakeModel((t) =>
      t.includes('loose ends')
        ? { atLeast: [0.1, 0, 0, 0, 0, 0] }
        : { atLeast: [0.9, 0, 0, 0, 0, 0] },
    );
    const triage = createTriage({ model }).triageText(
      'tying up loose ends. giving away my cat to my neighbour',
    );
    const giving = triage.signals.find((s) => s.id === 'rule:en.prep.giving_away');
    expect(giving?.scopedOut).toBe('everyday');
  });
});

describe('the model alone', () => {
  it('raises to the crisis band at a lower bar than to a wish to be dead', () => {
    const text = 'everything is grey and i keep staring at the ceiling';
    const severe = fakeModel(() => ({ atLeast: [0.8, 0.75, 0.72, 0.3, 0.1, 0.05] }));
    expect(createTriage({ model: severe }).triageText(text)).toMatchObject({
      cssrs: 3,
      level: 'high',
    });
    const passive = fakeModel(() => ({ atLeast: [0.85, 0.2, 0.1, 0.05, 0.01, 0.01] }));
    expect(createTriage({ model: passive }).triageText(text).level).toBe('none');
  });

  it('still gives nothing over a cue the rules set aside for want of context', () => {
    const eager = fakeModel(() => ({ atLeast: [0.99, 0.95, 0.95, 0.9, 0.5, 0.1] }));
    // The model reads the blanked rest as harmless (it is told so by the text).
    const model = fakeModel((t) =>
      t.includes('do it this time') ? eager.predict(t) : { atLeast: [0.1, 0, 0, 0, 0, 0] },
    );
    expect(
      createTriage({ model }).triageText(
        'im actually going to do it this time, signing up for the marathon',
      ).level,
    ).toBe('none');
  });
});

describe('clarifications people actually type', () => {
  const cleared: Array<[string, string, string, string]> = [
    [
      'en',
      'i just want to die',
      'Are you safe right now?',
      'omg sorry for scaring you, it was about my exam results',
    ],
    [
      'es',
      'me quiero morir',
      '¿Estás a salvo?',
      'perdón por el susto, era por el examen de mañana jaja',
    ],
    [
      'fr',
      "j'ai envie de mourir",
      'Tu es en sécurité ?',
      "désolé de vous avoir fait peur, c'était ironique",
    ],
    [
      'de',
      'ich will sterben',
      'Bist du in Sicherheit?',
      'sorry für den schreck, war ironisch gemeint',
    ],
    ['pt', 'quero morrer', 'Você está seguro?', 'desculpa o susto, era zoeira sobre o tcc'],
    ['it', 'voglio morire', 'Sei al sicuro?', "scusate lo spavento, scherzavo per l'esame"],
  ];
  for (const [lang, first, question, clarification] of cleared) {
    it(`${lang}: ${clarification}`, () => {
      const { triage } = rules.triageConversation([
        { role: 'user', content: first },
        { role: 'assistant', content: question },
        { role: 'user', content: clarification },
      ]);
      expect(triage.level).toBe('none');
      expect(triage.signals.some((s) => s.id === 'context:clarification')).toBe(true);
    });
  }

  it('does not take a bare "i\'m fine" as a clarification', () => {
    const { triage } = rules.triageConversation([
      { role: 'user', content: 'i want to die' },
      { role: 'assistant', content: 'Are you safe right now?' },
      { role: 'user', content: "i'm fine" },
    ]);
    expect(triage.level).not.toBe('none');
  });
});

describe('"I mean it" is never a clarification', () => {
  for (const reply of ['i mean it', 'i meant it', 'i meant every word']) {
    it(reply, () => {
      const { triage } = rules.triageConversation([
        { role: 'user', content: 'i want to kill myself' },
        { role: 'assistant', content: 'Are you safe right now?' },
        { role: 'user', content: reply },
      ]);
      expect(triage.signals.some((s) => s.id === 'context:clarification')).toBe(false);
      expect(triage.cssrs).toBeGreaterThanOrEqual(2);
    });
  }

  it('"i mean it" after suicidal talk says intent', () => {
    const { triage } = rules.triageConversation([
      { role: 'user', content: 'i want to kill myself' },
      { role: 'user', content: 'i mean it' },
    ]);
    expect(triage).toMatchObject({ level: 'high', cssrs: 4 });
  });

  it('a clarification naming what was meant still clears', () => {
    const { triage } = rules.triageConversation([
      { role: 'user', content: 'i took way too many pills' },
      { role: 'assistant', content: 'Are you safe? Do you need help?' },
      { role: 'user', content: 'lol i meant vitamins, the pharmacist said its fine' },
    ]);
    expect(triage.signals.some((s) => s.id === 'context:clarification')).toBe(true);
  });
});

describe('the model after a clarification', () => {
  it('does not raise a message the person cleared up', () => {
    const model = fakeModel(() => ({ atLeast: [0.99, 0.95, 0.9, 0.8, 0.3, 0.1] }));
    const { triage } = createTriage({ model }).triageConversation([
      { role: 'user', content: 'honestly i just want to disappear' },
      { role: 'assistant', content: 'Are you thinking about suicide?' },
      { role: 'user', content: 'no no not like that, from social media for a while' },
    ]);
    expect(triage.signals.filter((s) => s.source === 'model' && s.message === 0)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/triage/engine.js';
import {
  hasLive as has,
  modelReading,
  turnsOf,
  type Turn,
} from '../helpers/conversation-triage.js';

// The clarification round: how a person clears up a misreading, and what is no clearing up.
// Places and names are invented.
const engine = createTriage({ model: null });
const read = (...turns: Turn[]) => engine.triageConversation(turnsOf(turns)).triage;
const CRISIS = ['high', 'imminent'];

describe('clarification round: the words of a turn only the model read, said again with what they meant', () => {
  // The rules read at most distress; the model reads the first turn as a crisis.
  const model = modelReading((t) =>
    /(dejar todo|tout arrêter|più esserci|lettera per tutti)/i.test(t),
  );
  const withModel = createTriage({ model });
  const cases: Turn[][] = [
    [
      ['user', 'ya no aguanto, lo voy a dejar todo'],
      ['assistant', 'Suena muy pesado. Cuando dices dejarlo todo, ¿piensas en hacerte daño?'],
      ['user', 'noo tranqui, dejar la carrera de derecho y meterme a cocina'],
    ],
    [
      ['user', 'je vais tout arrêter ce soir, j’en peux plus'],
      ['assistant', 'Je suis inquiet. Est-ce que tu penses à mettre fin à tes jours ?'],
      ['user', 'non non pardon !! arrêter la clope, dernier paquet ce soir'],
    ],
    [
      ['user', 'non voglio più esserci'],
      ['assistant', 'Quando dici che non vuoi più esserci, intendi che pensi di morire?'],
      ['user', 'no no, non voglio più esserci al pranzo di Natale dai suoceri'],
    ],
  ];

  it('clears the turn the assistant asked about (es, fr, it)', () => {
    for (const turns of cases) {
      const before = withModel.triageConversation(turnsOf(turns.slice(0, 1))).triage;
      expect(CRISIS, turns[0]?.[1]).toContain(before.level);
      const after = withModel.triageConversation(turnsOf(turns)).triage;
      expect(after.level, turns[2]?.[1]).toBe('none');
      expect(has(after, 'context:clarification'), turns[2]?.[1]).toBe(true);
    }
  });

  it('does not clear it when the reply names a person, a means or nothing', () => {
    for (const reply of [
      'no, dejar todo. a mi familia también',
      'no. dejar la pastillas a mano',
      'no',
    ]) {
      const turns: Turn[] = [...(cases[0] as Turn[]).slice(0, 2), ['user', reply]];
      expect(CRISIS, reply).toContain(withModel.triageConversation(turnsOf(turns)).triage.level);
    }
  });
});

describe('clarification round: the assistant asks about thoughts of dying', () => {
  // A question about dying (not only suicide) opens the reply to a correction, as in English.
  const model = modelReading((t) =>
    /(esserci|sumir|desaparecer|verschwinden|disparaître)/i.test(t),
  );
  const withModel = createTriage({ model });
  it('reads the reply (es, fr, de, pt, it)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'quiero desaparecer'],
        ['assistant', '¿Piensas en morir?'],
        ['user', 'no jaja, desaparecer de las redes un mes'],
      ],
      [
        ['user', 'je veux disparaître'],
        ['assistant', 'Tu penses à mourir ?'],
        ['user', 'non mdr, disparaître des réseaux une semaine'],
      ],
      [
        ['user', 'ich will einfach verschwinden'],
        ['assistant', 'Denkst du ans Sterben?'],
        ['user', 'nee haha, verschwinden aus dem Gruppenchat'],
      ],
      [
        ['user', 'quero sumir'],
        ['assistant', 'Você está pensando em morrer?'],
        ['user', 'não kkk, sumir da internet um tempo'],
      ],
      [
        ['user', 'non voglio più esserci'],
        ['assistant', 'Stai pensando di morire?'],
        ['user', 'no ahah, non voglio più esserci alla riunione di condominio'],
      ],
    ];
    for (const turns of cases) {
      const after = withModel.triageConversation(turnsOf(turns)).triage;
      expect(after.level, turns[2]?.[1]).toBe('none');
    }
  });
});

describe('clarification round: a figure of speech named, "what I was talking about" with every article', () => {
  it('clears a wish to die said as a figure of speech (es, fr, it)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'me quiero morir 😩'],
        ['assistant', '¿Estás pensando en quitarte la vida?'],
        ['user', 'forma de hablar 100%, mi ex sale con mi prima jajaja'],
      ],
      [
        ['user', 'j’ai envie de mourir'],
        ['assistant', 'Tu penses au suicide ?'],
        ['user', 'non, façon de parler, j’ai raté mon train 😅'],
      ],
      [
        ['user', 'voglio morire'],
        ['assistant', 'Stai pensando di toglierti la vita?'],
        ['user', 'ma no, solo un modo di dire, ho perso le chiavi di casa'],
      ],
    ];
    for (const turns of cases) {
      expect(read(turns[0] as Turn).level, turns[0]?.[1]).not.toBe('none');
      expect(read(...turns).level, turns[2]?.[1]).toBe('none');
    }
  });

  it('reads "parlavo delle…" and "je parlais des…" as saying what was meant', () => {
    const it1 = read(
      ['user', 'quante ne servono per non svegliarsi più'],
      ['assistant', 'Te lo chiedo con delicatezza: stai pensando di farti del male?'],
      ['user', 'parlavo delle camomille, per dormire tutta la notte! sto bene'],
    );
    expect(has(it1, 'context:clarification')).toBe(true);
    const fr = read(
      ['user', 'je vais en finir ce soir'],
      ['assistant', 'Tu penses à mettre fin à tes jours ?'],
      ['user', 'non non je parlais des partiels, dernier examen ce soir'],
    );
    expect(has(fr, 'context:clarification')).toBe(true);
  });
});

describe('clarification round: waving the mood away or changing the subject is no clearing up', () => {
  it('keeps the risk after "just a bad night" or "let’s talk about something else" (six languages)', () => {
    const cases: Array<[string, string, string]> = [
      [
        'i dont want to be here anymore. i keep thinking about how to do it',
        'Are you thinking about suicide?',
        'sorry for scaring you, just a bad night. lets talk about something else',
      ],
      [
        'quiero matarme, ya elegí el lugar',
        '¿Estás pensando en quitarte la vida?',
        'perdón por el susto, solo un mal día. cambiemos de tema',
      ],
      [
        'je pense à me tuer, j’ai repéré un endroit',
        'Est-ce que tu penses au suicide ?',
        'désolé de t’avoir fait peur, juste une mauvaise journée. parlons d’autre chose',
      ],
      [
        'ich will mich umbringen, hab schon nach Wegen gesucht',
        'Denkst du an Suizid?',
        'sorry für den Schreck, war nur ein mieser Tag',
      ],
      [
        'quero me matar, já escolhi o lugar',
        'Você está pensando em se matar?',
        'desculpa o susto, foi só um dia ruim. vamos mudar de assunto',
      ],
      [
        'voglio ammazzarmi, ho già scelto il posto',
        'Stai pensando al suicidio?',
        'scusa per lo spavento, solo una brutta giornata. cambiamo discorso',
      ],
    ];
    for (const [risk, question, reply] of cases) {
      const triage = read(['user', risk], ['assistant', question], ['user', reply]);
      expect(CRISIS, reply).toContain(triage.level);
      expect(has(triage, 'context:clarification'), reply).toBe(false);
    }
  });

  it('still clears when the apology says what it was about', () => {
    const triage = read(
      ['user', 'heute mach ich Schluss, endgültig'],
      ['assistant', 'Denkst du daran, dir das Leben zu nehmen?'],
      ['user', 'nee! mit dem Timo mach ich Schluss, drei Jahre reichen. sorry für den Schreck'],
    );
    expect(triage.level).toBe('none');
  });
});

describe('clarification round: a sign of preparation in the reply that explains', () => {
  it('does not veto the correction, since the distress it needs is what is cleared (pt, en)', () => {
    const pt = read(
      ['user', 'quero sumir'],
      ['assistant', 'Quando você diz sumir, é pensar em morrer?'],
      ['user', 'não, sumir da internet kkk apaguei o insta e o tiktok, detox digital'],
    );
    expect(pt.level).toBe('none');
  });

  it('but "I mean" and other cues that need suicidal talk still veto it', () => {
    const triage = read(
      ['user', 'i have the pills lined up on the desk. i want to die'],
      ['assistant', 'Are you thinking about taking them to end your life?'],
      ['user', 'no. i mean. idk. can we just talk about something normal'],
    );
    expect(CRISIS).toContain(triage.level);
  });
});

describe('clarification round: leaving for a while is a move, and "vou fazer" with an object is no "I’ll do it"', () => {
  it('sets a goodbye aside beside an exchange year or a flight (six languages)', () => {
    for (const text of [
      'said bye to everyone at work, exchange semester starts monday',
      'ya me despedí de todos, me voy de intercambio',
      'j’ai dit au revoir à tout le monde, je pars en Erasmus',
      'hab mich von allen verabschiedet, mein Auslandssemester beginnt',
      'já me despedi de todo mundo, vou fazer intercâmbio em Portugal',
      'ho salutato tutti, parto per l’Erasmus',
    ])
      expect(engine.triageText(text).level, text).toBe('none');
  });

  it('keeps "vou fazer" bare or with "isso", and a coded passage, as intent', () => {
    expect(CRISIS).toContain(engine.triageText('quero morrer. vou fazer isso hoje').level);
    expect(CRISIS).toContain(engine.triageText('quero morrer, amanhã eu vou fazer').level);
  });

  it('does not set aside a farewell told as a trip with no return', () => {
    expect(
      engine.triageText('dites à mamie que je suis parti en voyage, je reviendrai plus').level,
    ).not.toBe('none');
  });
});

describe('clarification round: a day or place already chosen after suicidal talk is a plan', () => {
  it('reads the adverb between the verb and its object (fr, de, it)', () => {
    for (const text of [
      'je veux mourir, j’ai déjà choisi le jour',
      'ich will sterben, hab mir schon den Tag ausgesucht',
      'voglio morire, ho già scelto il giorno',
    ]) {
      const triage = engine.triageText(text);
      expect(triage.cssrs, text).toBe(5);
    }
    for (const text of [
      'ich hab mir schon den Tag für die Party ausgesucht',
      'ho già scelto il giorno del matrimonio',
      'j’ai déjà choisi la date du mariage',
    ])
      expect(engine.triageText(text).level, text).toBe('none');
  });
});

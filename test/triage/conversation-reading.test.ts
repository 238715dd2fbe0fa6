import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/triage/engine.js';
import {
  hasLive as has,
  modelReading,
  turnsOf,
  type Turn,
} from '../helpers/conversation-triage.js';

const engine = createTriage({ model: null });
const read = (...turns: Turn[]) => engine.triageConversation(turnsOf(turns)).triage;

describe('conversation: clearing up risk the model read', () => {
  // The rules read distress only; the model reads the turn (and the reply's own words) as a plan.
  const model = modelReading((t) => /tonight/i.test(t));
  const withModel = createTriage({ model });
  const turns: Turn[] = [
    ['user', 'that is it, I am done. all of it ends tonight, no more waiting'],
    ['assistant', 'That sounds really final. Are you thinking about ending your life?'],
    ['user', 'ayy no no bro 😅 the dissertation draft! handing it in tonight'],
  ];

  it('reads the reply to the assistant’s question even when the rules saw no risk, not a bare no', () => {
    const before = withModel.triageConversation(turnsOf(turns.slice(0, 1))).triage;
    expect(before.level).not.toBe('none');
    const triage = withModel.triageConversation(turnsOf(turns)).triage;
    expect(triage.signals.some((s) => s.id === 'context:clarification')).toBe(true);
    // Neither the cleared turn nor the reply that explains it is raised by the model.
    expect(triage.level).toBe('none');
    // A bare "no" to the question clears nothing.
    const no = withModel.triageConversation(
      turnsOf([...turns.slice(0, 2), ['user', 'no. leave me alone tonight']]),
    ).triage;
    expect(no.level).not.toBe('none');
  });
});

describe('conversation: a correcting reply after an emoji or a laugh', () => {
  it('reads the thing named after them as the start of a new clause', () => {
    const cases: Turn[][] = [
      [
        ['user', 'i want to disappear forever'],
        ['assistant', 'Do you want to die?'],
        ['user', 'nahh mate 😂 the group chat, muting it for a month'],
      ],
      [
        ['user', 'quiero desaparecer para siempre'],
        ['assistant', '¿Quieres morir?'],
        ['user', 'nooo tipo jaja de las apps!! me borro un mes'],
      ],
    ];
    for (const turns of cases) {
      expect(read(turns[0] as Turn).level, turns[0]?.[1]).not.toBe('none');
      expect(read(...turns).level, turns[2]?.[1]).toBe('none');
    }
  });
});

describe('conversation: the ambiguous words said again with what they were about', () => {
  it('clears them and sets aside the cue the echo repeats (fr, de, pt); not a means or death words', () => {
    const cases: Turn[][] = [
      [
        ['user', 'je veux en finir ce soir'],
        ['assistant', 'Tu penses au suicide ?'],
        ['user', 'ah non pardon ! en finir avec ma thèse, dépôt demain'],
      ],
      [
        ['user', 'heute mach ich Schluss, endgültig'],
        ['assistant', 'Denkst du daran, dir das Leben zu nehmen?'],
        ['user', 'nein nein 🙈 Schluss mit dem Zucker, Tag eins'],
      ],
      [
        ['user', 'tô pensando em acabar com tudo hoje'],
        ['assistant', 'Você está pensando em se matar?'],
        ['user', 'kkkk calma, acabar com tudo = limpar a minha galeria'],
      ],
    ];
    for (const turns of cases) {
      expect(read(turns[0] as Turn).level, turns[0]?.[1]).not.toBe('none');
      const triage = read(...turns);
      expect(triage.level, turns[2]?.[1]).toBe('none');
      expect(has(triage, 'context:clarification'), turns[2]?.[1]).toBe(true);
      expect(
        triage.signals.filter((s) => s.message === 2 && s.source === 'rule'),
        turns[2]?.[1],
      ).toSatisfy((signals: Array<{ scopedOut?: string }>) =>
        signals.every((s) => s.scopedOut !== undefined),
      );
    }
    // Not when the thing is a means, nor when the echoed words name death.
    const means = read(
      ['user', 'je veux en finir ce soir'],
      ['assistant', 'Tu penses au suicide ?'],
      ['user', 'ah non pardon, en finir avec le pont, plus simple'],
    );
    expect(means.level).not.toBe('none');
    const death = read(
      ['user', 'esta noche voy a matarme'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'jaja no, matarme con el trabajo digo'],
    );
    expect(['high', 'imminent']).toContain(death.level);
  });
});

describe('conversation: joking all along, by saying one is dying of something', () => {
  it('reads a heavy cue said laughing after such a turn as the joke it continues; not after grief or distress', () => {
    const cases: Turn[][] = [
      [
        ['user', 'ugh i am literally dying, this heat is unreal'],
        ['assistant', 'Stay hydrated! Do you have a fan?'],
        ['user', 'if the aircon breaks again i am going to jump off the balcony lol'],
      ],
      [
        ['user', 'ich sterbe, die Klausur war so lang'],
        ['assistant', 'Geschafft! Wie lief es?'],
        ['user', 'wenn ich durchfalle bring ich mich um haha, egal, erstmal Pizza'],
      ],
    ];
    for (const turns of cases) {
      expect(read(turns[2] as Turn).level, turns[2]?.[1]).not.toBe('none');
      expect(read(...turns).level, turns[2]?.[1]).toBe('none');
    }
    // Not after grief, nor after distress.
    const grief = read(
      ['user', 'my dad died last month'],
      ['assistant', 'I am so sorry. How are you doing?'],
      ['user', 'if the aircon breaks again i am going to jump off the balcony lol'],
    );
    expect(grief.level).not.toBe('none');
    const distress = read(
      ['user', 'i am literally dying here, i cant take it anymore'],
      ['assistant', 'That sounds hard.'],
      ['user', 'if the aircon breaks again i am going to jump off the balcony lol'],
    );
    expect(distress.level).not.toBe('none');
  });
});

describe('conversation: answers to a question about suicide', () => {
  it('a yes is suicidal talk for the cues that need it in the same turn', () => {
    const triage = read(
      ['user', 'hoy no fue un buen día'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'sí. tengo las pastillas guardadas en el cajón'],
    );
    expect(['high', 'imminent']).toContain(triage.level);
  });

  it('"do you mean ending your life?" is a question about suicide', () => {
    const triage = read(
      ['user', 'kinda want to log off from everything for good'],
      ['assistant', 'When you say log off for good, do you mean ending your life?'],
      ['user', 'yeah'],
    );
    expect(has(triage, 'context:answered_ideation')).toBe(true);
  });

  it('naming a means or a place instead of saying no is a means in mind, after distress only', () => {
    const cases: Turn[][] = [
      [
        ['user', 'lost the farm to the bank. i cant take it anymore'],
        ['assistant', 'I am so sorry. Are you thinking about ending your life?'],
        ['user', 'the bridge at kellow cross, the old one'],
      ],
      [
        ['user', 'perdu mon boulot, j’en peux plus'],
        ['assistant', 'Est-ce que tu penses à mettre fin à ta vie ?'],
        ['user', 'le pont de Vaudrelle, le vieux ?'],
      ],
      [
        ['user', 'me echaron del trabajo y ya no puedo más'],
        ['assistant', '¿Has pensado en cómo lo harías?'],
        ['user', 'el viaducto de la carretera vieja'],
      ],
      [
        ['user', 'mi hanno licenziato, non ce la faccio più'],
        ['assistant', 'Stai pensando di toglierti la vita?'],
        ['user', 'il ponte di Roccanera, quello vecchio?'],
      ],
    ];
    for (const turns of cases) {
      const triage = read(...turns);
      expect(has(triage, 'context:means_named_after_question'), turns[2]?.[1]).toBe(true);
      expect(triage.level, turns[2]?.[1]).toBe('high');
    }
    // Asked about for the night, the place is a means question the rules read on their own.
    const atNight = read(
      ['user', 'lost the farm to the bank. i cant take it anymore'],
      ['assistant', 'I am so sorry. Are you thinking about ending your life?'],
      ['user', 'the bridge at kellow cross, is it lit at night'],
    );
    expect(has(atNight, 'context:means_seeking_after_distress')).toBe(true);
    expect(atNight.level).toBe('high');
    // Not a no, a negated means, or without distress.
    const asked: Turn[] = [
      ['user', 'lost the farm to the bank. i cant take it anymore'],
      ['assistant', 'I am so sorry. Are you thinking about ending your life?'],
    ];
    for (const reply of [
      'no. the bridge is just on my way home',
      'i dont even have pills in the house',
    ]) {
      const triage = read(...asked, ['user', reply]);
      expect(has(triage, 'context:means_named_after_question'), reply).toBe(false);
    }
    for (const reply of [
      'the bridge at kellow cross, is it lit at night',
      'the bridge at kellow cross, the old one',
    ]) {
      const calm = read(
        ['user', 'planning a walk this weekend'],
        ['assistant', 'Are you thinking about ending your life?'],
        ['user', reply],
      );
      expect(calm.level, reply).toBe('none');
    }
  });
});

describe('conversation: an earlier turn the model reads as suicidal talk', () => {
  const model = modelReading((t) => /grey and heavy/.test(t));
  const withModel = createTriage({ model });

  it('vouches for a later means question the rules set aside for want of distress; not a game turn', () => {
    const turns: Turn[] = [
      ['user', 'everything has gone grey and heavy since winter'],
      ['assistant', 'I am here with you.'],
      ['user', 'which bridges around here are the tallest'],
    ];
    expect(read(...turns).level).toBe('none');
    const triage = withModel.triageConversation(turnsOf(turns)).triage;
    const means = triage.signals.find((s) => s.message === 2 && s.scopedOut === undefined);
    expect(means?.reason).toMatch(/message 0, which the model reads as suicidal talk/);
    expect(triage.level).toBe('high');
    // Not when that turn was a game whose cues the rules set aside.
    const game = withModel.triageConversation(
      turnsOf([
        ['user', 'in the game my knight keeps dying, the world is grey and heavy'],
        ['assistant', 'Sounds moody!'],
        ['user', 'which bridges around here are the tallest'],
      ]),
    ).triage;
    expect(game.signals.some((s) => s.message === 2 && s.scopedOut === undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/engine.js';

const engine = createTriage({ model: null });
type Turn = [Role, string];
const read = (...turns: Turn[]) =>
  engine.triageConversation(turns.map(([role, content]) => ({ role, content }))).triage;
const cleared = (triage: ReturnType<typeof read>) =>
  triage.signals.some((s) => s.id === 'context:clarification');

describe('conversation: a short reply that names what an ambiguous word was about clears it', () => {
  it('names the thing after a laugh, an apology or a "no" (six languages)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'i want to die'],
        ['assistant', 'Are you thinking about suicide?'],
        ['user', 'omg no 🙈 the group project, sorry'],
      ],
      [
        ['user', 'quiero morirme'],
        ['assistant', '¿Piensas en suicidarte?'],
        ['user', 'nooo jaja el examen de mañana'],
      ],
      [
        ['user', 'je veux crever'],
        ['assistant', 'Tu penses au suicide ?'],
        ['user', 'mais non 😂 le partiel de lundi'],
      ],
      [
        ['user', 'ich will sterben'],
        ['assistant', 'Denkst du an Suizid?'],
        ['user', 'nee sorry, die Klausur morgen'],
      ],
      [
        ['user', 'quero sumir'],
        ['assistant', 'Você pensa em se machucar?'],
        ['user', 'kkkk não, do grupo do trabalho'],
      ],
      [
        ['user', 'voglio sparire'],
        ['assistant', 'Pensi al suicidio?'],
        ['user', 'ma no 😅 dalla chat di classe'],
      ],
    ];
    for (const turns of cases) {
      const before = read(turns[0] as Turn);
      const triage = read(...turns);
      expect(before.level, turns[0]?.[1]).not.toBe('none');
      expect(triage.level, turns[2]?.[1]).toBe('none');
      expect(cleared(triage), turns[2]?.[1]).toBe(true);
    }
  });

  it('an ambiguous "ending it tonight" named as something else leaves no floor', () => {
    const triage = read(
      ['user', 'ok thats it im ending it tonight'],
      ['assistant', 'That worries me. Are you thinking about ending your life?'],
      ['user', 'omg no 😭 the group chat!! leaving it tonight, too much drama'],
    );
    expect(triage.level).toBe('none');
    // The time in the correcting reply does not make the floor a plan again.
    expect(triage.signals.some((s) => s.id === 'context:plan_with_time' && s.message === 2)).toBe(
      false,
    );
    expect(
      read(
        ['user', 'voy a acabar con todo esta noche'],
        ['assistant', '¿Piensas en quitarte la vida?'],
        ['user', 'nooo hablaba del trabajo jaja'],
      ).level,
    ).toBe('none');
  });

  it('a plan worded with death or the self keeps its floor however the thing is named', () => {
    const triage = read(
      ['user', 'im going to kill myself tonight'],
      ['assistant', 'I am really worried. Are you safe?'],
      ['user', 'lol no my essay is due'],
    );
    expect(triage.level).not.toBe('none');
    expect(triage.signals.some((s) => s.id === 'context:clarified_floor')).toBe(true);
  });
});

describe('conversation: what is not a clarification', () => {
  it('minimising after a plan or preparation keeps it (it is not "I meant")', () => {
    const plan = read(
      ['user', 'im ending it tonight, i have decided'],
      ['assistant', 'Thank you for telling me. Are you thinking about suicide?'],
      ['user', 'lol jk forget it, its nothing'],
    );
    expect(plan.level).toBe('imminent');
    expect(cleared(plan)).toBe(false);
    const preparation = read(
      ['user', 'i wrote goodbye letters to my family and gave my dog to the neighbours'],
      ['assistant', 'Those sound like big steps. Are you thinking about ending your life?'],
      ['user', 'haha no not like that. ignore me, im being dramatic'],
    );
    expect(cleared(preparation)).toBe(false);
    expect(['high', 'imminent']).toContain(preparation.level);
    for (const reply of [
      'olvídalo, no es nada jaja',
      'laisse tomber mdr, c’est rien',
      'lascia stare, non è niente',
    ]) {
      const triage = read(
        ['user', 'tengo todo pensado para el sábado'],
        ['assistant', '¿Estás pensando en quitarte la vida?'],
        ['user', reply],
      );
      expect(cleared(triage), reply).toBe(false);
    }
  });

  it('naming a person is not naming a thing', () => {
    const triage = read(
      ['user', 'im going to kill him'],
      ['assistant', 'Who do you mean?'],
      ['user', 'lol my brother, he ate my leftovers again'],
    );
    expect(cleared(triage)).toBe(false);
    expect(triage.level).not.toBe('none');
  });

  it('a "no" to "are you safe?" is not a correction', () => {
    const triage = read(
      ['user', 'im ending it tonight, i have decided'],
      ['assistant', 'Are you safe right now?'],
      ['user', 'no. the house is empty'],
    );
    expect(cleared(triage)).toBe(false);
    expect(triage.level).toBe('imminent');
  });

  it('a reply that says something new with a cue in it is not a correction', () => {
    const triage = read(
      ['user', 'i want to die'],
      ['assistant', 'Are you thinking about suicide?'],
      ['user', 'lol no the pills would be easier'],
    );
    expect(cleared(triage)).toBe(false);
  });
});

describe('conversation: dark humour and answers are not corrections', () => {
  const asked: Turn = ['assistant', 'Are you thinking about suicide?'];
  it('a statement opened by an abstract noun, a cue set aside or a yes keeps the risk', () => {
    for (const reply of [
      'haha the worst part is nobody would even notice',
      'lol the problem is i mean it',
      'lol the thought is always there',
    ]) {
      const triage = read(['user', 'i want to die'], asked, ['user', reply]);
      expect(cleared(triage), reply).toBe(false);
      expect(triage.level, reply).not.toBe('none');
    }
    const yes = read(
      ['user', 'quiero morirme'],
      ['assistant', '¿Piensas en suicidarte?'],
      ['user', 'jaja la verdad es que sí'],
    );
    expect(cleared(yes)).toBe(false);
  });
});

describe('conversation: someone else preparing', () => {
  it('two different signs about someone else are a third-party concern with preparation', () => {
    const cases: Turn[][] = [
      [
        ['user', 'my aunt has been really low since the divorce. she gave her rings to my cousin'],
        ['assistant', 'What else have you noticed?'],
        ['user', 'she sorted out her will last week and says she has made her peace'],
      ],
      [
        ['user', 'mi tía está rara, regaló sus anillos a mi prima'],
        ['assistant', '¿Y qué más?'],
        ['user', 'hizo el testamento y se despidió de todos en la comida del domingo'],
      ],
      [
        ['user', 'meine Oma hat ihren Schmuck verschenkt'],
        ['assistant', 'Wie geht es ihr?'],
        [
          'user',
          'sie hat ihr Testament gemacht und sagt, wir sollen uns keine Sorgen um sie machen',
        ],
      ],
      [
        ['user', 'ma mère a donné ses bijoux à ma sœur'],
        ['assistant', 'Comment va-t-elle ?'],
        ['user', 'elle a fait son testament et a dit au revoir à tout le monde'],
      ],
      [
        ['user', 'o meu avô deu o relógio dele ao meu primo'],
        ['assistant', 'E como ele está?'],
        ['user', 'fez o testamento e se despediu de todo mundo, tô com medo'],
      ],
      [
        ['user', 'mia nonna ha regalato i suoi gioielli a mia cugina'],
        ['assistant', 'Come sta?'],
        ['user', 'ha fatto testamento e ha salutato tutti, sono preoccupata'],
      ],
    ];
    for (const turns of cases) {
      const triage = read(...turns);
      expect(triage.level, turns[0]?.[1]).toBe('high');
      expect(triage.categories).toContain('third_party');
      expect(triage.signals.some((s) => s.id === 'context:someone_else_preparing')).toBe(true);
    }
  });

  it('one sign, or signs a move or a retirement explains, are not', () => {
    expect(
      read(
        ['user', 'my gran gave her rings to my cousin'],
        ['assistant', 'Aw'],
        ['user', 'yeah she is lovely'],
      ).level,
    ).toBe('none');
    expect(
      read(
        ['user', 'my uncle is retiring to the coast so he gave his tools to my brother'],
        ['assistant', 'Nice!'],
        ['user', 'yeah and he sorted out his will with a lawyer, he is so happy'],
      ).level,
    ).toBe('none');
  });
});

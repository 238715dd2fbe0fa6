import { describe, expect, it } from 'vitest';
import { conversationLanguage } from '../../src/triage/conversation.js';
import { createTriage } from '../../src/triage/engine.js';
import {
  hasLive as has,
  modelReading,
  turnsOf,
  type Turn,
} from '../helpers/conversation-triage.js';

// The clarification-shape round: a clarification is read by its shape (the assistant checks in,
// the person gives an everyday referent, explains the figure of speech or corrects who it was
// about, with no fresh risk), not by a list of phrases; look-alikes that carry risk keep it.
// Places and names are invented; no method detail.
const rules = createTriage({ model: null });
const read = (...turns: Turn[]) => rules.triageConversation(turnsOf(turns)).triage;
const CRISIS = ['high', 'imminent'];

describe('clarification shape: the everyday referent after a check-in', () => {
  it('clears a plan said in ambiguous words when the reply names the thing, unmarked (en, es, it)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'I have decided. I am going to end it on saturday.'],
        ['assistant', 'When you say end it, do you mean ending your life?'],
        ['user', 'No, sorry! the lease. giving notice on the flat, I am done with that landlord'],
      ],
      [
        ['user', 'Ya está decidido, el sábado acabo con todo.'],
        ['assistant', '¿Cuando dices acabar con todo, hablas de tu vida?'],
        ['user', '¡Qué va! Con el gimnasio. Pago y no voy nunca, el sábado me doy de baja.'],
      ],
      [
        ['user', 'stanotte chiudo con tutto e non torno più indietro'],
        ['assistant', 'Stai pensando di toglierti la vita?'],
        ['user', "ma no, scusa! chiudo con la palestra, disdico l'abbonamento stanotte"],
      ],
    ];
    for (const turns of cases) {
      expect(CRISIS, turns[0]?.[1]).toContain(read(...turns.slice(0, 1)).level);
      const after = read(...turns);
      expect(after.level, turns[2]?.[1]).toBe('none');
      expect(has(after, 'context:clarification'), turns[2]?.[1]).toBe(true);
    }
  });

  it('reads a means given an everyday purpose as the thing named (de, en)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'hab das seil jetzt gekauft, heute abend ist es so weit'],
        ['assistant', 'Ich mache mir Sorgen. Denkst du daran, dir das Leben zu nehmen?'],
        ['user', 'nee 🙈 das seil für die hängematte! heute abend bau ich sie im garten auf'],
      ],
      [
        ['user', 'got the rope today. tonight is the night'],
        ['assistant', 'I am worried about you. Are you thinking of ending your life?'],
        ['user', 'omg no 😅 the rope for the tree swing! tonight we finally hang it for the kids'],
      ],
    ];
    for (const turns of cases) expect(read(...turns).level, turns[2]?.[1]).toBe('none');
  });

  it('does not read a means as cleared when what it is for is the person or nothing', () => {
    for (const reply of ['nee. das seil für mich. heute abend.', 'nee 🙈 das seil. heute abend.']) {
      const turns: Turn[] = [
        ['user', 'hab das seil jetzt gekauft, heute abend ist es so weit'],
        ['assistant', 'Ich mache mir Sorgen. Denkst du daran, dir das Leben zu nehmen?'],
        ['user', reply],
      ];
      expect(CRISIS, reply).toContain(read(...turns).level);
    }
  });
});

describe('clarification shape: who it was about', () => {
  // The rules read nothing in the first turn; the model reads it as suicidal talk.
  const model = modelReading((t) => /(acabando tudo|tout s.écroule|affondando tutto)/i.test(t));
  const withModel = createTriage({ model });
  it('clears a turn the model read when the reply says not me and names the thing (pt, fr, it)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'tá acabando tudo, não tem mais volta'],
        ['assistant', 'Como assim? Você tá bem?'],
        ['user', 'não é comigo não! são os peixes do aquário, o filtro quebrou. eu to bem'],
      ],
      [
        ['user', 'tout s’écroule, je vais pas tenir'],
        ['assistant', 'Qu’est-ce que tu veux dire ? Tu vas bien ?'],
        ['user', 'pas moi ! la boutique, on ferme fin juin. je suis juste triste'],
      ],
      [
        ['user', 'sta affondando tutto e non c’è più niente da fare'],
        ['assistant', 'Cosa intendi? Stai pensando di farti del male?'],
        ['user', 'no no, non io, la barca di mio zio! ha una falla enorme'],
      ],
    ];
    for (const turns of cases) {
      const before = withModel.triageConversation(turnsOf(turns.slice(0, 1))).triage;
      expect(before.level, turns[0]?.[1]).not.toBe('none');
      const after = withModel.triageConversation(turnsOf(turns)).triage;
      expect(after.level, turns[2]?.[1]).toBe('none');
    }
  });
});

describe('clarification shape: what is no clarification', () => {
  const model = modelReading((t) => /(alles beenden|parar tudo)/i.test(t));
  const withModel = createTriage({ model });
  it('keeps the risk when "I meant" is followed by everything or the person (de, pt, fr)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'Ich will einfach alles beenden.'],
        ['assistant', 'Meinst du damit deinen Job oder dein Leben?'],
        ['user', 'Ich meinte alles. Nicht den Job. Mich.'],
      ],
      [
        ['user', 'quero parar tudo'],
        ['assistant', 'Parar o quê? O trabalho, ou você pensa em acabar com a sua vida?'],
        ['user', 'eu quis dizer tudo. tudo mesmo'],
      ],
    ];
    for (const turns of cases) {
      const triage = withModel.triageConversation(turnsOf(turns)).triage;
      expect(triage.level, turns[2]?.[1]).not.toBe('none');
      expect(has(triage, 'context:clarification'), turns[2]?.[1]).toBe(false);
    }
  });

  it('keeps a crisis after deflection, a mood waved away, an apology or a change of subject', () => {
    const opening: Turn[] = [
      ['user', 'i wrote the letters and put the pills by the bed. tonight it ends'],
      ['assistant', 'I am really worried about you. Are you thinking about ending your life?'],
    ];
    for (const reply of [
      'why do you even care',
      'lol no just tired. forget i said anything',
      'sorry. shouldnt have written that. sorry',
      'can we talk about something else? what should i cook tonight',
    ]) {
      expect(CRISIS, reply).toContain(read(...opening, ['user', reply]).level);
    }
  });

  it('does not take a thing named in answer to a question about method or a plan as a correction', () => {
    const triage = read(
      ['user', 'i have been thinking about killing myself every night'],
      ['assistant', 'Thank you for telling me. Have you thought about how you would do it?'],
      ['user', 'the car. in the garage at night'],
    );
    expect(triage.level).not.toBe('none');
    expect(has(triage, 'context:clarification')).toBe(false);
  });

  it('does not clear preparation said plainly in answer to "what do you mean?"', () => {
    // The model reads the first turn as a crisis; the answer names letters and goes on.
    const model = modelReading((t) => /this year/i.test(t));
    const triage = createTriage({ model }).triageConversation(
      turnsOf([
        ['user', 'i lost everything this year and i cant go on. i am ready now'],
        ['assistant', 'What do you mean?'],
        ['user', 'the letters for my kids are written and in the drawer'],
      ]),
    ).triage;
    expect(CRISIS).toContain(triage.level);
    expect(has(triage, 'context:clarification')).toBe(false);
  });
});

describe('clarification shape: each language reads its own determiners', () => {
  it('guesses the conversation language from its function words, or leaves it open', () => {
    const en = turnsOf([
      ['user', 'i have the pills lined up'],
      ['assistant', 'Are you thinking about ending your life?'],
      ['user', 'no. i mean. idk. i just feel heavy'],
    ]);
    const it_ = turnsOf([
      ['user', 'stasera la faccio finita, non ce la faccio più'],
      ['assistant', 'Intendi che stai pensando di toglierti la vita?'],
      ['user', 'ma no 😅 i compiti di matematica! sono tantissimi'],
    ]);
    expect(conversationLanguage(en, undefined)).toBe('en');
    expect(conversationLanguage(it_, undefined)).toBe('it');
    expect(conversationLanguage(turnsOf([['user', 'ok']]), undefined)).toBeUndefined();
    expect(conversationLanguage(en, 'de')).toBe('de');
  });

  it('reads the Italian article "i" in Italian and never "i wish" as a thing named in English', () => {
    const italian = read(
      ['user', 'stasera la faccio finita, ho deciso'],
      ['assistant', 'Intendi che stai pensando di toglierti la vita?'],
      ['user', 'ma no 😅 i compiti di matematica! stasera li finisco e basta'],
    );
    expect(italian.level).toBe('none');
    // The model reads the first turn as a crisis; "i wish" names no thing in English.
    const model = modelReading((t) => /on the desk/i.test(t));
    const english = createTriage({ model }).triageConversation(
      turnsOf([
        ['user', 'i have the pills lined up on the desk'],
        ['assistant', 'Are you thinking about ending your life?'],
        ['user', 'no lol i wish. i just feel heavy'],
      ]),
    ).triage;
    expect(english.level).not.toBe('none');
    expect(has(english, 'context:clarification')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/triage/engine.js';
import {
  hasLive as has,
  modelReading,
  turnsOf,
  type Turn,
} from '../helpers/conversation-triage.js';

// Risk across turns: someone else's preparation told by a worried person, a farewell to the helper
// after distress (and a goodbye for now that is none), a means beside a thought of suicide that a
// change of topic does not lower, and a clearing reply the model may not raise.
const engine = createTriage({ model: null });
const read = (...turns: Turn[]) => engine.triageConversation(turnsOf(turns)).triage;
const CRISIS = ['high', 'imminent'];

describe('someone else preparing: talk of dying, care handed over, a letter, thanks', () => {
  const cases: Array<[string, Turn[]]> = [
    [
      'en',
      [
        ['user', "my uncle hasn't left the flat in weeks, he keeps talking about dying"],
        ['assistant', 'That sounds worrying. Anything else?'],
        [
          'user',
          "on sunday he gave my cousin his fishing rods and his van. i don't know what to think",
        ],
      ],
    ],
    [
      'es',
      [
        ['user', 'mi tía está rarísima, habla de morirse todo el tiempo'],
        ['assistant', '¿Ha hecho algo más?'],
        ['user', 'me regaló su anillo y me pidió que cuide a su gata por ella'],
      ],
    ],
    [
      'fr',
      [
        ['user', 'ma coloc ne sort plus de sa chambre, elle parle de mourir'],
        ['assistant', 'Elle a fait autre chose ?'],
        ['user', "elle m'a donné sa guitare et m'a laissé une lettre pour ses parents"],
      ],
    ],
    [
      'de',
      [
        ['user', 'mein Nachbar redet seit Tagen nur vom Sterben'],
        ['assistant', 'Hat er sonst etwas gemacht?'],
        ['user', 'heut hat er mir seinen Hund gegeben, ich soll mich um ihn kümmern'],
      ],
    ],
    [
      'pt',
      [
        ['user', 'meu primo só fala em morrer ultimamente'],
        ['assistant', 'Ele fez mais alguma coisa?'],
        ['user', 'deu o violão dele pro meu irmão e deixou uma carta pra minha tia'],
      ],
    ],
    [
      'it',
      [
        ['user', 'mia nonna parla di morire da settimane'],
        ['assistant', 'Ha fatto altro?'],
        ['user', "mi ha regalato l'orologio del nonno e mi ha ringraziato per tutto"],
      ],
    ],
  ];
  for (const [lang, turns] of cases) {
    it(`${lang}: two signs across turns are a third-party concern with preparation`, () => {
      const triage = read(...turns);
      expect(triage.level).toBe('high');
      expect(triage.categories).toContain('third_party');
      expect(has(triage, 'context:someone_else_preparing')).toBe(true);
      // The writer is worried, not at risk: the writer's own C-SSRS stays 0.
      expect(triage.cssrs).toBe(0);
    });
  }

  it('one sign alone is no preparation (talk of dying after a diagnosis, then supper)', () => {
    const triage = read(
      ['user', 'my uncle keeps talking about dying since the diagnosis'],
      ['assistant', 'That must be hard.'],
      ['user', 'yeah. anyway what should i cook tonight'],
    );
    expect(has(triage, 'context:someone_else_preparing')).toBe(false);
    expect(CRISIS).not.toContain(triage.level);
  });
});

describe('a farewell to the helper after distress', () => {
  it('thanking for the talks and wishing them well after hopelessness is preparation', () => {
    const triage = read(
      ['user', 'everything feels pointless lately, i cant see a way out'],
      ['assistant', "I'm sorry. Do you want to talk about it?"],
      ['user', 'nah. thanks for listening all these months tho. look after yourself'],
    );
    expect(CRISIS).toContain(triage.level);
    const farewell = triage.signals.find(
      (s) => s.id === 'context:preparation_after_distress' && s.message === 2,
    );
    // Explainable: the farewell cites the distress it rests on and its turn.
    expect(farewell?.reason).toContain('message 0');
  });

  const forNow: Array<[string, Turn[]]> = [
    [
      'es',
      [
        ['user', 'semana horrible, estoy agotada, no puedo más con el curro'],
        ['assistant', 'Qué pesado.'],
        ['user', 'bueno, gracias por todo, cuidate, ¡hasta mañana!'],
      ],
    ],
    [
      'fr',
      [
        ['user', "semaine pourrie, j'en peux plus de ce boulot"],
        ['assistant', 'Ça a l’air dur.'],
        ['user', 'bref, merci pour tout, prends soin de toi, à demain !'],
      ],
    ],
    [
      'de',
      [
        ['user', 'die Woche war echt beschissen'],
        ['assistant', 'Klingt anstrengend.'],
        ['user', 'egal, danke für alles, pass auf dich auf, bis morgen!'],
      ],
    ],
    [
      'pt',
      [
        ['user', 'semana horrível, to exausta'],
        ['assistant', 'Que puxado.'],
        ['user', 'enfim, obrigada por tudo, se cuida, até amanhã!'],
      ],
    ],
    [
      'it',
      [
        ['user', 'settimana orribile, sono distrutta'],
        ['assistant', 'Che fatica.'],
        ['user', 'vabbè, grazie di tutto, abbi cura di te, a domani!'],
      ],
    ],
  ];
  for (const [lang, turns] of forNow) {
    it(`${lang}: a goodbye that says when the person is back is a goodbye for now`, () => {
      const triage = read(...turns);
      expect(triage.level).toBe('none');
      const farewells = triage.signals.filter((s) => /prep\.farewell_words/.test(s.id));
      for (const s of farewells) expect(s.scopedOut).toBe('everyday');
    });
  }

  it('a "see you" after suicidal talk does not set the farewell aside', () => {
    const triage = read(
      ['user', 'i keep thinking about killing myself'],
      ['assistant', 'Thank you for telling me. Are you safe right now?'],
      ['user', 'thank you for everything. see you tomorrow maybe'],
    );
    expect(CRISIS).toContain(triage.level);
  });
});

describe('a means beside a thought of suicide, then a change of topic', () => {
  it('is a method in mind (C-SSRS 3) that the next topic does not lower', () => {
    const triage = read(
      ['user', 'ich denk seit Tagen dran mich umzubringen, die Tabletten hab ich schon im Schrank'],
      ['assistant', 'Bist du gerade sicher?'],
      ['user', 'egal. welcher film läuft heute?'],
    );
    expect(has(triage, 'context:ideation_with_means')).toBe(true);
    expect(triage.cssrs).toBeGreaterThanOrEqual(3);
    expect(CRISIS).toContain(triage.level);
    // The means itself is no cue a time in the next turn makes a plan of.
    const withTime = triage.signals.find((s) => s.id === 'context:plan_with_time');
    expect(withTime?.reason ?? '').not.toContain('Tabletten');
  });

  it('a chosen place said with a determiner counts; a negated means does not', () => {
    const place = read(
      ['user', "je pense à me suicider depuis un mois, j'ai trouvé l'endroit"],
      ['assistant', 'Tu es en sécurité ?'],
      ['user', 'bref, tu regardes le match ce soir ?'],
    );
    expect(has(place, 'context:ideation_with_means')).toBe(true);
    const never = read(['user', "i think about killing myself, i'd never touch the pills though"]);
    expect(has(never, 'context:ideation_with_means')).toBe(false);
  });
});

describe('clearing up', () => {
  it('the model may not vouch for a cue in the reply that clears up ("deleting my socials")', () => {
    const withModel = createTriage({ model: modelReading((t) => /vanish|socials/i.test(t)) });
    const triage = withModel.triageConversation(
      turnsOf([
        ['user', 'i wanna vanish for a bit, just disappear'],
        ['assistant', 'When you say disappear, do you mean thoughts of dying?'],
        [
          'user',
          'oh no, I see how that sounded. I mean a break from my phone, deleting my socials for a month',
        ],
      ]),
    ).triage;
    expect(triage.signals.some((s) => s.id === 'context:clarification')).toBe(true);
    expect(triage.level).toBe('none');
  });

  it('the same words said again in the frame that explains them leave no floor', () => {
    const triage = read(
      ['user', 'heute ist Schluss, endgültig'],
      ['assistant', 'Das klingt ernst. Denkst du daran, dir das Leben zu nehmen?'],
      ['user', 'oh gott nein, sorry für den Schreck! mit der Lena mach ich Schluss, es reicht'],
    );
    expect(has(triage, 'context:clarified_floor')).toBe(false);
    expect(triage.level).toBe('none');
  });

  it('pt-PT: a question "estás a pensar em pôr fim à vida?" makes the reply read for a correction', () => {
    const withModel = createTriage({ model: modelReading((t) => /acabar com tudo/i.test(t)) });
    const triage = withModel.triageConversation(
      turnsOf([
        ['user', 'vou acabar com tudo hoje'],
        ['assistant', 'Estás a pensar em pôr fim à vida?'],
        ['user', 'não, credo! desculpa, era o ginásio. hoje acabo com o ginásio'],
      ]),
    ).triage;
    expect(triage.level).toBe('none');
  });

  it('owning the wording clears up in six languages', () => {
    const replies: Array<[string, string]> = [
      [
        'I’m going to end it tonight',
        'oh no, that came out so wrong — I worded that badly, the lease',
      ],
      ['esta noche lo termino todo', 'ay no, me expresé mal jaja, el contrato del piso'],
      ['ce soir je mets fin à tout', 'oh non, je me suis mal exprimée, le bail de l’appart'],
      ['heute Nacht beende ich alles', 'oh nein, hab mich blöd ausgedrückt, den Handyvertrag'],
      ['hoje à noite acabo com tudo', 'ai não, me expressei mal kkk, o contrato do apê'],
      [
        'stanotte la faccio finita con tutto',
        'no scusa, mi sono espressa male, il contratto di affitto',
      ],
    ];
    for (const [first, reply] of replies) {
      const triage = read(['user', first], ['assistant', 'Are you safe?'], ['user', reply]);
      expect(
        triage.signals.some((s) => s.id === 'context:clarification'),
        reply,
      ).toBe(true);
    }
  });
});

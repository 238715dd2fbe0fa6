import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/engine.js';

// Risk read across turns: a sign that counts only because of what an earlier turn said. Rules
// only (no model), so each case says what the words alone carry. Places are invented.
const engine = createTriage({ model: null });
type Turn = [Role, string];
const read = (...turns: Turn[]) =>
  engine.triageConversation(turns.map(([role, content]) => ({ role, content }))).triage;
const CRISIS = ['high', 'imminent'];

describe('conversation: a lethality question after distress in an earlier turn', () => {
  const cases: Turn[][] = [
    [
      ['user', 'honestly awful. nothing has felt worth it since the divorce'],
      ['assistant', "I'm sorry. That sounds really hard."],
      ['user', 'could someone survive it from the top of the car park on dunmore street?'],
    ],
    [
      ['user', 'estoy fatal, ya nada me importa'],
      ['assistant', 'Lo siento mucho. ¿Quieres contarme qué pasa?'],
      ['user', 'oye, y desde la torre de san telmo se sobrevive?'],
    ],
    [
      ['user', 'je suis à bout, plus rien a de sens'],
      ['assistant', 'Je suis désolé. Tu veux en parler ?'],
      ['user', 'le vieux pont de morlac, on y survit ?'],
    ],
    [
      ['user', 'mir gehts richtig mies seit wochen'],
      ['assistant', 'Das tut mir leid. Was ist passiert?'],
      ['user', 'egal. der steinbruch hinter felsdorf, würde man das überleben?'],
    ],
    [
      ['user', 'to na bad demais, nada faz sentido'],
      ['assistant', 'Sinto muito. Quer conversar sobre isso?'],
      ['user', 'qual prédio daqui é alto o bastante pra não ter volta?'],
    ],
    [
      ['user', 'sto malissimo, mi sento inutile'],
      ['assistant', 'Mi dispiace. Vuoi parlarne?'],
      ['user', 'dalla torre di rocca alta si sopravvive?'],
    ],
  ];
  it.each(cases.map((c) => [c[2]?.[1] ?? '', c] as const))('%s', (_, turns) => {
    expect(CRISIS).toContain(read(...turns).level);
  });
});

describe('conversation: a question naming a place after suicidal talk, past a topic change', () => {
  it('keeps the earlier wish to die in mind (en, fr)', () => {
    expect(CRISIS).toContain(
      read(
        ['user', 'honestly i wish i was dead most days'],
        ['assistant', "I'm really glad you told me. How long has it felt like this?"],
        ['user', 'dunno. anyway whats on tv tonight'],
        ['assistant', 'There are a few films on. Want some ideas?'],
        ['user', 'nah. is the roof of the old mill on tanner lane still easy to get onto?'],
      ).level,
    );
    expect(CRISIS).toContain(
      read(
        ['user', "j'aimerais m'endormir et ne plus me réveiller"],
        ['assistant', 'Merci de me le dire. Depuis quand tu te sens comme ça ?'],
        ['user', 'longtemps. au fait, le viaduc de la vallée est toujours ouvert aux piétons ?'],
      ).level,
    );
  });
});

describe('conversation: not being around much longer, after suicidal talk or with a farewell', () => {
  it('is intent after suicidal talk (en, it, pt)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'thinking about killing myself again'],
        ['assistant', 'Thank you for telling me. Are you safe right now?'],
        ['user', "whatever. i won't be around for my birthday anyway"],
      ],
      [
        ['user', 'penso spesso di farla finita'],
        ['assistant', 'Grazie per avermelo detto. Sei al sicuro adesso?'],
        ['user', 'lascia perdere, tanto a natale non ci sarò più'],
      ],
      [
        ['user', 'penso em me matar todo dia'],
        ['assistant', 'Obrigado por me contar. Você está em segurança agora?'],
        ['user', 'deixa pra lá. não vou estar aqui no fim do mês mesmo'],
      ],
    ];
    for (const turns of cases) expect(CRISIS).toContain(read(...turns).level);
  });

  it('vouches for a farewell to the helper in an earlier turn (en, es)', () => {
    expect(CRISIS).toContain(
      read(
        ['user', 'thanks for everything, honestly'],
        ['assistant', 'Of course! Is everything alright?'],
        ['user', 'just wanted to say it properly. this is goodbye, we wont talk again'],
      ).level,
    );
    expect(CRISIS).toContain(
      read(
        ['user', 'gracias por todo, de verdad'],
        ['assistant', '¡De nada! ¿Va todo bien?'],
        ['user', 'solo quería decirlo bien. no volveremos a hablar'],
      ).level,
    );
  });
});

describe('conversation: a place detail asked after distress the rules read', () => {
  it('counts a question about height, a railing or the place after dark (en, de, es)', () => {
    const cases: Turn[][] = [
      [
        ['user', 'lost my job on friday and the flat goes with it. nothing matters anymore'],
        ['assistant', "I'm so sorry. That's a lot at once."],
        ['user', 'yeah. is the old viewpoint over the gorge at brackwell open after dark'],
      ],
      [
        ['user', 'seit der Kündigung ist alles sinnlos'],
        ['assistant', 'Das klingt sehr schwer. Wie geht es dir?'],
        ['user', 'mies. wie hoch is eigentlich der Damm oben bei Steinau?'],
      ],
      [
        ['user', 'no doy más, me dejó mi pareja y me echaron del piso'],
        ['assistant', 'Lo siento mucho. ¿Cómo estás?'],
        ['user', 'fatal. ¿el puente colgante de las hoces tiene barandilla?'],
      ],
    ];
    for (const turns of cases) expect(CRISIS).toContain(read(...turns).level);
  });
});

describe('conversation: waving away a sign of preparation in the next turn', () => {
  it('vouches for the sign when nothing else is named', () => {
    expect(CRISIS).toContain(
      read(
        ['user', 'sorted out my will and wrote a note for my sister, its on the dresser'],
        ['assistant', 'That sounds like a lot. How are you doing?'],
        ['user', 'ignore me lol. whats a good pizza place near the station?'],
      ).level,
    );
  });
});

describe('conversation: a clarification in so many words that says the words again', () => {
  it('sets aside the repeated words, however long the reply', () => {
    const triage = read(
      ['user', 'quiero acabar con todo'],
      ['assistant', '¿Estás pensando en hacerte daño?'],
      [
        'user',
        'no no, me expliqué mal!! quiero acabar con todo el papeleo del piso antes del viernes, estoy bien, solo agobiada con tantos formularios y llamadas y cosas pendientes en el trabajo',
      ],
    );
    expect(triage.level).toBe('none');
  });
});

describe('conversation: everyday lookalikes of these signs stay none', () => {
  const cases: Turn[][] = [
    [
      ['user', 'ugh awful day at work'],
      ['assistant', 'Sorry to hear that. What happened?'],
      ['user', 'long story. is the train to kelby still running tonight?'],
    ],
    [
      ['user', 'feeling a bit low this week'],
      ['assistant', "I'm sorry. Want to talk about it?"],
      ['user', 'maybe later. do you know if the bridge club meets on thursdays?'],
    ],
    [
      ['user', "i'm moving to porto next month so i won't be around for book club anymore"],
      ['assistant', 'That is exciting! How do you feel about it?'],
      ['user', "thanks for everything, you've all been great"],
    ],
    [
      ['user', 'in ashfall my character has to leap off the tower'],
      ['assistant', 'Oh, the game? Where are you stuck?'],
      ['user', 'could he survive it if i use the glider first?'],
    ],
    [
      ['user', 'signed the lease today!! no way back now haha'],
      ['assistant', 'Congratulations! How are you feeling?'],
      ['user', 'nervous but happy'],
    ],
    [
      ['user', 'estoy agotada con la mudanza'],
      ['assistant', 'Me imagino. ¿Adónde te mudas?'],
      ['user', 'a valencia, ya no voy a estar por aquí el mes que viene. nuevo trabajo!'],
    ],
    [
      ['user', 'Ich gehe nächste Woche in Rente'],
      ['assistant', 'Glückwunsch! Wie fühlt sich das an?'],
      ['user', 'gut! ab Montag brauch ich das alles nicht mehr, keine Frühschichten'],
    ],
    [
      ['user', 'ugh awful day'],
      ['assistant', 'Sorry to hear that. Want to talk about it?'],
      ['user', 'nah. how tall is the christmas tree in the square this year?'],
    ],
    [
      ['user', 'picked the day for the party, its saturday!'],
      ['assistant', 'Fun! Who is coming?'],
      ['user', 'forget it, ill tell you later lol'],
    ],
    [
      ['user', 'ya elegí el día, será el sábado'],
      ['assistant', '¿El día de qué?'],
      ['user', 'olvídalo jaja, la boda de mi prima, estoy nerviosa'],
    ],
    [
      ['user', 'wrote letters to my kids tonight'],
      ['assistant', 'That sounds meaningful. What made you write them?'],
      ['user', 'ignore me lol, the school asked parents to write one for their time capsule'],
    ],
  ];
  it.each(cases.map((c) => [c[2]?.[1] ?? '', c] as const))('%s', (_, turns) => {
    expect(read(...turns).level).toBe('none');
  });
});

/**
 * `triage@37`: a direct question about suicide left unanswered. A crisis worker who asks "are you
 * thinking about suicide?" and hears neither yes nor no hears a possible yes and asks again. Every
 * wording here is fresh; places and names are invented; no method detail.
 */
import { describe, expect, it } from 'vitest';
import { triageConversation } from '../../src/triage/index.js';
import { hasLive as has, turnsOf, type Turn } from '../helpers/conversation-triage.js';

const read = (...turns: Turn[]) => triageConversation(turnsOf(turns)).triage;
const CRISIS = ['high', 'imminent'];
const UNANSWERED = 'context:suicide_question_unanswered';

describe('a direct question about suicide left unanswered', () => {
  it('makes a means named in an earlier turn a means in mind (en)', () => {
    const after = read(
      ['user', 'been keeping the tow rope in the boot since sunday. dunno why i told you that'],
      ['assistant', 'Thank you for telling me. Are you thinking about ending your life?'],
      ['user', 'eh. what time does the chippy on Vale Road shut'],
    );
    expect(CRISIS).toContain(after.level);
    expect(has(after, UNANSWERED)).toBe(true);
    expect(has(after, 'context:means_named_before_unanswered_question')).toBe(true);
    const means = after.signals.find(
      (s) => s.id === 'context:means_named_before_unanswered_question',
    );
    expect(means?.span.text).toBe('rope');
    expect(means?.message).toBe(0);
  });

  it('lets a cue that needed suicidal talk count: leaving for good, then "esquece isso" (pt)', () => {
    const without = read(['user', 'depois do natal já não vou estar por aqui, é o que é']);
    expect(without.level).toBe('none');
    const after = read(
      ['user', 'depois do natal já não vou estar por aqui, é o que é'],
      ['assistant', 'Fico preocupada contigo. Estás a pensar em pôr fim à tua vida?'],
      ['user', 'esquece isso. como é que se faz bacalhau com natas'],
    );
    expect(CRISIS).toContain(after.level);
    const lifted = after.signals.find((s) => s.id === 'context:not_around');
    expect(lifted?.scopedOut).toBeUndefined();
    expect(lifted?.reason).toContain('unanswered');
  });

  it('is thoughts of suicide that cannot be ruled out on its own: "no me preguntes eso" (es)', () => {
    const before = read(
      ['user', 'la verdad es que últimamente me cuesta todo'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'no, solo estoy cansada. mejor dime una serie para ver'],
    );
    expect(before.level).toBe('none');
    const after = read(
      ['user', 'la verdad es que últimamente me cuesta todo'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'no me preguntes eso. mejor dime una serie para ver'],
    );
    expect(after.level).toBe('moderate');
    const signal = after.signals.find((s) => s.id === UNANSWERED);
    expect(signal?.cssrs).toBe(2);
    expect(signal?.span.text).toBe('no me preguntes eso');
  });

  it('reads "weiß nicht" as no answer, not as a no (de)', () => {
    const after = read(
      ['user', 'seit Mama tot ist, ist alles so sinnlos'],
      ['assistant', 'Denkst du daran, dir das Leben zu nehmen?'],
      ['user', 'weiß nicht. ist eh egal'],
    );
    expect(has(after, UNANSWERED)).toBe(true);
    expect(after.level).not.toBe('none');
  });

  it('reads "bem" as "very", not as fine, before a low word (pt)', () => {
    const asked: Turn[] = [
      ['user', 'não aguento mais nada'],
      ['assistant', 'Você está pensando em se matar?'],
    ];
    const veryTired = read(...asked, ['user', 'tô bem cansada disso tudo, só isso']);
    expect(has(veryTired, UNANSWERED)).toBe(true);
    const fine = read(...asked, ['user', 'tô bem, só cansada']);
    expect(has(fine, UNANSWERED)).toBe(false);
  });

  it('reads a question about planning to die as a question about intent (de, words between)', () => {
    const after = read(
      ['user', 'am Wochenende ist dann endlich Ruhe'],
      ['assistant', 'Das macht mir Sorgen. Planst du, dir am Wochenende das Leben zu nehmen?'],
      ['user', 'ja'],
    );
    expect(CRISIS).toContain(after.level);
    expect(has(after, 'context:answered_intent')).toBe(true);
  });
});

describe('a direct question about suicide answered', () => {
  const opening: Turn = ['user', 'honestly so done with everything this week'];
  const question: Turn = ['assistant', 'That sounds like a lot. Are you thinking about suicide?'];

  it.each([
    ['a plain no', 'no, just worn out'],
    ['a denial with an expletive', 'god no. fml the rota is a joke, that is all'],
    ['a negation among the first words', "I'm not, I just need a holiday"],
    ["an I'm fine said late", "haha, the week was mad but I'm fine really"],
  ])('keeps the conversation at none after %s', (_why, reply) => {
    const after = read(opening, question, ['user', reply]);
    expect(has(after, UNANSWERED)).toBe(false);
    expect(after.level).toBe('none');
  });

  it('raises it when the same question is waved away', () => {
    const after = read(opening, question, ['user', 'forget it. what are you up to']);
    expect(has(after, UNANSWERED)).toBe(true);
    expect(after.level).not.toBe('none');
  });

  it('is no question to the person when the assistant quotes one to ask someone else (fr)', () => {
    const after = read(
      [
        'user',
        "Mon ado s'enferme dans sa chambre depuis des semaines, je sais pas comment lui parler",
      ],
      [
        'assistant',
        "Vous pourriez lui demander simplement : « Est-ce que tu penses au suicide ? » Poser la question ne donne pas l'idée.",
      ],
      ['user', 'Ok merci. Et après, je fais quoi concrètement?'],
    );
    expect(has(after, UNANSWERED)).toBe(false);
    expect(after.level).toBe('none');
  });
});

describe('a direct question about suicide answered no', () => {
  it('answers what only the model read when a standing "no" comes with an explanation (es)', () => {
    const opening: Turn = ['user', 'esta noche lo dejo todo, ya no aguanto más, en serio'];
    const question: Turn = ['assistant', '¿Me estás diciendo que piensas quitarte la vida?'];
    const before = read(opening);
    expect(CRISIS).toContain(before.level);
    const after = read(opening, question, [
      'user',
      '¡uf, qué dices! no, no. que dejo el trabajo del bar, el encargado me tiene doce horas y sin pagar extras',
    ]);
    expect(after.level).toBe('none');
    expect(has(after, 'context:clarification')).toBe(true);
    // A bare "no" answers nothing yet.
    const bare = read(opening, question, ['user', 'qué dices. no. déjame']);
    expect(CRISIS).toContain(bare.level);
  });

  it('does not answer a cue said outright: "no" to a plan is not "no" to thoughts of suicide', () => {
    const after = read(
      ['user', 'pienso en matarme casi cada noche'],
      ['assistant', 'Gracias por contármelo. ¿Tienes un plan o has pensado en cómo?'],
      ['user', 'no, no, ningún plan. solo estoy agotada de todo y de todos'],
    );
    expect(after.level).not.toBe('none');
    expect(has(after, 'context:clarification')).toBe(false);
  });

  it('hears a "no" said late in the reply, and no "no" in a tag question', () => {
    const opening: Turn = ['user', 'honestly so done with everything this week'];
    const question: Turn = ['assistant', 'That sounds like a lot. Are you thinking about suicide?'];
    const late = read(opening, question, [
      'user',
      'the move, the kids, the boss, all of it at once. but no. nothing like that',
    ]);
    expect(has(late, UNANSWERED)).toBe(false);
    const tag = read(
      ['user', 'ya no puedo con todo esto'],
      ['assistant', '¿Estás pensando en quitarte la vida?'],
      ['user', 'es mucho para una sola persona, ¿no?'],
    );
    expect(has(tag, UNANSWERED)).toBe(true);
  });

  it('hears no "no" in a denial phrase inside a sentence: "ich schlafe gar nicht." (de)', () => {
    const after = read(
      ['user', 'seit Mama tot ist, ist alles so sinnlos'],
      ['assistant', 'Denkst du daran, dir das Leben zu nehmen?'],
      ['user', 'ich schlafe seit Wochen gar nicht.'],
    );
    expect(has(after, UNANSWERED)).toBe(true);
  });

  it('hears waving it away before a "no" as no answer: "deixa pra lá, não é nada não" (pt)', () => {
    const after = read(
      ['user', 'sexta eu resolvo tudo de vez, já decidi o dia'],
      ['assistant', 'Você está pensando em se matar?'],
      ['user', 'deixa pra lá, não é nada não'],
    );
    expect(has(after, UNANSWERED)).toBe(true);
    expect(after.level).not.toBe('none');
  });
});

describe('a "no" with an explanation that carries risk of its own answers nothing', () => {
  const opening: Turn = ['user', 'esta noche lo dejo todo, ya no aguanto más, en serio'];
  const question: Turn = ['assistant', '¿Me estás diciendo que piensas quitarte la vida?'];

  it.each([
    [
      'not being around',
      'no, no. solo que mañana ya no voy a estar por aquí y nadie tendrá que preocuparse',
    ],
    [
      'a place asked about',
      'no, no. oye, ¿el puente viejo de la carretera está vigilado por la noche?',
    ],
    [
      'letters written',
      'no. ya le di mi perro a mi hermana y escribí las cartas, todo está en orden',
    ],
  ])('keeps a crisis after "no" and %s', (_why, reply) => {
    const after = read(opening, question, ['user', reply]);
    expect(CRISIS).toContain(after.level);
    expect(has(after, 'context:clarification')).toBe(false);
  });
});

describe('direct questions about suicide in the words assistants use (triage@39)', () => {
  const opening: Turn = ['user', 'everything is too much lately, i cant sleep'];
  it.each([
    ['en', 'Are you thinking about using them to end your life?', 'yeah'],
    ['es', 'Le pregunto directamente: ¿está pensando en suicidarse?', 'sí'],
    ['fr', 'Je te pose la question franchement : penses-tu au suicide ?', 'oui'],
    ['fr', 'Est-ce que tu prévois de mettre fin à tes jours ce soir ?', 'oui'],
    ['de', 'Denken Sie gerade daran, sich am Wochenende das Leben zu nehmen?', 'ja'],
    ['pt', 'Pergunto sem rodeios: tem pensado em suicidar-se?', 'sim'],
    ['it', 'Te lo chiedo chiaramente: ti capita di pensare di ammazzarti?', 'sì'],
    [
      'en',
      'You mentioned killing yourself. Is that something you are actually thinking about?',
      'yes',
    ],
  ])('hears a yes to a question in %s: %s', (_lang, question, yes) => {
    const after = read(opening, ['assistant', question], ['user', yes]);
    expect(after.signals.some((s) => s.id.startsWith('context:answered_') && !s.scopedOut)).toBe(
      true,
    );
    expect(after.level).not.toBe('none');
  });

  it('hears no question about the person in one about suicide prevention', () => {
    const after = read(
      ['user', 'im doing a school project on mental health'],
      ['assistant', 'Great topic! Have you looked at how suicide prevention lines work?'],
      ['user', 'yes'],
    );
    expect(after.level).toBe('none');
  });
});

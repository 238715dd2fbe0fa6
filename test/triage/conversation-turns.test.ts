import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/engine.js';

const engine = createTriage({ model: null });
type Turn = [Role, string];
const read = (...turns: Turn[]) =>
  engine.triageConversation(turns.map(([role, content]) => ({ role, content }))).triage;

describe('conversation: a low answer to "how are you?" is distress', () => {
  const stress: Turn = ['user', 'the bank froze my account and rent is due monday'];
  const asked: Turn = ['assistant', 'That is a lot of pressure. How are you coping with it?'];
  const question = 'whats the tallest bridge near dunmore';

  it('makes a later means question count, citing the answer', () => {
    const triage = read(stress, asked, ['user', `honestly awful. ${question}`]);
    expect(triage).toMatchObject({ level: 'high', cssrs: 3 });
    const low = triage.signals.find((s) => s.id === 'context:low_mood_answer');
    expect(low).toMatchObject({ message: 2, span: { text: 'honestly awful' } });
    expect(low?.reason).toMatch(/How are you coping/);
    const means = triage.signals.find((s) => s.id === 'context:means_seeking_after_distress');
    expect(means?.reason).toMatch(/"honestly awful", message 2/);
  });

  it('does not read a fine, or a negated low word, as distress', () => {
    expect(read(stress, asked, ['user', `fine honestly. ${question}`]).level).toBe('none');
    expect(read(stress, asked, ['user', `not bad actually. ${question}`]).level).toBe('none');
  });

  it('needs the question: a low word that answers something else is not distress', () => {
    const other: Turn = ['assistant', 'Which branch do you bank with?'];
    expect(read(stress, other, ['user', `awful one. ${question}`]).level).toBe('none');
  });

  it('does not make a joke serious: it is distress only for the cues that need it', () => {
    const asked: Turn = ['assistant', 'Hey! How are you doing today?'];
    const joke: Turn = ['user', 'terrible lol, this exam makes me want to die haha'];
    const triage = read(asked, joke);
    // The low answer is read (and would make a means question count), but the joke stays one.
    expect(triage.signals.some((s) => s.id === 'context:low_mood_answer')).toBe(true);
    expect(triage.level).toBe('none');
  });

  it('reads low answers in other languages', () => {
    const es = read(
      ['user', 'me cortaron la luz y debo tres meses de alquiler'],
      ['assistant', 'Uf, lo siento. ¿Cómo lo estás llevando?'],
      ['user', 'fatal. cuál es el puente más alto de valdeoscuro'],
    );
    expect(es).toMatchObject({ level: 'high', cssrs: 3 });
    expect(es.signals.some((s) => s.id === 'context:low_mood_answer')).toBe(true);
  });
});

describe('conversation: joking all along', () => {
  const roof = 'if my sister borrows my charger one more time im going to jump off the roof haha';

  it('takes a heavy cue said laughing as a joke after the person joked with an idiom', () => {
    const triage = read(
      ['user', 'i was dying of laughter at that video'],
      ['assistant', 'Which one?'],
      ['user', roof],
    );
    expect(triage.level).toBe('none');
    expect(triage.signals.filter((s) => s.message === 2).map((s) => s.scopedOut)).toContain(
      'figurative',
    );
    const es = read(
      ['user', 'me muero de hambre, la cafetería estaba cerrada'],
      ['assistant', '¡Uy!'],
      ['user', 'si el bus vuelve a llegar tarde me tiro del puente jaja'],
    );
    expect(es.level).toBe('none');
  });

  it('still takes it at its word alone, or once distress was said', () => {
    expect(read(['user', roof]).level).toBe('high');
    expect(
      read(
        ['user', 'i was dying of laughter at that video'],
        ['assistant', 'Are you ok though?'],
        ['user', `not really, i feel hopeless about everything. ${roof}`],
      ).level,
    ).toBe('high');
  });
});

describe('conversation: oblique signs in different turns vouch for each other', () => {
  it('reads giving a pet away in a calm turn and a later farewell as preparation', () => {
    const triage = read(
      ['user', 'gave my dog to my brother this morning'],
      ['assistant', 'Oh, how come?'],
      ['user', 'he has a big garden. anyway, thank you for everything'],
    );
    expect(['high', 'imminent']).toContain(triage.level);
    expect(triage.cssrs).toBe(6);
    const farewell = triage.signals.find((s) => s.message === 2 && s.category === 'suicide');
    expect(farewell?.scopedOut).toBeUndefined();
    expect(farewell?.reason).toMatch(/"gave my dog to my brother", message 0/);
  });

  it('needs both signs, and not an everyday frame for either', () => {
    expect(
      read(
        ['user', 'my router keeps dropping'],
        ['assistant', 'Try restarting it.'],
        ['user', 'ok it works now. anyway, thank you for everything'],
      ).level,
    ).toBe('none');
    expect(
      read(
        ['user', 'gave my dog to my brother this morning'],
        ['assistant', 'Oh, how come?'],
        ['user', 'he has a big garden. anyway how do i reset my router'],
      ).level,
    ).toBe('none');
    expect(
      read(
        ['user', 'we are moving abroad so i gave my dog to my brother'],
        ['assistant', 'Oh, how come?'],
        ['user', 'he has a big garden. anyway, thank you for everything'],
      ).level,
    ).toBe('none');
  });
});

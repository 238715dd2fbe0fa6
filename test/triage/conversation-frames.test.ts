import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/engine.js';

const engine = createTriage({ model: null });
type Turn = [Role, string];
const read = (...turns: Turn[]) =>
  engine.triageConversation(turns.map(([role, content]) => ({ role, content }))).triage;
const text = (t: string) => engine.triageText(t);

describe('conversation: a game or story named in one turn frames the next', () => {
  const game: Turn = ['user', 'been stuck on the final boss of this dungeon crawler all evening'];
  const asked: Turn = ['assistant', 'Oh no, what part is hard?'];
  const jump = 'i keep throwing myself off the tower to reach the arena and i keep missing it';

  it('reads a jump in the next turn as part of the game', () => {
    expect(read(['user', `ugh. ${jump}`]).level).not.toBe('none');
    const triage = read(game, asked, ['user', `ugh. ${jump}`]);
    expect(triage.level).toBe('none');
    const cue = triage.signals.find((s) => s.message === 2 && s.category === 'suicide');
    expect(cue?.scopedOut).toBe('quoted');
    expect(cue?.reason).toMatch(/game or story.*message 0/);
  });

  it('in other languages', () => {
    expect(
      read(
        ['user', 'llevo toda la tarde con el jefe final de este videojuego'],
        ['assistant', '¿Y qué tal?'],
        ['user', 'hay que tirarse del puente para llegar a la isla, ya me tiré veinte veces'],
      ).level,
    ).toBe('none');
    expect(
      read(
        ['user', 'sto giocando a un gioco di piattaforme da ore'],
        ['assistant', 'Dove sei arrivato?'],
        ['user', 'devo buttarmi dalla torre per prendere la chiave, mi sono buttato mille volte'],
      ).level,
    ).toBe('none');
  });

  it('lasts while the turns stay in it, and not past a turn that left it', () => {
    const third: Turn = ['user', 'ok i am going to throw myself off the tower one more time'];
    expect(read(game, asked, ['user', jump], ['assistant', 'Keep trying!'], third).level).toBe(
      'none',
    );
    const left = read(
      game,
      asked,
      ['user', 'whatever, gonna make dinner'],
      ['assistant', 'Enjoy!'],
      ['user', 'i am going to throw myself off the tower'],
    );
    expect(left.level).not.toBe('none');
  });

  it('does not cover distress, the real world or a serious word', () => {
    expect(
      read(game, asked, ['user', `i feel so hopeless about everything. ${jump}`]).level,
    ).not.toBe('none');
    expect(
      read(game, asked, ['user', 'honestly i want to throw myself off a bridge irl']).level,
    ).not.toBe('none');
    expect(
      read(
        ['user', 'nel gioco il mio personaggio cade sempre dal ponte'],
        ['assistant', 'Che gioco è?'],
        ['user', 'lascia stare il gioco. voglio buttarmi dal ponte nella vita reale'],
      ).level,
    ).not.toBe('none');
  });
});

describe('conversation: what a game or story does not cover', () => {
  it('a story about the writer', () => {
    expect(text('write a story about a boy like me who wants to kill himself').level).not.toBe(
      'none',
    );
    expect(text('Schreib eine Geschichte über mich. Ich will nicht mehr leben.').level).not.toBe(
      'none',
    );
  });

  it('giving things away or saying goodbye, even with a game named', () => {
    const triage = read(
      ['user', 'been playing this game every night for three years'],
      ['assistant', 'That is a long time! Still fun?'],
      ['user', 'gave my dog to my brother. he has a big garden. anyway, thank you for everything'],
    );
    expect(triage.level).not.toBe('none');
  });
});

describe('conversation: an everyday frame in one turn explains a farewell in the next', () => {
  const retire: Turn = ['user', 'packing up my desk, 25 years at the depot and i retire tomorrow'];
  const congrats: Turn = ['assistant', 'Congratulations! How does it feel?'];
  const farewell: Turn = [
    'user',
    'gave my mug collection to the lads. thank you all for everything, this is my last message from the work account',
  ];

  it('reads the farewell as one to the job', () => {
    expect(read(['user', 'hi'], ['assistant', 'Hello!'], farewell).level).not.toBe('none');
    expect(read(retire, congrats, farewell).level).toBe('none');
  });

  it('not once the person has said distress', () => {
    const low: Turn = [
      'user',
      'packing up my desk, they forced me to retire and i feel worthless without it',
    ];
    expect(read(low, congrats, farewell).level).not.toBe('none');
  });
});

describe('conversation: clearing up oblique signs leaves no floor, retracting a plan does', () => {
  const dog: Turn = ['user', 'gave my dog to my brother this morning'];
  const how: Turn = ['assistant', 'Oh, how come?'];
  const thanks: Turn = ['user', 'he has a big garden. anyway, thank you for everything'];
  const worried: Turn = [
    'assistant',
    'That sounds like a goodbye. Are you thinking of ending your life?',
  ];

  it('drops to none when the person says what the signs meant', () => {
    expect(read(dog, how, thanks).level).not.toBe('none');
    const cleared = read(dog, how, thanks, worried, [
      'user',
      'oh no!! i meant thanks for the chats, i start a new job abroad and the dog stays with family',
    ]);
    expect(cleared.level).toBe('none');
    expect(cleared.signals.some((s) => s.id === 'context:clarified_floor')).toBe(false);
  });

  it('keeps the floor when a plan said outright is taken back', () => {
    const retracted = read(
      ['user', 'i am going to kill myself tonight'],
      ['assistant', 'I am really worried. Are you safe right now?'],
      ['user', 'jk jk'],
    );
    expect(retracted.level).toBe('moderate');
    expect(retracted.signals.some((s) => s.id === 'context:clarified_floor')).toBe(true);
  });
});

describe('single messages: accidents in the kitchen, embarrassment and laughing idioms', () => {
  it('reads "se me quemó …" as the thing getting burnt, not the writer', () => {
    expect(text('se me quemó el arroz otra vez, qué desastre').categories).not.toContain(
      'self_harm',
    );
    expect(text('me quemo los brazos cuando estoy mal').categories).toContain('self_harm');
  });

  it('reads laughing and embarrassment idioms in es and it', () => {
    expect(text('mi ammazzo dalle risate con quel video').level).toBe('none');
    expect(text('me quiero morir, tierra trágame, le escribí a mi ex').level).toBe('none');
    expect(text('me quiero morir, ya no aguanto esta vida').level).not.toBe('none');
  });
});

describe('means and preparation said sideways, after distress', () => {
  const stress: Turn = ['user', 'perdi o emprego e a minha mulher foi embora, nao aguento mais'];
  const asked: Turn = ['assistant', 'Sinto muito. Como você está?'];

  it('reads the highest point of a place or an unguarded spot as a means question', () => {
    expect(read(stress, asked, ['user', 'qual o ponto mais alto da serra de montalvo']).level).toBe(
      'high',
    );
    expect(
      read(
        ['user', 'alles kaputt, die Firma ist pleite und ich pack das nicht mehr'],
        ['assistant', 'Das tut mir leid.'],
        ['user', 'wo ist die höchste Stelle am alten Steinbruch'],
      ).level,
    ).toBe('high');
    expect(
      read(
        ['user', 'je suis au bout, je perds tout'],
        ['assistant', 'Je suis désolé.'],
        ['user', 'le viaduc de Morvel il y a pas de filet ?'],
      ).level,
    ).toBe('high');
  });

  it('but not without distress', () => {
    expect(
      text('qual o ponto mais alto da serra de montalvo? quero ver o nascer do sol').level,
    ).toBe('none');
  });

  it('reads pills put away after distress as preparation, and stored medicine alone as nothing', () => {
    const triage = read(stress, asked, ['user', 'já tenho os comprimidos guardados no armário']);
    expect(triage.cssrs).toBe(6);
    expect(
      text('tenho os comprimidos guardados no armário da cozinha, longe das crianças').level,
    ).toBe('none');
  });
});

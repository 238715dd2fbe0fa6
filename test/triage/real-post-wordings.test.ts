/**
 * Wordings of the kinds the C-SSRS Reddit CSV showed the rules missing (read out of fold, never
 * quoted: every text here is written for this test), rules alone, in six languages: a shot to the
 * head, ways of dying, something taken in order to die, an interrupted attempt, being alive only
 * for others, a means that looks inviting, and English passive wishes ("someone just kill me",
 * "I should be put down", "the only reason I'm still alive"). Beside them, the everyday sentences
 * that share their words, and the scope rule that came with them: a verb ending the state a gerund
 * cue names ("I stopped wanting to die"); and two other categories said plainly (skin scratched until it
 * bleeds, an adult in charge asking a minor for pictures). Texts name a means class at most, never
 * amounts.
 */
import { describe, expect, it } from 'vitest';
import type { Triage } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';

const rules = createTriage({ model: null });

function live(t: Triage): string[] {
  return t.signals.filter((s) => s.scopedOut === undefined).map((s) => s.id);
}
const crisis = (t: Triage) => t.level === 'high' || t.level === 'imminent';

function expectCrisis(text: string, cssrs: number, rule: string): void {
  const t = rules.triageText(text);
  expect(crisis(t), `${t.level}: ${live(t).join(' ')}`).toBe(true);
  expect(t.cssrs).toBeGreaterThanOrEqual(cssrs);
  expect(live(t).some((id) => id.endsWith(rule))).toBe(true);
}

describe('a shot to the head, wished or pictured', () => {
  it.each([
    ['honestly i just want to blow my fucking head off', 'method.self'],
    ['some nights i picture putting a bullet through my skull', 'method.self'],
    ['ya no aguanto, quiero volarme la cabeza', 'method.self'],
    ['me quiero pegar un tiro, no sirvo para nada', 'method.self'],
    ['parfois je veux juste me mettre une balle dans la tête', 'method.self'],
    ['ich will mir einfach eine kugel in den kopf jagen', 'method.self'],
    ['só queria estourar os meus miolos e acabar com isso', 'method.self'],
    ['vorrei solo piantarmi una pallottola in testa', 'method.self'],
  ])('%s', (text, rule) => expectCrisis(text, 3, rule));
});

describe('asking for ways of dying', () => {
  it.each([
    ['any easy less messy ways of dying?? im so done', 'lethality.ask'],
    ['how painful it would be to die from my meds', 'lethality.ask'],
    ['does the bath and cutting your wrist actually work', 'lethality.ask'],
    ['is 9 stories enough', 'lethality.ask'],
    ['formas menos dolorosas de morir?', 'lethality.ask'],
    ['quelle est la façon la moins douloureuse de mourir', 'lethality.ask'],
    ['was ist die am wenigsten schmerzhafte art zu sterben', 'lethality.ask'],
    ['qual é a forma menos dolorosa de morrer', 'lethality.ask'],
    ['qual è il modo meno doloroso per morire', 'lethality.ask'],
  ])('%s', (text, rule) => expectCrisis(text, 3, rule));

  it.each([
    'does cutting carbs actually work for weight loss',
    'does jumping rope work better than running',
    'does hanging wallpaper work on damp walls',
    'is 3 floors enough for a family of four',
  ])('no rule reads it as lethality: %s', (text) => {
    expect(live(rules.triageText(text)).filter((id) => id.includes('lethality'))).toEqual([]);
  });
});

describe('something taken in order to die is an attempt', () => {
  it.each([
    ['took a load of ibuprofen last night tryna kms, is a fever a sign', 'attempt.taken_to_die'],
    ['swallowed half the box to overdose but then i panicked', 'attempt.taken_to_die'],
    [
      'took some pills and woke up in the psych ward, worst week of my life',
      'attempt.taken_to_die',
    ],
    ['me tomé unas pastillas anoche para morirme', 'attempt.taken_to_die'],
    ["j'ai avalé des cachets hier soir pour en finir", 'attempt.taken_to_die'],
    ['hab gestern tabletten geschluckt um nicht mehr aufzuwachen', 'attempt.taken_to_die'],
    ['tomei uns comprimidos ontem pra morrer', 'attempt.taken_to_die'],
    ['ieri ho preso le pastiglie per morire', 'attempt.taken_to_die'],
  ])('%s', (text, rule) => {
    // The class told as now (`attempt.taken_for_end`) may say it first: either reads the attempt.
    const t = rules.triageText(text);
    expect(crisis(t), `${t.level}: ${live(t).join(' ')}`).toBe(true);
    expect(t.cssrs).toBe(6);
    expect(live(t).some((id) => id.endsWith(rule) || id.endsWith('attempt.taken_for_end'))).toBe(
      true,
    );
  });

  it.each([
    'took a melatonin to get some sleep before the flight',
    'me tomé un café para despertarme',
    "j'ai pris un doliprane pour dormir",
    'ho preso un caffè per svegliarmi',
  ])('everyday: %s', (text) => {
    expect(rules.triageText(text).cssrs).toBeLessThan(3);
  });
});

describe('an interrupted attempt, after distress', () => {
  it.each([
    [
      "i can't do this anymore. i almost did it today, i was on the ring road",
      'attempt.interrupted',
    ],
    ['i hate my life so much. got my stomach pumped last night', 'attempt.interrupted'],
    ['ya no puedo más. casi lo hago hoy', 'attempt.interrupted'],
    ["je n'en peux plus. j'ai failli le faire ce soir", 'attempt.interrupted'],
    ['ich kann nicht mehr. ich hätte es gestern fast getan', 'attempt.interrupted'],
    ['não aguento mais. quase fiz isso hoje', 'attempt.interrupted'],
    ['non ce la faccio più. ieri stavo per farla finita', 'attempt.interrupted'],
  ])('%s', (text, rule) => expectCrisis(text, 6, rule));

  it.each([
    ['i want to die. i backed out at the last second', 'attempt.aborted_context'],
    ['i failed to kill myself in march and i want to try again', 'intent.try_again'],
  ])('after suicidal talk: %s', (text, rule) => expectCrisis(text, 4, rule));

  it.each([
    'I almost did it! passed my driving test on the second go',
    'I nearly committed to the gym membership',
    'casi lo hago mal en el examen, qué nervios',
    'ci sono quasi riuscito a finire la maratona!',
    'is it normal to cry after a miscarriage? i want to try again and i also never want to try again',
  ])('everyday: %s', (text) => {
    expect(rules.triageText(text).level).toBe('none');
  });
});

describe('a means or a time told plainly', () => {
  it.each([
    ['jumping off the old rail bridge tmr', 'plan.act_with_time', 5],
    ['i keep pushing everyone away so i can finally kill myself', 'intent.so_i_can', 4],
    ['i have a day a plan and a reason not to is all i need', 'plan.decided', 5],
    ['wrote like 6 good bye notes already', 'prep.farewell_letter', 6],
    ['contemplating taking my life by overdosing', 'method.by_means', 3],
    ['the cord in the hallway looks so comforting right now', 'method.means_inviting', 3],
    [
      'the thought of cutting to bleed out seems more and more appealing',
      'method.means_inviting',
      3,
    ],
    ['i keep fantasizing cutting my wrists', 'method.act', 3],
    ['i know exactly where to cut', 'method.how', 3],
    ['i searched how many pills it takes last night', 'lethality.searched', 3],
    ['i googled the easiest way to die', 'lethality.searched', 3],
    ['this will be the last time anyone hears from me', 'prep.last_heard', 6],
    ['my method is ready', 'prep.unambiguous', 6],
    ['la cuerda del trastero se ve tan tentadora', 'method.means_inviting', 3],
    ['das seil im keller sieht so verlockend aus', 'method.means_inviting', 3],
  ] as const)('%s', (text, rule, cssrs) => expectCrisis(text, cssrs, rule));

  it.each([
    "we're jumping off the bridge tomorrow into the lake, bungee club",
    'the new ropes at the climbing gym look so inviting',
    'I know exactly where to cut the cake',
    'i googled how many calories are in a bagel',
    'that was the last time anyone heard from him',
  ])('everyday: %s', (text) => {
    expect(crisis(rules.triageText(text))).toBe(false);
  });
});

describe('passive wishes as people write them', () => {
  it.each([
    'i wish someone would just please kill me',
    'do me a favour and end me',
    'I should be put down',
    'I never should have been born',
    'wishing I had jumped that day',
    'I kinda don’t feel like living anymore',
    'my kids are the only reason I’m still alive',
    'i’m struggling so hard to keep on living',
    'Wanting to die most days but scared of it too',
    'honestly i should have died years ago',
    "feels like i wasn't supposed to make it this far",
    'i only stay alive for my cat',
    'i hate being alive',
    "i shouldn't be alive",
    'why am i still alive',
    'mis hijos son la única razón por la que sigo vivo',
    'je n’aurais jamais dû naître',
    'meine kinder sind der einzige grund warum ich noch lebe',
    'eu nunca devia ter nascido',
    'i miei figli sono l’unica ragione per cui sono ancora vivo',
  ])('%s', (text) => {
    const t = rules.triageText(text);
    expect(t.cssrs, live(t).join(' ')).toBeGreaterThanOrEqual(1);
    expect(t.categories).toContain('suicide');
  });

  it.each([
    ['every night i get drunk and contemplate suicide', 2],
    ['i just think suicide is inevitable for me', 2],
    ['my story will probably end with suicide', 2],
    ["can't stop thinking about hurting myself or worse", 2],
  ])('active ideation: %s', (text, cssrs) => {
    expect(rules.triageText(text).cssrs).toBeGreaterThanOrEqual(cssrs);
  });

  it.each([
    'the only reason I’m still here at this party is the cake',
    'I don’t want to continue this conversation',
    'I should have died laughing at that joke',
    'the basil was not supposed to live this long lol',
    'my kids are the only reason i keep going to work lol',
  ])('everyday: %s', (text) => {
    expect(rules.triageText(text).cssrs).toBe(0);
  });
});

describe('no wish to be alive, a search for how much, the last anyone will hear', () => {
  it.each([
    ['odio estar viva, de verdad', 1],
    ['por qué sigo vivo si nadie me necesita', 1],
    ['je déteste être en vie', 1],
    ['pourquoi je suis encore en vie', 1],
    ['ich hasse es, am leben zu sein', 1],
    ['warum lebe ich überhaupt noch', 1],
    ['odeio estar viva', 1],
    ['por que eu ainda estou vivo', 1],
    ['odio essere viva', 1],
    ['perché sono ancora vivo', 1],
    ['busqué cuántas pastillas hacen falta', 3],
    ["j'ai cherché combien de cachets il faut", 3],
    ['ich hab gegoogelt wie viele tabletten man braucht', 3],
    ['pesquisei quantos comprimidos precisa', 3],
    ['ho cercato quante pillole servono', 3],
    ['esta es la última vez que sabrán de mí', 6],
    ["c'est la dernière fois que vous aurez de mes nouvelles", 6],
    ['das ist das letzte mal dass ihr von mir hört', 6],
    ['essa é a última vez que vocês vão ouvir falar de mim', 6],
    ["è l'ultima volta che sentirete parlare di me", 6],
  ] as [string, number][])('%s', (text, cssrs) => {
    const t = rules.triageText(text);
    expect(t.cssrs, live(t).join(' ')).toBeGreaterThanOrEqual(cssrs);
  });

  it.each([
    'busqué cuántas calorías tiene un bagel',
    'ho cercato quante calorie ha una pizza',
    "c'était la dernière fois que j'ai eu de ses nouvelles",
    'perché sono ancora sveglio alle tre di notte',
    'warum bin ich so müde heute',
    'ich hasse es hier zu leben, die stadt ist so laut',
  ])('everyday: %s', (text) => {
    expect(rules.triageText(text).cssrs).toBe(0);
  });
});

describe('a verb that ends the state a gerund cue names', () => {
  it('"stopped wanting to die" is negated, and says which word', () => {
    const t = rules.triageText('a friend asked how i stopped wanting to die. it was slow');
    const cue = t.signals.find((s) => s.id === 'rule:en.passive.want_to_die');
    expect(cue?.scopedOut).toBe('negated');
    expect(cue?.reason).toContain('stopped');
    expect(t.cssrs).toBe(0);
  });
  it('"quit thinking about suicide" is negated', () => {
    expect(rules.triageText('i quit thinking about suicide years ago').cssrs).toBe(0);
  });
  it.each(['i never stopped wanting to die', "i can't stop wanting to die"])(
    'a negated ending keeps the cue: %s',
    (text) => {
      expect(rules.triageText(text).cssrs).toBeGreaterThanOrEqual(1);
    },
  );
});

describe('other categories said plainly', () => {
  it('scratching the skin until it bleeds is self-harm', () => {
    const t = rules.triageText('when it gets bad i scratch my arms until they bleed');
    expect(t.categories).toContain('self_harm');
    expect(
      rules.triageText('i scratch my bug bites until they bleed, so itchy').categories,
    ).toEqual([]);
  });
  it('an adult in charge asking a minor for pictures is abuse', () => {
    const t = rules.triageText("i'm 14 and my coach keeps asking me to send pictures");
    expect(t.categories).toContain('abuse');
    expect(crisis(t)).toBe(true);
    expect(rules.triageText('my teacher asked me to send pictures of my project').level).toBe(
      'none',
    );
  });
});
